import { existsSync, readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';

/**
 * The memory limit of a parse process, as resident memory rather than V8's heap: pdf.js decodes
 * streams into typed arrays and mammoth's XML lives partly outside the heap, so `--max-old-space-size`
 * alone let a 1.5 MB PDF reach 3.4 GB. Two layers, both Linux-only (elsewhere only the heap limit holds):
 *
 * - a watchdog in the parent reads the child's VmRSS from /proc every WATCH_INTERVAL_MS and kills it
 *   past the limit, so the file is reported as out of memory;
 * - a hard cap the child is started under (RLIMIT_DATA through prlimit), for growth faster than the
 *   watchdog samples. V8 reserves address space it never touches (VmData is about 1.9 GB after the
 *   fixtures, whatever the heap limit), so the cap sits well above the limit: it keeps a runaway
 *   parser from taking the machine down, and the watchdog is what holds the limit.
 */

/** How often a busy child's resident memory is read. At a few GB/s of growth, one interval overshoots by some tens of MB. */
export const WATCH_INTERVAL_MS = 20;

/** Resident memory of a process in bytes, from /proc/<pid>/status; undefined when it cannot be read (gone, or not Linux). */
export function residentBytes(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface MemoryWatch {
  /** The highest resident memory seen, in bytes. */
  peak: number;
  /** Whether the watchdog stopped the child. */
  exceeded: boolean;
  stop(): void;
}

/**
 * Samples the child's resident memory until it exits or `stop` is called; past `limitBytes` it is
 * killed (SIGKILL) and `exceeded` is set before its 'exit' and 'close' events fire.
 */
export function watchMemory(child: ChildProcess, limitBytes: number, intervalMs = WATCH_INTERVAL_MS): MemoryWatch {
  const watch: MemoryWatch = { peak: 0, exceeded: false, stop: () => clearInterval(timer) };
  const pid = child.pid;
  const sample = () => {
    if (pid === undefined) return;
    const rss = residentBytes(pid);
    if (rss === undefined) return;
    if (rss > watch.peak) watch.peak = rss;
    if (rss > limitBytes && !watch.exceeded) {
      watch.exceeded = true;
      child.kill('SIGKILL');
    }
  };
  const timer = setInterval(sample, intervalMs);
  // The watchdog must not keep the CLI alive.
  timer.unref();
  child.once('exit', () => clearInterval(timer));
  return watch;
}

const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'].find((p) => process.platform === 'linux' && existsSync(p));

/** RLIMIT_DATA for a child with this memory limit, in bytes (see the module comment for why so high). */
export function hardCapBytes(maxMemoryMb: number): number {
  return Math.max(4 * maxMemoryMb, maxMemoryMb + 3072) * 1024 * 1024;
}

/**
 * The command and leading arguments that start `node` under the hard cap: prlimit (util-linux) when
 * there is one, else node itself.
 */
export function cappedCommand(maxMemoryMb: number): { command: string; args: string[] } {
  if (!PRLIMIT) return { command: process.execPath, args: [] };
  const cap = hardCapBytes(maxMemoryMb);
  return { command: PRLIMIT, args: [`--data=${cap}:${cap}`, '--', process.execPath] };
}

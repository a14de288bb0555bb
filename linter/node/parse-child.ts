import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS } from '../core/limits.js';
import { cappedCommand } from './memory-watch.js';

/**
 * Starting a parse child (isolate.ts), kept apart from the isolate so that bin/tenderlint.js can
 * start one before it loads anything else: this module imports only Node and two small modules. A
 * one-file run's time is the child's start, its engine load and the file; the parent's own load of
 * the CLI overlaps it only if the child is started first (prewarm).
 */

/** The child's script, beside this module (dist/linter/node/ after tsc, dist/cli/ in the bundle). */
export const WORKER_URL = new URL('./isolate-worker.js', import.meta.url);

/** The heap a child is started with: a job that needs other settings gets another child. */
export interface ChildHeap {
  /** Resident memory limit, in MB (memory-watch.ts); also V8's old-generation heap limit. */
  maxMemoryMb: number;
  /** The heap V8 starts with, in MB, for runs of many files (isolate.ts LONG_RUN_HEAP_MB). */
  initialHeapMb?: number;
}

/**
 * V8 runs a regular expression's first match in its bytecode interpreter and compiles it on the
 * second. The engine's phrase tables are alternations of up to a hundred phrases, each matched a
 * few times per clause, so a short run spends much of its lint interpreting them: compiling at once
 * took a one-page Markdown tender from 0.64 to 0.52 s and the 51k-word DOCX from 1.23 to 1.13 s
 * (9 alternated runs, 2026-12-03). pdf.js runs many expressions once each, and a PDF took 4-13%
 * longer with the flag, so it is passed only when no input can be a PDF (noPdfInputs).
 */
const COMPILE_REGEXPS_AT_ONCE = ['--no-regexp-tier-up'];

/** The worker's argument that asks it to lint a sample while it waits for its first file. */
export const WARM_UP_ARG = '--warm-up';

/**
 * Whether every input named on the command line is a file that is not a PDF. Arguments that name
 * nothing (flag values, globs) are skipped; a folder may hold PDFs, so it answers no. Cheap: one
 * stat per argument, before the CLI has loaded.
 */
export function noPdfInputs(argv: readonly string[]): boolean {
  let files = 0;
  for (const a of argv) {
    if (a.startsWith('-')) continue;
    let isFile: boolean;
    try {
      const st = statSync(a);
      if (st.isDirectory()) return false;
      isFile = st.isFile();
    } catch {
      continue;
    }
    if (!isFile) continue;
    if (/\.pdf$/i.test(a)) return false;
    files++;
  }
  return files > 0;
}

/**
 * V8 flags for a lane's child. A one-lane run lets V8's helper threads (garbage collection,
 * background compilation) use the idle second core; with a lane per core they only compete with the
 * other lane and cost CPU to coordinate. On 500 fixture copies (2 lanes): `--single-threaded-gc`
 * alone 4.5-5.2 s, `--single-threaded` 4.0-4.5 s, and with `--efficiency-mode` (V8 tiers code up
 * less eagerly, which each lane's short-lived warm-up favours) 3.8-4.1 s, about 5% less in every
 * alternated round. Node 20's V8 11 refuses that flag and Node 22's V8 12 was not tried, so it is
 * passed from V8 13 on: a child that cannot start would fail every file.
 */
const LANE_FLAGS = [
  '--single-threaded',
  ...(Number(process.versions.v8.split('.')[0]) >= 13 ? ['--efficiency-mode'] : []),
];

/** Whether the compiled worker is there (it is in dist/; not when the TypeScript sources run directly). */
export function canIsolate(workerUrl: URL = WORKER_URL): boolean {
  return workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
}

/** Starts node on the worker script, under the hard memory cap, with an IPC channel. */
export function spawnParseChild(workerUrl: URL, heap: ChildHeap, lane: boolean, noPdf = false): ChildProcess {
  // A child that will lint a Markdown, text or DOCX file warms its engine up while it waits
  // (warm-up.ts); one that parses PDF pages has no time to spare beside pdf.js.
  const script = [fileURLToPath(workerUrl), ...(noPdf ? [WARM_UP_ARG] : [])];
  const cacheDir = module.getCompileCacheDir?.() ?? process.env.NODE_COMPILE_CACHE;
  const capped = cappedCommand(heap.maxMemoryMb);
  const execArgv = [
    `--max-old-space-size=${heap.maxMemoryMb}`,
    ...(heap.initialHeapMb
      ? [`--initial-heap-size=${Math.min(heap.initialHeapMb, Math.floor(heap.maxMemoryMb / 2))}`]
      : []),
    ...(lane ? LANE_FLAGS : []),
    ...(noPdf ? COMPILE_REGEXPS_AT_ONCE : []),
  ];
  // fork() by hand: the same IPC channel, with node started under the hard memory cap (memory-watch.ts).
  return spawn(capped.command, [...capped.args, ...execArgv, ...script], {
    // The CLI's compile cache (bin/tenderlint.js) is not inherited: without it each child compiles pdf.js and mammoth afresh.
    env: cacheDir ? { ...process.env, NODE_COMPILE_CACHE: cacheDir } : process.env,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

/** A child started by prewarm and not yet taken by an isolate. */
let early: { child: ChildProcess; workerUrl: string; heap: ChildHeap; lane: boolean } | undefined;

/**
 * Flags of runs that lint nothing (help, version, rule docs, --init) or want another heap
 * (--max-memory): prewarm starts no child for them.
 */
export const NO_PREWARM: ReadonlySet<string> = new Set([
  '--help',
  '-h',
  '--version',
  '-v',
  '--init',
  '--list-rules',
  '--explain',
  '--max-memory',
]);

/**
 * Starts a one-lane child with the default heap before the CLI loads, so the child's start and
 * engine load run beside the parent's on the other core. Started after the CLI's own imports, a
 * one-file run waited 140 ms longer (both processes' profiles, 2026-12-02). A run that turns out to
 * want another child (lanes, a long run's heap) closes this one unused (takeEarly, dropEarly).
 */
export function prewarm(argv: readonly string[]): void {
  if (early || process.env.TENDERLINT_ISOLATE === '0' || !canIsolate()) return;
  if (argv.some((a) => NO_PREWARM.has(a.split('=')[0]!))) return;
  const heap = { maxMemoryMb: DEFAULT_LIMITS.maxMemoryMb };
  const child = spawnParseChild(WORKER_URL, heap, false, noPdfInputs(argv));
  // Until an isolate takes it, it must not keep the CLI alive; a failed start leaves it untaken.
  child.on('error', () => undefined);
  child.unref();
  child.channel?.unref();
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  early = { child, workerUrl: WORKER_URL.href, heap, lane: false };
}

/** The prewarmed child, if it was started for this script, heap and lane kind and is still running. */
export function takeEarly(workerUrl: URL, heap: ChildHeap, lane: boolean): ChildProcess | undefined {
  const e = early;
  if (!e) return undefined;
  const fits =
    e.workerUrl === workerUrl.href &&
    e.lane === lane &&
    e.heap.maxMemoryMb === heap.maxMemoryMb &&
    e.heap.initialHeapMb === heap.initialHeapMb;
  if (!fits) return undefined;
  early = undefined;
  const alive = e.child.exitCode === null && e.child.signalCode === null && e.child.connected;
  if (alive) return e.child;
  e.child.kill('SIGKILL');
  return undefined;
}

/** Stops a prewarmed child no isolate took (the run wanted other children, or none). */
export function dropEarly(): void {
  early?.child.kill('SIGKILL');
  early = undefined;
}

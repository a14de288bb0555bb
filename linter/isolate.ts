import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TenderDocument } from './model/document.js';
import type { FileResult } from './model/report.js';
import { parseBytes, ParseError, type ParseOptions } from './parse/index.js';
import { resolveLimits, type Limits } from './limits.js';

/**
 * parseBytes in a child process with a time and memory limit, for the CLI: the parsers are third-party
 * code over hostile bytes (micromark is superlinear on some nestings, pdf.js can need gigabytes for a
 * damaged file), so a file that takes too long or needs too much memory is stopped and reported, and
 * the batch goes on. A process, not a worker thread: V8 aborts the whole process on some
 * out-of-memory paths ("CALL_AND_RETRY_LAST"), which the fuzzer hit with a mutated PDF. One child is
 * reused for the whole run; a stopped one is replaced on the next file.
 */
export interface IsolateOptions {
  /** Wall-clock limit for parsing one file, in milliseconds. */
  timeoutMs: number;
  /** V8 old-generation heap limit of the worker, in MB. */
  maxMemoryMb: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
}

const WORKER_URL = new URL('./isolate-worker.js', import.meta.url);

/** What a child needs to lint as well as parse: the flat config (with its cache key) and the stated facts. */
export interface LintJob {
  config: unknown;
  key: string;
  stated?: Record<string, unknown>;
}

/** Whether the compiled worker is there (it is in dist/; not when the TypeScript sources run directly). */
export function canIsolate(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

export class ParseIsolate {
  /**
   * @param singleThreadedGc for parallel lanes: V8 otherwise gives each process helper threads for
   * garbage collection, so one lane already kept both cores half busy and two lanes measured 1.1 x.
   */
  constructor(private readonly singleThreadedGc = false) {}

  private worker: ChildProcess | undefined;
  private workerMemory = 0;
  private nextId = 1;
  /** Jobs sent to each worker and not yet answered: a worker that dies fails its own jobs only. */
  private pending = new WeakMap<ChildProcess, Map<number, Pending>>();

  private start(maxMemoryMb: number): ChildProcess {
    if (this.worker && this.workerMemory === maxMemoryMb) return this.worker;
    if (this.worker) this.stop(this.worker);
    const w = fork(fileURLToPath(WORKER_URL), [], {
      execArgv: [`--max-old-space-size=${maxMemoryMb}`, ...(this.singleThreadedGc ? ['--single-threaded-gc'] : [])],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // V8's out-of-memory report goes to the child's stderr: kept to tell an OOM from other deaths, not shown.
    let stderr = '';
    w.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 8192) stderr += d.toString();
    });
    const jobs = new Map<number, Pending>();
    this.pending.set(w, jobs);
    w.on('message', (m: { id: number; docs?: TenderDocument[]; results?: unknown; error?: { parse: boolean; code?: string; message: string; stack?: string; name?: string } }) => {
      const p = jobs.get(m.id);
      if (!p) return;
      jobs.delete(m.id);
      if (m.error) {
        if (m.error.parse) p.reject(new ParseError(m.error.code ?? 'parse-error', m.error.message));
        else p.reject(Object.assign(new Error(m.error.message), { name: m.error.name ?? 'Error', stack: m.error.stack }));
      } else p.resolve(m.results ?? m.docs ?? []);
    });
    const fail = (e: unknown) => {
      if (this.worker === w) this.worker = undefined;
      for (const p of jobs.values()) p.reject(e);
      jobs.clear();
    };
    w.on('error', fail);
    // 'close', not 'exit': it comes after the stderr pipe is drained, so an OOM report is never missed.
    w.on('close', (code, signal) => {
      const oom = /heap out of memory|allocation failed/i.test(stderr);
      fail(Object.assign(new Error(oom ? 'out of memory' : `the parser process stopped (${signal ?? `exit code ${code}`})`), { code: oom ? 'ERR_WORKER_OUT_OF_MEMORY' : 'ERR_PARSER_EXIT' }));
    });
    // An idle child must not keep the CLI alive: neither the process, its IPC channel nor its stderr pipe.
    w.unref();
    w.channel?.unref();
    (w.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    this.worker = w;
    this.workerMemory = maxMemoryMb;
    return w;
  }

  parse(path: string, bytes: Uint8Array, options: ParseOptions, limits: IsolateOptions): Promise<TenderDocument[]> {
    return this.request(path, bytes, options, limits) as Promise<TenderDocument[]>;
  }

  /** Parses and lints in the child; only the results come back. */
  lint(path: string, bytes: Uint8Array, options: ParseOptions, limits: IsolateOptions, lint: LintJob): Promise<FileResult[]> {
    return this.request(path, bytes, options, limits, lint) as Promise<FileResult[]>;
  }

  private async request(path: string, bytes: Uint8Array, options: ParseOptions, limits: IsolateOptions, lint?: LintJob): Promise<unknown> {
    const w = this.start(limits.maxMemoryMb);
    const id = this.nextId++;
    const copy = bytes;
    let timer: NodeJS.Timeout | undefined;
    try {
      const jobs = this.pending.get(w)!;
      return await new Promise<unknown>((resolve, reject) => {
        jobs.set(id, { resolve, reject });
        timer = setTimeout(() => {
          jobs.delete(id);
          this.stop(w);
          reject(new ParseError('timeout', `reading the file took longer than ${formatSeconds(limits.timeoutMs)}, so it was stopped (a pathological file, or raise the limit with --timeout)`));
        }, limits.timeoutMs);
        w.channel?.ref();
        w.send({ id, path, bytes: copy, options, ...(lint ? { lint } : {}) });
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory/i.test(err?.message ?? '')) {
        this.stop(w);
        throw new ParseError('out-of-memory', `reading the file needed more than the ${limits.maxMemoryMb} MB memory limit, so it was stopped (raise it with --max-memory)`);
      }
      throw e;
    } finally {
      clearTimeout(timer);
      if (this.worker === w) w.channel?.unref();
    }
  }

  private stop(w: ChildProcess): void {
    if (this.worker === w) this.worker = undefined;
    w.kill('SIGKILL');
  }

  /** Ends the worker; the run is over. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    // Not awaited: the child is unref'd, so waiting for its exit would not keep the run alive anyway.
    w?.kill('SIGKILL');
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A small text file (a one-page draft) is parsed in this process: starting the child would double a
 * one-file run, and the parsers' worst cases grow with size (micromark's superlinear nestings take
 * under a second at this size; deep nesting is refused before parsing). PDF and DOCX always go to the child.
 */
const IN_PROCESS_TEXT_BYTES = 64 * 1024;

function smallText(bytes: Uint8Array): boolean {
  if (bytes.length > IN_PROCESS_TEXT_BYTES) return false;
  const head = bytes.subarray(0, 5);
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const pdf = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
  return !zip && !pdf;
}

/** One isolate per lane: a run with N lanes parses N files at once, each in its own child process. */
const isolates: ParseIsolate[] = [];
const laneIsolates: ParseIsolate[] = [];

/**
 * parseBytes for the CLI: in a child process with the time and memory limits (`limits.timeoutMs`,
 * `limits.maxMemoryMb`) when the compiled worker exists, else in this process. `lane` picks the
 * child, so concurrent lanes parse in parallel. TENDERLINT_ISOLATE=0 turns the child off (for profiling).
 */
export async function parseGuarded(path: string, bytes: Uint8Array, limits: Partial<Limits> = {}, lane = 0): Promise<TenderDocument[]> {
  if (process.env.TENDERLINT_ISOLATE === '0' || !canIsolate() || smallText(bytes)) return parseBytes(path, bytes, limits);
  const isolate = (isolates[lane] ??= new ParseIsolate());
  const l = resolveLimits(limits);
  return isolate.parse(path, bytes, limits, { timeoutMs: l.timeoutMs, maxMemoryMb: l.maxMemoryMb });
}

/**
 * Parse and lint in the lane's child, for parallel runs: the parent only reads files and collects
 * results. Undefined when there is no child to use (TENDERLINT_ISOLATE=0, sources run directly).
 */
export async function lintGuarded(path: string, bytes: Uint8Array, limits: Partial<Limits>, lane: number, lint: LintJob): Promise<FileResult[] | undefined> {
  if (process.env.TENDERLINT_ISOLATE === '0' || !canIsolate()) return undefined;
  const isolate = (laneIsolates[lane] ??= new ParseIsolate(true));
  const l = resolveLimits(limits);
  return isolate.lint(path, bytes, limits, { timeoutMs: l.timeoutMs, maxMemoryMb: l.maxMemoryMb }, lint);
}

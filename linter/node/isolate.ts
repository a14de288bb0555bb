import type { ChildProcess } from 'node:child_process';
import type { TenderDocument } from '../core/model/document.js';
import type { FileResult } from '../core/model/report.js';
import { parseBytes, ParseError, sniffFormat, type ParseOptions } from '../core/parse/index.js';
import type { PdfPart, PdfPartSpec } from '../core/parse/pdf.js';
import { resolveLimits, type Limits } from '../core/limits.js';
import { watchMemory, type MemoryWatch } from './memory-watch.js';
import { canIsolate, dropEarly, spawnParseChild, takeEarly, WORKER_URL } from './parse-child.js';

export { canIsolate } from './parse-child.js';

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
  /** Resident memory limit of the worker, in MB (memory-watch.ts); also its V8 old-generation heap limit. */
  maxMemoryMb: number;
  /** The heap V8 starts with, in MB, for runs of many files (see LONG_RUN_HEAP_MB); default V8's own. */
  initialHeapMb?: number;
}

/** One file sent to a child: kept until answered, so it can be sent again if the child dies under another file. */
interface Job {
  id: number;
  message: { path: string; options: ParseOptions; lint?: LintJob; pdfPart?: PdfPartSpec } & LintSource;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
  timer?: NodeJS.Timeout;
  /** Sent again after a child that had read other files first was stopped for memory. */
  retried?: boolean;
}

/**
 * A file for a child: its bytes, or (lint jobs only) its path, for the child to read itself, so the
 * CLI process neither reads nor copies the bytes of a file it only hands on.
 */
export type LintSource = { bytes: Uint8Array } | { file: string };

/** What a child needs to lint as well as parse: the flat config (with its cache key) and the stated facts. */
export interface LintJob {
  config: unknown;
  key: string;
  stated?: Record<string, unknown>;
}

interface Worker {
  process: ChildProcess;
  /** What it was started with: a job that needs other heap settings gets another child. */
  heap: IsolateOptions;
  /** Sent and not yet answered, oldest first. The child works through them in order, so the first is the one it is on. */
  jobs: Map<number, Job>;
  /** Its resident memory, sampled; past the limit the watchdog stops it. */
  memory: MemoryWatch;
  /** Files it has answered: memory left over from them can push a later file past the limit. */
  answered: number;
}

export class ParseIsolate {
  /**
   * @param lane a child for one of several parallel lanes (LANE_FLAGS); false for a one-lane run.
   * @param workerUrl the child's script: isolate-worker.js, or a stand-in in the queueing tests.
   */
  constructor(
    readonly lane = false,
    private readonly workerUrl: URL = WORKER_URL,
  ) {}

  private worker: Worker | undefined;
  private nextId = 1;

  private start(heap: IsolateOptions): Worker {
    if (
      this.worker &&
      this.worker.heap.maxMemoryMb === heap.maxMemoryMb &&
      this.worker.heap.initialHeapMb === heap.initialHeapMb
    )
      return this.worker;
    if (this.worker) this.retire(this.worker);
    // The child prewarm started before the CLI loaded, if it fits; else any such child is not needed.
    const child =
      takeEarly(this.workerUrl, heap, this.lane) ?? (dropEarly(), spawnParseChild(this.workerUrl, heap, this.lane));
    const w: Worker = {
      process: child,
      heap,
      jobs: new Map(),
      memory: watchMemory(child, heap.maxMemoryMb * 1024 * 1024),
      answered: 0,
    };
    // V8's out-of-memory report goes to the child's stderr: kept to tell an OOM from other deaths, not shown.
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 8192) stderr += d.toString();
    });
    child.on(
      'message',
      (m: {
        id: number;
        docs?: TenderDocument[];
        results?: unknown;
        error?: { parse: boolean; code?: string; message: string; stack?: string; name?: string };
      }) => {
        const job = w.jobs.get(m.id);
        if (!job) return;
        w.answered++;
        this.settle(w, job);
        if (m.error) {
          if (m.error.parse) job.reject(new ParseError(m.error.code ?? 'parse-error', m.error.message));
          else
            job.reject(
              Object.assign(new Error(m.error.message), { name: m.error.name ?? 'Error', stack: m.error.stack }),
            );
        } else job.resolve(m.results ?? m.docs ?? []);
      },
    );
    const died = (e: Error & { code?: string }) => this.died(w, e);
    child.on('error', died);
    // 'close', not 'exit': it comes after the stderr pipe is drained, so an OOM report is never missed.
    child.on('close', (code, signal) => {
      const oom = w.memory.exceeded || /heap out of memory|allocation failed|out of memory/i.test(stderr);
      died(
        Object.assign(
          new Error(oom ? 'out of memory' : `the parser process stopped (${signal ?? `exit code ${code}`})`),
          { code: oom ? 'ERR_WORKER_OUT_OF_MEMORY' : 'ERR_PARSER_EXIT' },
        ),
      );
    });
    // An idle child must not keep the CLI alive: neither the process, its IPC channel nor its stderr pipe.
    child.unref();
    child.channel?.unref();
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    this.worker = w;
    return w;
  }

  /** Starts the child before the first file is ready, so its start overlaps the caller's own work. */
  warm(limits: IsolateOptions): void {
    const w = this.start(limits);
    // Until a file is sent, the child must not keep the CLI alive.
    if (w.jobs.size === 0) w.process.channel?.unref();
  }

  parse(path: string, bytes: Uint8Array, options: ParseOptions, limits: IsolateOptions): Promise<TenderDocument[]> {
    return this.request({ path, bytes, options }, limits) as Promise<TenderDocument[]>;
  }

  /** Reads one part of a PDF's pages in the child (parsePdfSplit). */
  parsePdfPart(
    path: string,
    bytes: Uint8Array,
    options: ParseOptions,
    limits: IsolateOptions,
    part: PdfPartSpec,
  ): Promise<PdfPart> {
    return this.request({ path, bytes, options, pdfPart: part }, limits) as Promise<PdfPart>;
  }

  /**
   * Parses and lints in the child; only the results come back. A lane may send the next file before
   * this one is answered: the child then starts it without waiting for a round trip through the parent.
   */
  lint(
    path: string,
    source: LintSource,
    options: ParseOptions,
    limits: IsolateOptions,
    lint: LintJob,
  ): Promise<FileResult[]> {
    return this.request({ path, ...source, options, lint }, limits) as Promise<FileResult[]>;
  }

  private async request(message: Job['message'], limits: IsolateOptions): Promise<unknown> {
    try {
      return await new Promise<unknown>((resolve, reject) => {
        this.send({ id: this.nextId++, message, timeoutMs: limits.timeoutMs, resolve, reject }, limits);
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory/i.test(err?.message ?? '')) {
        throw new ParseError(
          'out-of-memory',
          `reading the file needed more than the ${limits.maxMemoryMb} MB memory limit, so it was stopped (raise it with --max-memory)`,
        );
      }
      throw e;
    }
  }

  private send(job: Job, heap: IsolateOptions): void {
    const w = this.start(heap);
    w.jobs.set(job.id, job);
    if (w.jobs.size === 1) this.startClock(w, job);
    // The IPC channel keeps the CLI alive only while a job is out.
    w.process.channel?.ref();
    // A send to a child that has just died fails with EPIPE; its 'close' event, which follows, says
    // why it died and fails only the file it was on, so the send's own error is dropped here.
    w.process.send({ id: job.id, ...job.message }, () => undefined);
  }

  /** The time limit runs from when the child starts the file, not from when it was queued behind another. */
  private startClock(w: Worker, job: Job): void {
    job.timer = setTimeout(() => {
      w.jobs.delete(job.id);
      job.reject(
        new ParseError(
          'timeout',
          `reading the file took longer than ${formatSeconds(job.timeoutMs)}, so it was stopped (a pathological file, or raise the limit with --timeout)`,
        ),
      );
      this.retire(w);
    }, job.timeoutMs);
  }

  /** A job is answered (or given up): the next in line is now the one the child works on. */
  private settle(w: Worker, job: Job): void {
    clearTimeout(job.timer);
    w.jobs.delete(job.id);
    const next = w.jobs.values().next().value;
    if (next) this.startClock(w, next);
    else if (this.worker === w) w.process.channel?.unref();
  }

  /**
   * The child stopped (out of memory, crashed). The file it was on gets the error; files queued
   * behind it did nothing wrong and go to a new child.
   */
  private died(w: Worker, e: Error): void {
    const first = w.jobs.values().next().value;
    // Stopped for memory after other files: what they left behind may be what tipped it over, so
    // the file gets one more try in a fresh child (stays in the queue that retire() resends).
    const retry = first && w.memory.exceeded && w.answered > 0 && !first.retried;
    if (first && retry) first.retried = true;
    else if (first) {
      clearTimeout(first.timer);
      w.jobs.delete(first.id);
      first.reject(e);
    }
    this.retire(w);
  }

  /** Stops a child and sends the files still queued on it to a new one. */
  private retire(w: Worker): void {
    if (this.worker === w) this.worker = undefined;
    const queued = [...w.jobs.values()];
    w.jobs.clear();
    w.memory.stop();
    w.process.kill('SIGKILL');
    for (const job of queued) {
      clearTimeout(job.timer);
      this.send(job, w.heap);
    }
  }

  /** Ends the worker; the run is over. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    // Not awaited: the child is unref'd, so waiting for its exit would not keep the run alive anyway.
    w?.process.kill('SIGKILL');
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** One isolate per lane: a run with N lanes parses N files at once, each in its own child process. */
const isolates: ParseIsolate[] = [];
const laneIsolates: ParseIsolate[] = [];

/**
 * Runs of at least this many files start their parse processes with a larger heap. V8 starts small
 * and grows the heap through repeated full collections, which cost 14% of a child's first 30 files.
 * With 256 MB from the start, 500 fixture copies took 5.3-5.8 s instead of 5.9-6.5 s in one lane and
 * 3.3-3.4 s instead of 4.0-4.2 s in two. A one-file run is better off without: it touches fresh
 * pages instead of reusing collected ones, 15-30 ms slower on a one-page PDF.
 */
export const LONG_RUN_FILES = 48;
const LONG_RUN_HEAP_MB = 256;

/** Where and how a file is parsed: which lane's child, and how many files the run has. */
export interface GuardOptions {
  lane?: number;
  /** Files in the whole run (LONG_RUN_FILES). */
  runFiles?: number;
  /** Split a large PDF's pages across parse processes (parsePdfSplit); undefined: one process. */
  splitPdf?: PdfSplit;
  /** Whether other lanes run beside this one (LANE_FLAGS); default true. */
  parallel?: boolean;
}

/** How a large PDF is split across parse processes. */
export interface PdfSplit {
  /** Processes, one part of the pages each; 1 reads the PDF in one. */
  parts: number;
  /** Smallest PDF split, default PDF_SPLIT_BYTES; the split test lowers it and minPagesPerPart to split short fixtures. */
  minBytes?: number;
  /** Fewest pages in a part, default pdf.ts MIN_PAGES_PER_PART. */
  minPagesPerPart?: number;
}

/**
 * PDFs smaller than this are read by one process: a few pages, where starting another process
 * costs more than it saves. Larger ones are split, and pdfPageRange still gives a short one to one part.
 */
export const PDF_SPLIT_BYTES = 128 * 1024;

function heapFor(limits: Partial<Limits>, runFiles = 1): IsolateOptions {
  const l = resolveLimits(limits);
  return {
    timeoutMs: l.timeoutMs,
    maxMemoryMb: l.maxMemoryMb,
    ...(runFiles >= LONG_RUN_FILES ? { initialHeapMb: LONG_RUN_HEAP_MB } : {}),
  };
}

/**
 * parseBytes for the CLI: in a child process with the time and memory limits (`limits.timeoutMs`,
 * `limits.maxMemoryMb`) when the compiled worker exists, else in this process. `lane` picks the
 * child, so concurrent lanes parse in parallel. TENDERLINT_ISOLATE=0 turns the child off (for profiling).
 */
export async function parseGuarded(
  path: string,
  bytes: Uint8Array,
  limits: Partial<Limits> = {},
  guard: GuardOptions = {},
): Promise<TenderDocument[]> {
  if (process.env.TENDERLINT_ISOLATE === '0' || !canIsolate()) return parseBytes(path, bytes, limits);
  const split = guard.splitPdf;
  if (
    split &&
    split.parts > 1 &&
    bytes.length >= (split.minBytes ?? PDF_SPLIT_BYTES) &&
    sniffFormat(path, bytes) === 'pdf'
  )
    return parsePdfSplit(path, bytes, limits, guard, split);
  const isolate = (isolates[guard.lane ?? 0] ??= new ParseIsolate());
  return isolate.parse(path, bytes, limits, heapFor(limits, guard.runFiles));
}

/**
 * One large PDF across several parse processes, so it gets every core as a folder of files does:
 * each child opens the document and reads its part of the pages, and the parts are joined in page
 * order into the document one child reading every page makes (test/parse/pdf-split.test.ts). A
 * part that fails fails the file, with the error of the first failed part: an encrypted or damaged
 * PDF fails the same way in every part.
 */
async function parsePdfSplit(
  path: string,
  bytes: Uint8Array,
  limits: Partial<Limits>,
  guard: GuardOptions,
  split: PdfSplit,
): Promise<TenderDocument[]> {
  const heap = heapFor(limits, guard.runFiles);
  const spec = (index: number): PdfPartSpec => ({
    index,
    of: split.parts,
    ...(split.minPagesPerPart !== undefined ? { minPages: split.minPagesPerPart } : {}),
  });
  const parts = await Promise.allSettled(
    Array.from({ length: split.parts }, (_, index) =>
      (isolates[index] ??= new ParseIsolate()).parsePdfPart(path, bytes, limits, heap, spec(index)),
    ),
  );
  const failed = parts.find((p) => p.status === 'rejected');
  if (failed) throw failed.reason;
  const { pdfFromParts } = await import('../core/parse/pdf.js');
  return [
    pdfFromParts(
      path,
      parts.map((p) => (p as PromiseFulfilledResult<PdfPart>).value),
    ),
  ];
}

/**
 * Parse and lint in the lane's child, for parallel runs: the parent only reads files and collects
 * results. Undefined when there is no child to use (TENDERLINT_ISOLATE=0, sources run directly).
 */
export async function lintGuarded(
  path: string,
  source: LintSource,
  limits: Partial<Limits>,
  guard: GuardOptions,
  lint: LintJob,
): Promise<FileResult[] | undefined> {
  if (process.env.TENDERLINT_ISOLATE === '0' || !canIsolate()) return undefined;
  return laneIsolate(guard).lint(path, source, limits, heapFor(limits, guard.runFiles), lint);
}

/** Starts the lane's child now (see ParseIsolate.warm); a no-op where lintGuarded would not use one. */
export function warmLane(limits: Partial<Limits>, guard: GuardOptions): void {
  if (process.env.TENDERLINT_ISOLATE === '0' || !canIsolate()) return;
  laneIsolate(guard).warm(heapFor(limits, guard.runFiles));
}

/**
 * The lane's isolate, started with the V8 flags of a parallel or a one-lane run. A child prewarmed
 * for one lane (prewarm) in a run that turns out parallel is replaced before any file is sent.
 */
function laneIsolate(guard: GuardOptions): ParseIsolate {
  const i = guard.lane ?? 0;
  const parallel = guard.parallel ?? true;
  const current = laneIsolates[i];
  if (current?.lane === parallel) return current;
  void current?.close();
  return (laneIsolates[i] = new ParseIsolate(parallel));
}

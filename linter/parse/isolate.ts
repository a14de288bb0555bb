import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TenderDocument } from '../model/document.js';
import { parseBytes, ParseError, type ParseOptions } from './index.js';
import { resolveLimits, type Limits } from '../limits.js';

/**
 * parseBytes in a worker thread with a time and memory limit, for the CLI: the parsers are third-party
 * code over hostile bytes (micromark is superlinear on some nestings, pdf.js on some broken files), so
 * a file that takes too long or needs too much memory is stopped and reported, and the batch goes on.
 * One worker is reused for the whole run; a stopped one is replaced on the next file.
 */
export interface IsolateOptions {
  /** Wall-clock limit for parsing one file, in milliseconds. */
  timeoutMs: number;
  /** V8 old-generation heap limit of the worker, in MB. */
  maxMemoryMb: number;
}

interface Pending {
  resolve: (docs: TenderDocument[]) => void;
  reject: (e: unknown) => void;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Whether the compiled worker is there (it is in dist/; not when the TypeScript sources run directly). */
export function canIsolate(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

export class ParseIsolate {
  private worker: Worker | undefined;
  private workerMemory = 0;
  private nextId = 1;
  /** Jobs sent to each worker and not yet answered: a worker that dies fails its own jobs only. */
  private pending = new WeakMap<Worker, Map<number, Pending>>();

  private start(maxMemoryMb: number): Worker {
    if (this.worker && this.workerMemory === maxMemoryMb) return this.worker;
    void this.worker?.terminate();
    const w = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
    const jobs = new Map<number, Pending>();
    this.pending.set(w, jobs);
    w.on('message', (m: { id: number; docs?: TenderDocument[]; error?: { parse: boolean; code?: string; message: string; stack?: string; name?: string } }) => {
      const p = jobs.get(m.id);
      if (!p) return;
      jobs.delete(m.id);
      if (m.error) {
        if (m.error.parse) p.reject(new ParseError(m.error.code ?? 'parse-error', m.error.message));
        else p.reject(Object.assign(new Error(m.error.message), { name: m.error.name ?? 'Error', stack: m.error.stack }));
      } else p.resolve(m.docs ?? []);
    });
    const fail = (e: unknown) => {
      if (this.worker === w) this.worker = undefined;
      for (const p of jobs.values()) p.reject(e);
      jobs.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the parser worker stopped (exit code ${code})`)));
    // After the listeners (adding a 'message' listener refs the port again): an idle worker must not keep the process alive.
    w.unref();
    this.worker = w;
    this.workerMemory = maxMemoryMb;
    return w;
  }

  async parse(path: string, bytes: Uint8Array, options: ParseOptions, limits: IsolateOptions): Promise<TenderDocument[]> {
    const w = this.start(limits.maxMemoryMb);
    const id = this.nextId++;
    // A copy the worker owns: the caller's bytes stay usable.
    const copy = bytes.slice();
    let timer: NodeJS.Timeout | undefined;
    try {
      const jobs = this.pending.get(w)!;
      return await new Promise<TenderDocument[]>((resolve, reject) => {
        jobs.set(id, { resolve, reject });
        timer = setTimeout(() => {
          jobs.delete(id);
          this.stop(w);
          reject(new ParseError('timeout', `reading the file took longer than ${formatSeconds(limits.timeoutMs)}, so it was stopped (a pathological file, or raise the limit with --timeout)`));
        }, limits.timeoutMs);
        w.postMessage({ id, path, bytes: copy, options }, [copy.buffer]);
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
    }
  }

  private stop(w: Worker): void {
    if (this.worker === w) this.worker = undefined;
    void w.terminate();
  }

  /** Ends the worker; the run is over. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

let shared: ParseIsolate | undefined;

/**
 * parseBytes for the CLI: in a worker with the time and memory limits (`limits.timeoutMs`,
 * `limits.maxMemoryMb`) when the compiled worker exists, else in this thread. TENDERLINT_ISOLATE=0
 * turns the worker off (for profiling).
 */
export async function parseGuarded(path: string, bytes: Uint8Array, limits: Partial<Limits> = {}): Promise<TenderDocument[]> {
  if (process.env.TENDERLINT_ISOLATE === '0' || !canIsolate()) return parseBytes(path, bytes, limits);
  shared ??= new ParseIsolate();
  const l = resolveLimits(limits);
  return shared.parse(path, bytes, limits, { timeoutMs: l.timeoutMs, maxMemoryMb: l.maxMemoryMb });
}

import { Worker } from 'node:worker_threads';
import type { FileResult } from './model/report.js';
import type { StatedFacts } from './model/facts.js';
import type { FlatConfig } from './config-file.js';
import { formatFromName } from './parse/index.js';
import type { Limits } from './limits.js';

export interface PoolInit {
  stated?: StatedFacts;
  limits: Limits;
  debug?: boolean;
}

export interface PoolTask {
  path: string;
  shown: string;
  bytes: Uint8Array;
  config: FlatConfig;
  key: string;
  file?: string;
}

interface Slot {
  worker: Worker;
  task?: { id: number; task: PoolTask; resolve: (r: FileResult[]) => void; timer: NodeJS.Timeout };
}

function failure(task: PoolTask, code: string, message: string): FileResult[] {
  return [{ path: task.shown, format: formatFromName(task.path) ?? null, facts: null, findings: [], error: { code, message } }];
}

/** How much longer than --timeout a file may take in a worker before the worker is replaced. */
const BACKSTOP_MS = 30_000;

/** Heap a pool worker gets beyond the per-file --max-memory limit. */
const WORKER_HEADROOM_MB = 1024;

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/**
 * A fixed pool of worker threads running pool-worker.js, one file at a time each; the file's bytes
 * are transferred, not copied. Each worker parses through parse/isolate.ts like the main thread, so
 * the time and memory limits hold as in a single-threaded run; as a backstop, a file that takes much
 * longer than limits.timeoutMs, or a worker that runs out of its heap (limits.maxMemoryMb plus
 * headroom),
 * fails that file only (timeout / out-of-memory) and the worker is replaced.
 */
export class LintPool {
  private slots: Slot[] = [];
  private idle: Slot[] = [];
  private waiting: Array<(s: Slot) => void> = [];
  private seq = 0;
  private closing = false;

  constructor(private readonly url: URL, size: number, private readonly init: PoolInit) {
    for (let i = 0; i < size; i++) this.release(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, {
      workerData: this.init,
      // Parsing still goes through parse/isolate.ts (a child process per worker): pdf.js past a
      // worker thread's heap limit aborts the whole process, a child dies alone.
      execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')),
      // --max-memory is for one file; a worker also holds its code and JIT across files. At the bare
      // limit V8 collects so eagerly that a worker spends about 20% more CPU (measured, docs/cli.md).
      resourceLimits: { maxOldGenerationSizeMb: this.init.limits.maxMemoryMb + WORKER_HEADROOM_MB },
    });
    const slot: Slot = { worker };
    this.slots.push(slot);
    worker.on('message', (m: { id: number; results: FileResult[] }) => {
      const t = slot.task;
      if (!t || t.id !== m.id) return;
      clearTimeout(t.timer);
      slot.task = undefined;
      t.resolve(m.results);
      this.release(slot);
    });
    const died = (code: string, message: string) => {
      const t = slot.task;
      slot.task = undefined;
      if (t) {
        clearTimeout(t.timer);
        t.resolve(failure(t.task, code, message));
      }
      this.replace(slot);
    };
    worker.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') died('out-of-memory', `reading the file needed more than the ${this.init.limits.maxMemoryMb} MB memory limit, so it was stopped (raise it with --max-memory)`);
      else died('internal-error', `the worker linting this file failed: ${e.message}`);
    });
    worker.on('exit', (code) => {
      if (slot.task) died('internal-error', `the worker linting this file exited with code ${code}`);
    });
    return slot;
  }

  private replace(slot: Slot): void {
    void slot.worker.terminate();
    this.slots = this.slots.filter((s) => s !== slot);
    if (!this.closing) this.release(this.spawn());
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.shift();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => this.waiting.push(resolve));
  }

  async lint(task: PoolTask): Promise<FileResult[]> {
    const slot = await this.acquire();
    const id = ++this.seq;
    return new Promise((resolve) => {
      // A backstop behind the parser's own timeout (parse/isolate.ts), for a hang outside parsing.
      const ms = this.init.limits.timeoutMs + BACKSTOP_MS;
      const timer = setTimeout(() => {
        if (slot.task?.id !== id) return;
        slot.task = undefined;
        resolve(failure(task, 'timeout', `reading the file took longer than ${seconds(ms)}, so it was stopped (a pathological file, or raise the limit with --timeout)`));
        this.replace(slot);
      }, ms);
      slot.task = { id, task, resolve, timer };
      const { bytes, ...rest } = task;
      slot.worker.postMessage({ id, ...rest, bytes }, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

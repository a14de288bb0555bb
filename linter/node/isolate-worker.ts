// The child-process side of ParseIsolate (isolate.ts): parses one file per message, in a process the
// CLI can stop when it runs too long, and that takes only itself down when a hostile file exhausts
// its heap (V8 aborts the whole process on some out-of-memory paths, which a worker thread would not
// survive either). Node only.
import module from 'node:module';
import { readFileSync } from 'node:fs';
import { parseBytes, parsePdfPart, ParseError, type ParseOptions } from '../core/parse/index.js';
import { readFailure } from './read-file.js';
import type { PdfPartSpec } from '../core/parse/pdf.js';
import { warmUp } from './warm-up.js';
import { WARM_UP_ARG } from './parse-child.js';

interface Job {
  id: number;
  /** The name to report the file under. */
  path: string;
  bytes?: Uint8Array;
  /** Read the file here (lint jobs in parallel runs; the CLI has checked it is a regular file within the size limit). */
  file?: string;
  options: ParseOptions;
  /** Lint here too and send back only the results: when the CLI runs lanes in parallel, shipping
   * whole documents to the parent made the parent the bottleneck. */
  lint?: { config: unknown; key: string; stated?: Record<string, unknown> };
  /** Read only this part of a PDF's pages and send back its lines (isolate.ts joins the parts). */
  pdfPart?: PdfPartSpec;
}

// The CLI sends lint jobs, so the engine starts loading at once, while the parent is still resolving
// configs (plain parse jobs, from the fuzzer, do not need it).
let engine: Promise<typeof import('../core/lint.js')> | undefined = import('../core/lint.js');
const rulesByKey = new Map<string, ReturnType<(typeof import('../core/lint.js'))['resolveRules']>>();

/** Jobs run one after another, in the order sent: the parent times each from when the one before it is answered. */
let queue: Promise<void> = Promise.resolve();
let sent = false;
process.on('message', (job: Job) => {
  sent = true;
  queue = queue.then(() => run(job));
});

// Until the first file comes, lint a sample (warm-up.ts), a paragraph at a time: the first real lint
// then runs compiled code. The warm-up stops when a file comes, which then waits one paragraph at most.
// Only when asked (parse-child.ts: a run with no PDF input): a PDF's pages leave no time to spare.
if (process.argv.includes(WARM_UP_ARG))
  void engine?.then(
    ({ lintToResults }) =>
      warmUp(
        (docs) => lintToResults(docs),
        () => sent,
      ),
    () => undefined,
  );

/** Formats whose parser this child has loaded: the first file of each adds that parser's code to the compile cache. */
const loaded = new Set<string>();

/** The CLI stops this child with SIGKILL, so the cache Node writes at exit would never be written: written after each format's first file. */
function flushOnce(format: string | undefined): void {
  if (format && !loaded.has(format)) {
    loaded.add(format);
    if (process.env.NODE_COMPILE_CACHE) module.flushCompileCache?.();
  }
}

async function run(job: Job): Promise<void> {
  try {
    let bytes = job.bytes;
    if (job.file !== undefined) {
      try {
        bytes = new Uint8Array(readFileSync(job.file));
      } catch (e) {
        process.send!({ id: job.id, results: await readFailure(job.file, job.path, e) });
        return;
      }
    }
    if (job.pdfPart) {
      process.send!({ id: job.id, results: await parsePdfPart(bytes ?? new Uint8Array(0), job.options, job.pdfPart) });
      flushOnce('pdf');
      return;
    }
    const docs = await parseBytes(job.path, bytes ?? new Uint8Array(0), job.options);
    if (job.lint) {
      const { lintToResults, resolveRules } = await (engine ??= import('../core/lint.js'));
      let rules = rulesByKey.get(job.lint.key);
      if (!rules) rulesByKey.set(job.lint.key, (rules = resolveRules(job.lint.config)));
      const results = lintToResults(docs, { config: job.lint.config, rules, stated: job.lint.stated as never });
      process.send!({ id: job.id, results });
    } else {
      process.send!({ id: job.id, docs });
    }
    flushOnce(docs[0]?.format);
  } catch (e) {
    const err = e as Error;
    process.send!({
      id: job.id,
      error: {
        parse: e instanceof ParseError,
        code: e instanceof ParseError ? e.code : undefined,
        message: err?.message ?? String(e),
        stack: err?.stack,
        name: err?.name,
      },
    });
  }
}
// The parent going away ends the child.
process.on('disconnect', () => process.exit(0));

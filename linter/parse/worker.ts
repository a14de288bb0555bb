// The worker side of parseIsolated (isolate.ts): parses one file per message, in a thread the CLI can
// stop when it runs too long or uses too much memory. Node only.
import { parentPort } from 'node:worker_threads';
import { parseBytes, ParseError, type ParseOptions } from './index.js';

interface Job {
  id: number;
  path: string;
  bytes: Uint8Array;
  options: ParseOptions;
}

parentPort!.on('message', async (job: Job) => {
  try {
    const docs = await parseBytes(job.path, job.bytes, job.options);
    parentPort!.postMessage({ id: job.id, docs });
  } catch (e) {
    const err = e as Error;
    parentPort!.postMessage({
      id: job.id,
      error: { parse: e instanceof ParseError, code: e instanceof ParseError ? e.code : undefined, message: err?.message ?? String(e), stack: err?.stack, name: err?.name },
    });
  }
});

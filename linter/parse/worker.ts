// The child-process side of ParseIsolate (isolate.ts): parses one file per message, in a process the
// CLI can stop when it runs too long, and that takes only itself down when a hostile file exhausts
// its heap (V8 aborts the whole process on some out-of-memory paths, which a worker thread would not
// survive either). Node only.
import { parseBytes, ParseError, type ParseOptions } from './index.js';

interface Job {
  id: number;
  path: string;
  bytes: Uint8Array;
  options: ParseOptions;
}

process.on('message', async (job: Job) => {
  try {
    const docs = await parseBytes(job.path, job.bytes, job.options);
    process.send!({ id: job.id, docs });
  } catch (e) {
    const err = e as Error;
    process.send!({
      id: job.id,
      error: { parse: e instanceof ParseError, code: e instanceof ParseError ? e.code : undefined, message: err?.message ?? String(e), stack: err?.stack, name: err?.name },
    });
  }
});
// The parent going away ends the child.
process.on('disconnect', () => process.exit(0));

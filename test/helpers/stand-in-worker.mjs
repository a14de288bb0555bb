// A stand-in for linter/node/isolate-worker.js in the queueing tests: the same protocol and the same
// one-file-at-a-time order, with files that take a set time ("sleep-700"), never answer ("hang") or
// end the process ("exit"), or hold memory outside V8's heap ("alloc-600": 600 MB of touched
// buffers, as pdf.js decoding a stream does). Answers with its pid, to tell a new child from the old one.
let queue = Promise.resolve();
process.on('message', (job) => {
  queue = queue.then(async () => {
    if (job.path === 'exit') process.exit(3);
    if (job.path === 'hang') await new Promise(() => undefined);
    const alloc = Number(/^alloc-(\d+)$/.exec(job.path)?.[1] ?? 0);
    const held = [];
    for (let mb = 0; mb < alloc; mb += 16) held.push(Buffer.alloc(16 << 20, 1));
    const ms = Number(/^sleep-(\d+)$/.exec(job.path)?.[1] ?? 0);
    await new Promise((resolve) => setTimeout(resolve, ms));
    process.send({ id: job.id, docs: [{ pid: process.pid, held: held.length }] });
  });
});
process.on('disconnect', () => process.exit(0));

import { parentPort, workerData } from 'node:worker_threads';
import { lintBytes, rulesMemo } from './run.js';
import type { PoolInit, PoolTask } from './pool.js';

/** One worker of the lint pool: lints the files it is sent, with the config the main thread resolved. */
const init = workerData as PoolInit;
const rulesFor = rulesMemo();

parentPort!.on('message', async (m: PoolTask & { id: number }) => {
  const results = await lintBytes(m.bytes, m.path, m.shown, {
    config: m.config,
    rules: rulesFor(m.config, m.key, m.file),
    stated: init.stated,
    limits: init.limits,
    debug: init.debug,
  });
  parentPort!.postMessage({ id: m.id, results });
});

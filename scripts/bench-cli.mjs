#!/usr/bin/env node
// Benchmark of the CLI's cache and worker pool (not a test: timings are never asserted in npm test).
//
// On N mixed-format documents (copies of fixtures/tenders/*.{md,docx,pdf} under varied names, in a
// temporary directory) it measures, each in a fresh process of the built CLI:
//   - a first run with --cache (empty cache) and a second one (every file a hit);
//   - one thread (--threads 1) against the pool (--threads P), alternated, median of --runs runs;
//   - peak memory of each kind of run: the CLI's own maxRSS, and the CLI with its parse processes
//     (sampled from /proc in a separate, untimed run).
// With --threshold it also times --threads 1 against --threads 2 on small batches, to show where the
// pool starts to pay (the numbers behind POOL_MIN_FILES in linter/node/run.ts).
//
// Usage: node scripts/bench-cli.mjs [--docs 500] [--runs 3] [--threads P] [--threshold] [--out FILE]
// Prints a table, and the results as JSON on the last line of stdout (scripts/bench.mjs reads it).
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const docs = Number(opt('--docs', 500));
const runs = Number(opt('--runs', 3));
const poolThreads = Number(opt('--threads', Math.max(2, availableParallelism())));
const outFile = opt('--out', join(root, 'bench-output/bench-cli.json'));
const cliUrl = pathToFileURL(join(root, 'dist/linter/node/cli.js')).href;

if (!existsSync(join(root, 'dist/linter/node/cli.js'))) {
  console.error('bench-cli: run `npm run build` first');
  process.exit(2);
}

/** N documents copied round-robin from the fixtures, with names that differ. */
function makeCorpus(dir, n) {
  const fixtures = join(root, 'fixtures/tenders');
  const sources = readdirSync(fixtures)
    .filter((f) => /\.(md|docx|pdf)$/.test(f) && f !== 'README.md')
    .sort();
  const byFormat = { md: 0, docx: 0, pdf: 0 };
  for (let i = 0; i < n; i++) {
    const src = sources[i % sources.length];
    const ext = src.split('.').pop();
    byFormat[ext]++;
    const sub = join(dir, `batch-${i % 10}`);
    mkdirSync(sub, { recursive: true });
    copyFileSync(join(fixtures, src), join(sub, `${String(i).padStart(5, '0')}-${src}`));
  }
  return byFormat;
}

let runnerSeq = 0;

/** RSS in MB of a process and all its descendants now (Linux /proc), or undefined once it has gone. */
function treeRssMB(pid) {
  let kb = 0;
  const walk = (p) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) walk(c);
      }
    } catch {
      // The process ended between reads.
    }
  };
  walk(pid);
  return kb ? kb / 1024 : undefined;
}

/**
 * Runs the CLI in a child process; returns wall time (ms), peak RSS of the CLI process (MB) and the
 * exit code. With `tree`, it also samples the RSS of the CLI and its parse processes together every
 * 20 ms (the lanes' children are not counted in the CLI's own maxRSS): a run of its own, as the
 * sampling costs CPU that would blur the timings.
 */
async function runCli(cwd, cliArgs, { tree = false } = {}) {
  // A runner file, not --eval: child processes inherit execArgv, and --input-type breaks them.
  const runner = join(dir, `run-${++runnerSeq}.mjs`);
  writeFileSync(
    runner,
    `
    // As bin/tenderlint.js does, so the run and its parse processes use the compile cache.
    (await import('node:module')).default.enableCompileCache?.();
    const { main } = await import(${JSON.stringify(cliUrl)});
    let out = '';
    const code = await main(${JSON.stringify(cliArgs)}, { out: (s) => { out += s; }, err: (s) => process.stderr.write(s), isTTY: false, cwd: process.cwd() });
    // Files that could not be read are named, so a broken corpus is not mistaken for a slow run.
    const failed = code === 2 ? JSON.parse(out).files.filter((f) => f.error).map((f) => f.path + ': ' + f.error.message) : [];
    process.stderr.write('\\nRESULT ' + JSON.stringify({ code, failed, maxRSS: process.resourceUsage().maxRSS }) + '\\n');`,
  );
  const t0 = performance.now();
  const child = spawn(process.execPath, [runner], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let treePeak = 0;
  const sampler = tree ? setInterval(() => (treePeak = Math.max(treePeak, treeRssMB(child.pid) ?? 0)), 20) : undefined;
  await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const line = stderr.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`the CLI failed: ${stderr.slice(-2000)}`);
  const { code, failed, maxRSS } = JSON.parse(line.slice(7));
  if (failed.length) throw new Error(`files could not be linted:\n  ${failed.slice(0, 5).join('\n  ')}`);
  return { ms, peakMB: maxRSS / 1024, treePeakMB: treePeak, code };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 0) => Number(x.toFixed(d));

const dir = mkdtempSync(join(tmpdir(), 'tenderlint-bench-cli-'));
const results = {
  machine: {
    cpus: cpus().length,
    availableParallelism: availableParallelism(),
    model: cpus()[0]?.model,
    node: process.version,
  },
  docs,
};
try {
  results.formats = makeCorpus(dir, docs);

  // 1. Cache: a first run fills it, a second one reads it.
  const cacheArgs = ['--cache', '--cache-location', join(dir, '.cache'), '-f', 'json', '.'];
  const first = await runCli(dir, cacheArgs);
  const second = await runCli(dir, cacheArgs);
  results.cache = {
    firstMs: round(first.ms),
    secondMs: round(second.ms),
    speedup: round(first.ms / second.ms, 2),
    firstPeakMB: round(first.peakMB),
    secondPeakMB: round(second.peakMB),
  };

  // 2. Pool against one thread, alternated so load on a shared machine hits both alike.
  const one = [];
  const pool = [];
  for (let i = 0; i < runs; i++) {
    one.push(await runCli(dir, ['--threads', '1', '-f', 'json', '.']));
    pool.push(await runCli(dir, ['--threads', String(poolThreads), '-f', 'json', '.']));
  }
  const oneMs = median(one.map((r) => r.ms));
  const poolMs = median(pool.map((r) => r.ms));
  results.pool = {
    threads: poolThreads,
    oneThreadMs: round(oneMs),
    poolMs: round(poolMs),
    speedup: round(oneMs / poolMs, 2),
    runs,
  };
  // Peak memory of the whole run, the CLI and its parse processes together, in untimed runs.
  const oneTree = await runCli(dir, ['--threads', '1', '-f', 'json', '.'], { tree: true });
  const poolTree = await runCli(dir, ['--threads', String(poolThreads), '-f', 'json', '.'], { tree: true });
  Object.assign(results.pool, {
    oneThreadPeakMB: round(oneTree.treePeakMB),
    poolPeakMB: round(poolTree.treePeakMB),
    oneThreadCliPeakMB: round(Math.max(...one.map((r) => r.peakMB))),
    poolCliPeakMB: round(Math.max(...pool.map((r) => r.peakMB))),
  });

  // 3. Where the pool starts to pay.
  if (args.includes('--threshold')) {
    results.threshold = [];
    for (const n of [4, 8, 16, 24, 32, 48, 64, 128]) {
      const small = join(dir, `small-${n}`);
      mkdirSync(small);
      makeCorpus(small, n);
      const a = [];
      const b = [];
      for (let i = 0; i < Math.max(runs, 3); i++) {
        a.push((await runCli(small, ['--threads', '1', '-f', 'json', '.'])).ms);
        b.push((await runCli(small, ['--threads', '2', '-f', 'json', '.'])).ms);
      }
      results.threshold.push({
        files: n,
        oneThreadMs: round(median(a)),
        twoThreadsMs: round(median(b)),
        speedup: round(median(a) / median(b), 2),
      });
    }
  }

  results.targets = [
    { name: 'second --cache run vs first', value: results.cache.speedup, limit: 5, met: results.cache.speedup >= 5 },
    {
      name: `pool (${poolThreads} threads) vs one thread`,
      value: results.pool.speedup,
      limit: 1.6,
      met: results.pool.speedup >= 1.6,
    },
  ];
} finally {
  rmSync(dir, { recursive: true, force: true });
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
console.log(
  `tenderlint CLI benchmark: ${docs} documents (${Object.entries(results.formats)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}) on ${results.machine.cpus} x ${results.machine.model}, Node ${results.machine.node}`,
);
console.log(
  `cache: first ${results.cache.firstMs} ms, second ${results.cache.secondMs} ms: ${results.cache.speedup} x (peak ${results.cache.firstPeakMB} / ${results.cache.secondPeakMB} MB)`,
);
console.log(
  `pool: one thread ${results.pool.oneThreadMs} ms, ${results.pool.threads} threads ${results.pool.poolMs} ms: ${results.pool.speedup} x (peak with parse processes ${results.pool.oneThreadPeakMB} / ${results.pool.poolPeakMB} MB; median of ${runs})`,
);
for (const t of results.threshold ?? [])
  console.log(`  ${t.files} files: one thread ${t.oneThreadMs} ms, two ${t.twoThreadsMs} ms: ${t.speedup} x`);
console.log(`results: ${outFile}`);
console.log(
  JSON.stringify({
    docs,
    cacheSpeedup: results.cache.speedup,
    poolSpeedup: results.pool.speedup,
    poolThreads,
    oneThreadPeakMB: results.pool.oneThreadPeakMB,
    poolPeakMB: results.pool.poolPeakMB,
    targetsMet: results.targets.every((t) => t.met),
  }),
);

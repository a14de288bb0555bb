#!/usr/bin/env node
// Benchmark of `tenderlint report` over generated OCDS releases: wall time and peak memory (RSS) of
// the report process. Target (issue 8): 100,000 releases in under 60 s with peak RSS under 500 MB on
// 2 cores. Generates the input with scripts/gen-ocds.mjs when missing (not committed data).
//
//   node_modules/.bin/node scripts/bench-ocds.mjs [--count 100000] [--format jsonl|package] [--report html|csv] [--json out.json]
//
// Prints one line per run and, with --json, writes the figures for the benchmark lead.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    format: { type: 'string', default: 'jsonl' },
    report: { type: 'string', default: 'html' },
    dir: { type: 'string', default: join(ROOT, 'bench-output') },
    json: { type: 'string' },
  },
});
const count = Number(opts.count);
mkdirSync(opts.dir, { recursive: true });
const input = join(opts.dir, `ocds-${count}.${opts.format === 'package' ? 'json' : 'jsonl'}`);
if (!existsSync(input)) {
  execFileSync(
    process.execPath,
    [join(ROOT, 'scripts/gen-ocds.mjs'), '--count', String(count), '--format', opts.format, '--out', input],
    { stdio: 'inherit' },
  );
}
if (!existsSync(join(ROOT, 'dist/linter/node/portfolio/cli-report.js'))) throw new Error('run npm run build first');

// The child reports its own peak RSS on exit (process.resourceUsage().maxRSS, in KiB).
const hook = join(opts.dir, 'rss-hook.mjs');
writeFileSync(
  hook,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.TENDERLINT_RSS_OUT, String(process.resourceUsage().maxRSS)));\n",
);
const rssOut = join(opts.dir, `rss-${process.pid}.txt`);
const out = join(opts.dir, `report-${count}.${opts.report}`);

const started = performance.now();
const code = await new Promise((ok) => {
  const child = spawn(
    process.execPath,
    ['--import', hook, join(ROOT, 'bin/tenderlint.js'), 'report', input, '--format', opts.report, '--out', out],
    {
      env: { ...process.env, TENDERLINT_RSS_OUT: rssOut },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  child.on('exit', ok);
});
const seconds = (performance.now() - started) / 1000;
const peakMb = Number(readFileSync(rssOut, 'utf8')) / 1024;
const result = {
  releases: count,
  inputFormat: opts.format,
  inputMb: Math.round(statSync(input).size / 1048576),
  report: opts.report,
  exitCode: code,
  seconds: Math.round(seconds * 10) / 10,
  peakRssMb: Math.round(peakMb),
  releasesPerSecond: Math.round(count / seconds),
  withinTarget: count < 100_000 ? null : seconds < 60 && peakMb < 500,
};
console.log(
  `bench-ocds: ${count} releases (${opts.format}, ${result.inputMb} MB) -> ${opts.report} in ${result.seconds} s, peak RSS ${result.peakRssMb} MB, ${result.releasesPerSecond} releases/s${result.withinTarget === null ? '' : result.withinTarget ? ' (within the 60 s / 500 MB target)' : ' (OVER the 60 s / 500 MB target)'}`,
);
if (opts.json) writeFileSync(opts.json, JSON.stringify(result, null, 2) + '\n');
process.exitCode = code === 0 ? 0 : 1;

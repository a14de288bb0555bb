#!/usr/bin/env node
// The whole-command benchmark: what a user waits for. Each measurement is a fresh process, timed
// from spawn to exit: `tenderlint --format json FILE` against poppler's `pdftotext` (when installed)
// and against the libraries alone (scripts/bench-floor.mjs: pdf.js getTextContent of every page,
// mammoth's convertToHtml, remark with remark-gfm). The commands for one input run round-robin, one
// warm-up each (it fills V8's compile cache), then --runs rounds; medians and ranges are reported.
// Inputs: the chromium-printed PDF, DOCX and Markdown of scripts/gen-large.mjs (made when missing,
// in bench-output/inputs) and the portal-like questionnaire fixtures/large/portal-sq.pdf
// (scripts/gen-portal-pdf.mjs).
//
// Usage: node scripts/bench-whole.mjs [--runs 5] [--only pdf,portal,docx,md] [--quick] [--json FILE] [--compare DIR]
//   --quick    the one-page fixtures and one round: proves the script works.
//   --compare  also time the tenderlint built in DIR (another checkout, built), in the same rounds:
//              before and after a change, alternated, on a machine whose load comes and goes.
// Prints a table, and the results as JSON on the last line of stdout (scripts/bench.mjs reads it).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const quick = args.includes('--quick');
const runs = Number(opt('--runs', quick ? 1 : 5));
const only = opt('--only', 'pdf,portal,docx,md').split(',');
const jsonFile = opt('--json', undefined);
const compare = opt('--compare', undefined);
const node = process.execPath;

if (!existsSync(join(root, 'dist/linter/node/cli.js'))) {
  console.error('bench-whole: run `npm run build` first');
  process.exit(2);
}

const inputsDir = join(root, 'bench-output/inputs');
const fixture = join(root, 'fixtures/tenders/housing-association-void-clearance');
const inputs = quick
  ? { pdf: `${fixture}.pdf`, portal: `${fixture}.pdf`, docx: `${fixture}.docx`, md: `${fixture}.md` }
  : {
      pdf: join(inputsDir, 'large.pdf'),
      portal: join(root, 'fixtures/large/portal-sq.pdf'),
      docx: join(inputsDir, 'large.docx'),
      md: join(inputsDir, 'large.md'),
    };
if (!quick && !['pdf', 'docx', 'md'].every((k) => existsSync(inputs[k])))
  execFileSync(node, [join(root, 'scripts/gen-large.mjs'), inputsDir], { stdio: 'inherit' });

function hasCommand(cmd) {
  return spawnSync(cmd, ['-v'], { stdio: 'ignore' }).error === undefined;
}

/** Milliseconds from spawn to exit; throws if the command failed (tenderlint's exit 1 means findings, which is fine). */
function time(cmd, argv) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t;
      if (code !== 0 && !(code === 1 && argv.includes('--format')))
        reject(new Error(`${cmd} ${argv.join(' ')}: exit ${code}: ${stderr.slice(-500)}`));
      else resolve(ms);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const tenderlint = (file) => [node, [join(root, 'bin/tenderlint.js'), '--format', 'json', file]];
const floor = (kind, file) => [node, [join(root, 'scripts/bench-floor.mjs'), kind, file]];
const withPdftotext = hasCommand('pdftotext');

/** The commands compared on each input; the first is tenderlint, the others its floors, with the ratio each must stay within. */
const suites = {
  pdf: {
    name: 'PDF printed by chromium',
    floors: {
      'pdf.js text only': [floor('pdf', inputs.pdf), 1.3],
      ...(withPdftotext ? { pdftotext: [['pdftotext', [inputs.pdf, '-']], 3] } : {}),
    },
  },
  portal: {
    name: 'PDF exported like an e-sourcing portal (wkhtmltopdf)',
    floors: {
      'pdf.js text only': [floor('pdf', inputs.portal), 1.3],
      ...(withPdftotext ? { pdftotext: [['pdftotext', [inputs.portal, '-']], 3] } : {}),
    },
  },
  docx: { name: 'DOCX', floors: { 'mammoth only': [floor('docx', inputs.docx), 1.3] } },
  md: { name: 'Markdown', floors: { 'remark with remark-gfm': [floor('md', inputs.md), 2] } },
};

const results = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  quick,
  runs,
  rows: [],
};
for (const key of only) {
  const suite = suites[key];
  if (!suite || !existsSync(inputs[key])) continue;
  const commands = {
    tenderlint: tenderlint(inputs[key]),
    ...(compare
      ? { [`tenderlint in ${compare}`]: [node, [join(compare, 'bin/tenderlint.js'), '--format', 'json', inputs[key]]] }
      : {}),
    ...Object.fromEntries(Object.entries(suite.floors).map(([k, [c]]) => [k, c])),
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const [cmd, argv] of Object.values(commands)) await time(cmd, argv);
  for (let i = 0; i < runs; i++)
    for (const [k, [cmd, argv]] of Object.entries(commands)) times[k].push(await time(cmd, argv));
  const t = median(times.tenderlint);
  const row = {
    input: key,
    name: suite.name,
    file: inputs[key].slice(root.length + 1),
    tenderlintMs: Math.round(t),
    tenderlintRangeMs: [Math.round(Math.min(...times.tenderlint)), Math.round(Math.max(...times.tenderlint))],
    floors: [],
  };
  if (compare) {
    const c = times[`tenderlint in ${compare}`];
    row.compared = {
      dir: compare,
      medianMs: Math.round(median(c)),
      rangeMs: [Math.round(Math.min(...c)), Math.round(Math.max(...c))],
    };
  }
  for (const [k, [, limit]] of Object.entries(suite.floors)) {
    const f = median(times[k]);
    row.floors.push({
      name: k,
      medianMs: Math.round(f),
      rangeMs: [Math.round(Math.min(...times[k])), Math.round(Math.max(...times[k]))],
      ratio: Number((t / f).toFixed(2)),
      limit,
      met: t / f <= limit,
    });
  }
  results.rows.push(row);
}

if (jsonFile) {
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
}
console.log(
  `whole commands, ${runs} alternated rounds, medians (range) on ${results.machine.cpus} x ${results.machine.model}, Node ${results.machine.node}`,
);
console.log('| input | tenderlint | floor | floor time | ratio | limit |');
console.log('| --- | ---: | --- | ---: | ---: | ---: |');
for (const r of results.rows) {
  for (const f of r.floors)
    console.log(
      `| ${r.name} | ${r.tenderlintMs} ms (${r.tenderlintRangeMs.join('-')}) | ${f.name} | ${f.medianMs} ms (${f.rangeMs.join('-')}) | ${f.ratio} x | ${f.limit} x${f.met ? '' : ' NOT MET'} |`,
    );
  if (r.compared)
    console.log(
      `| ${r.name} | | tenderlint in ${r.compared.dir} | ${r.compared.medianMs} ms (${r.compared.rangeMs.join('-')}) | ${(r.tenderlintMs / r.compared.medianMs).toFixed(2)} x | |`,
    );
}
console.log(
  JSON.stringify({
    rows: results.rows.map((r) => ({
      input: r.input,
      tenderlintMs: r.tenderlintMs,
      ...Object.fromEntries(r.floors.map((f) => [f.name, `${f.ratio} x`])),
    })),
    targetsMet: results.rows.every((r) => r.floors.every((f) => f.met)),
  }),
);

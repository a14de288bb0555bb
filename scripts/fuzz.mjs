#!/usr/bin/env node
// Mutation fuzzer over the built parsers (dist/, so `npm run build` first): takes the fixtures, flips
// bits, truncates, splices and inserts structure tokens, and parses each result in the same worker the
// CLI uses (time and memory limits), then lints what parses. A crash is any error that is not a
// ParseError (a stack from our code or a library's); a hang is a parse stopped by the time limit. Each
// is saved under fuzz-crashes/ with its stack, and the run exits 1 if there was a crash.
//
//   npm run fuzz -- --iterations 2000 [--seed 42] [--timeout 20]
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '500' },
    seed: { type: 'string' },
    timeout: { type: 'string', default: '20' },
    quiet: { type: 'boolean' },
  },
});
const iterations = Number(values.iterations);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 1e9;
const { ParseIsolate } = await import(join(root, 'dist/linter/node/isolate.js'));
const { ParseError } = await import(join(root, 'dist/linter/core/parse/errors.js'));
const { lintDocument } = await import(join(root, 'dist/linter/core/lint.js'));

let state = seed >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(rand() * n);
const pick = (a) => a[int(a.length)];

const corpus = [];
for (const dir of ['fixtures/tenders', 'fixtures/broken']) {
  for (const f of readdirSync(join(root, dir))) {
    if (f.endsWith('.expected.json') || f === 'README.md') continue;
    const bytes = readFileSync(join(root, dir, f));
    if (bytes.length > 0 && bytes.length < 2_000_000) corpus.push({ name: f, bytes: new Uint8Array(bytes) });
  }
}
const TOKENS = [
  '%%EOF',
  'endobj',
  'obj',
  'stream',
  'endstream',
  '<<',
  '>>',
  '/Length 99999999',
  'xref',
  'trailer',
  'PK\x03\x04',
  'PK\x01\x02',
  'PK\x05\x06',
  '<w:p>',
  '</w:t>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&a;',
  '<!--',
  '-->',
  '---\n',
  '> ',
  '- ',
  '| a |',
  '£',
  'Â£',
  '\u0000',
  '\uFEFF',
  '{"ocid":"x"',
  '[',
  ']',
  '1,000,000',
  'turnover',
].map((t) => new TextEncoder().encode(t));

function mutate(input) {
  let b = input.slice();
  const steps = 1 + int(4);
  for (let s = 0; s < steps; s++) {
    const op = int(6);
    if (op === 0)
      for (let i = 0, n = 1 + int(32); i < n; i++) b[int(b.length)] ^= 1 << int(8); // bit flips
    else if (op === 1)
      b = b.subarray(0, int(b.length) + 1); // truncation
    else if (op === 2) {
      // splice in a piece of another corpus file
      const other = pick(corpus).bytes;
      const from = int(other.length),
        len = int(Math.min(4096, other.length - from)) + 1;
      const at = int(b.length + 1);
      b = concat(b.subarray(0, at), other.subarray(from, from + len), b.subarray(at));
    } else if (op === 3) {
      // insert a structure token
      const at = int(b.length + 1);
      b = concat(b.subarray(0, at), pick(TOKENS), b.subarray(at));
    } else if (op === 4) {
      // repeat a chunk many times
      const from = int(b.length),
        len = 1 + int(Math.min(64, b.length - from));
      const chunk = b.subarray(from, from + len);
      const times = 1 + int(2000);
      b = concat(b.subarray(0, from), ...Array(times).fill(chunk), b.subarray(from));
    } else {
      // overwrite a run with one byte
      const at = int(b.length),
        len = 1 + int(256),
        v = pick([0, 0xff, 0x20, 0x30, 0x7f]);
      b.fill(v, at, at + len);
    }
    if (b.length === 0) b = input.slice(0, 1);
  }
  return b;
}
function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const outDir = join(root, 'fuzz-crashes');
function save(kind, name, bytes, detail) {
  mkdirSync(outDir, { recursive: true });
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const file = join(outDir, `${kind}-${hash}${extname(name)}`);
  writeFileSync(file, bytes);
  writeFileSync(file + '.txt', `${kind} on a mutation of ${name} (seed ${seed})\n\n${detail}\n`);
  return file;
}

const isolate = new ParseIsolate();
const limits = { timeoutMs: Number(values.timeout) * 1000, maxMemoryMb: 1024 };
const codes = new Map();
let parsed = 0,
  crashes = 0,
  hangs = 0;
const started = Date.now();
for (let i = 0; i < iterations; i++) {
  const base = pick(corpus);
  const bytes = mutate(base.bytes);
  // Left behind if the whole process dies (a native abort cannot be caught): the input that did it.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `last-input${extname(base.name)}`), bytes);
  writeFileSync(join(outDir, 'last-input.txt'), `iteration ${i + 1}, a mutation of ${base.name} (seed ${seed})\n`);
  try {
    const docs = await isolate.parse(base.name, bytes, {}, limits);
    parsed++;
    for (const doc of docs) lintDocument(doc);
  } catch (e) {
    if (e instanceof ParseError && e.code === 'timeout') {
      hangs++;
      console.log(`hang: ${save('hang', base.name, bytes, e.message)}`);
    } else if (e instanceof ParseError) {
      codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
    } else {
      crashes++;
      console.log(
        `CRASH: ${save('crash', base.name, bytes, e?.stack ?? String(e))}\n  ${String(e?.message ?? e).split('\n')[0]}`,
      );
    }
  }
  if (!values.quiet && (i + 1) % 100 === 0)
    console.log(`${i + 1}/${iterations} ... ${crashes} crashes, ${hangs} hangs`);
}
await isolate.close();
for (const f of readdirSync(outDir)) if (f.startsWith('last-input')) rmSync(join(outDir, f));
console.log(
  `\n${iterations} inputs (seed ${seed}) in ${Math.round((Date.now() - started) / 1000)} s: ${parsed} parsed and linted, ${[...codes.values()].reduce((a, b) => a + b, 0)} refused with a ParseError, ${crashes} crashes, ${hangs} hangs`,
);
console.log('ParseError codes:', Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])));
if (crashes) process.exitCode = 1;

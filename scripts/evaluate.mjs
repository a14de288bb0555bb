#!/usr/bin/env node
// Per-rule precision and recall of the built linter against the hand labels: the fixtures'
// *.expected.json (every format) and test/corpus/labels.json (the real corpus). Run after `npm run build`.
// Usage: node scripts/evaluate.mjs [--json]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { run } = await import(join(root, 'dist/linter/run.js'));
const { rules } = await import(join(root, 'dist/rules/index.js'));
const ruleIds = new Set(rules.map((r) => r.meta.id));
const squash = (s) => s.replace(/\s+/g, ' ').trim();

const stats = new Map();
const stat = (set, id) => {
  const key = `${set}\t${id}`;
  if (!stats.has(key)) stats.set(key, { tp: 0, fp: 0, fn: 0, severity: 0 });
  return stats.get(key);
};
const misses = [];

// Fixtures: every finding must match a label exactly (rule id, excerpt, severity), in every format.
const fixtures = join(root, 'fixtures/tenders');
const names = readdirSync(fixtures).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));
for (const format of ['md', 'docx', 'pdf']) {
  const report = await run(names.map((n) => join(fixtures, `${n}.${format}`)), { cwd: root });
  for (const file of report.files) {
    const name = file.path.split('/').pop().replace(/\.\w+$/, '');
    const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')).findings.filter((f) => ruleIds.has(f.ruleId));
    const got = file.findings.map((f) => ({ ruleId: f.ruleId, excerpt: squash(f.excerpt), severity: f.severity }));
    for (const e of expected) {
      const i = got.findIndex((g) => g.ruleId === e.ruleId && g.excerpt === squash(e.excerpt));
      const s = stat(`fixtures-${format}`, e.ruleId);
      if (i >= 0) {
        s.tp++;
        if (got[i].severity !== e.severity) s.severity++;
        got.splice(i, 1);
      } else {
        s.fn++;
        misses.push(`${format} ${name}: missed ${e.ruleId}: ${e.excerpt}`);
      }
    }
    for (const g of got) {
      stat(`fixtures-${format}`, g.ruleId).fp++;
      misses.push(`${format} ${name}: extra ${g.ruleId}: ${g.excerpt}`);
    }
  }
}

// Corpus: labels name a distinctive substring; OCDS findings on structured fields match on rule id.
const corpus = join(root, 'fixtures/corpus');
const labelsFile = join(root, 'test/corpus/labels.json');
if (existsSync(corpus) && existsSync(labelsFile)) {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8'));
  const files = Object.keys(labels);
  const report = await run(files.map((f) => join(corpus, f)), { cwd: corpus });
  for (const file of report.files) {
    const name = file.path.split('#')[0];
    const label = labels[name];
    if (!label) continue;
    const got = file.findings.map((f) => ({ ruleId: f.ruleId, excerpt: squash(f.excerpt), message: f.message, severity: f.severity, matched: false }));
    for (const l of label.findings.filter((x) => ruleIds.has(x.ruleId))) {
      const want = squash(l.excerptIncludes ?? '');
      // Acronym labels name the acronym; any passage where it is first used unexplained will do.
      const hit = got.find((g) => !g.matched && g.ruleId === l.ruleId && (l.acronym ? new RegExp(`\\b${l.acronym}\\b`).test(g.message) : g.excerpt.includes(want) || want.includes(g.excerpt) || l.field));
      if (l.ambiguous) {
        if (hit) hit.matched = true;
        continue;
      }
      const s = stat('corpus', l.ruleId);
      if (hit) {
        hit.matched = true;
        s.tp++;
        if (hit.severity !== l.severity) s.severity++;
      } else {
        s.fn++;
        misses.push(`corpus ${name}: missed ${l.ruleId}: ${l.excerptIncludes}`);
      }
    }
    // Plain-language labels are a sample, so extra ones are not false positives; repeats of a matched passage count once.
    for (const g of got.filter((x) => !x.matched && x.ruleId !== 'plain-language')) {
      if (got.some((x) => x.matched && x.ruleId === g.ruleId && x.excerpt === g.excerpt)) continue;
      stat('corpus', g.ruleId).fp++;
      misses.push(`corpus ${name}: extra ${g.ruleId}: ${g.excerpt.slice(0, 120)}`);
    }
  }
}

const rows = [...stats].map(([k, s]) => {
  const [set, rule] = k.split('\t');
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : null;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : null;
  return { set, rule, ...s, precision: p, recall: r };
}).sort((a, b) => a.set.localeCompare(b.set) || a.rule.localeCompare(b.rule));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, misses }, null, 2));
} else {
  const pct = (x) => (x === null ? '   -' : `${Math.round(x * 100)}%`.padStart(4));
  console.log('set            rule                          tp  fp  fn  sev  precision  recall');
  for (const r of rows) console.log(`${r.set.padEnd(14)} ${r.rule.padEnd(29)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.severity).padStart(4)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}`);
  if (misses.length) console.log('\n' + misses.join('\n'));
}

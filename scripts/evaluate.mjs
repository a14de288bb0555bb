#!/usr/bin/env node
// How well the built linter reads tenders, against hand labels:
//   facts: per-fact accuracy (value, basis, VAT, annual value, term, dates, lots, regime, nation,
//          buyer) on the fixtures (fixtures/tenders/*.expected.json "facts"), the real corpus
//          (test/corpus/labels.json) and both halves of the blind evaluation set
//          (fixtures/eval/{dev,held-out}/<id>.labels.json), in Markdown, DOCX and PDF;
//   rules: per-rule precision and recall on the fixtures, the corpus and the evaluation documents
//          whose findings are labelled; for the evaluation halves also the figures over all rules
//          (with severity agreement among the matches) and plain-language scored from each
//          document's acronymsUndefined list (acronyms the rule knows by default, NHS, VAT ..., left out).
// Run after `npm run build`.
//
// Usage: node scripts/evaluate.mjs [--dist DIR] [--sets fixtures,corpus,dev,held-out] [--formats md,docx,pdf]
//                                  [--misses] [--json] [--facts-only | --rules-only] [--batch r3,r4]
//   --dist DIR   the built linter to measure (default: this checkout's dist/). Point it at another
//                checkout's dist to measure older code against the same labels.
//   --misses     list each wrong fact and each missed or extra finding, per document. Never for the
//                held-out half: only its aggregate figures are printed, so nobody tunes to it.
//   --batch B    only the evaluation documents of these writing rounds (ids start "B-"), to report a
//                round measured before and after on its own.
// The real corpus is read from fixtures/corpus/, or from the directory in TENDERLINT_CORPUS.
//
// How a reported fact is compared with a label (a null label means the linter should report nothing):
//   amounts     equal to the pound (a derived annual value of £333,333.33 matches a label of 333333);
//   dates       the same ISO day (the time is not compared);
//   term        the same months, each of initial, extension and total;
//   lots        divided: true / false / null as labelled; count only when divided (else null);
//               values: the same amounts in the same order;
//   nation      the regime's nation ("unknown" counts as null);
//   buyer name  equal after normalising case, punctuation, "&"/"and" and a leading "the", or equal
//               to one of the reported aliases; buyer kind "unknown" counts as null.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const dist = resolve(opt('--dist') ?? join(root, 'dist'));
const sets = (opt('--sets') ?? 'fixtures,corpus,dev,held-out').split(',');
const batches = opt('--batch')?.split(',');
const inBatch = (id) => !batches || batches.some((b) => id.startsWith(`${b}-`));
const formats = (opt('--formats') ?? 'md,docx,pdf').split(',');
const showMisses = argv.includes('--misses');
const doFacts = !argv.includes('--rules-only');
const doRules = !argv.includes('--facts-only');

const { run } = await import(join(dist, 'linter/node/run.js'));
const { rules } = await import(join(dist, 'rules/index.js'));
const ruleIds = new Set(rules.map((r) => r.meta.id));
const squash = (s) =>
  String(s ?? '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// ---- Facts ----------------------------------------------------------------------------------

const FACT_KINDS = [
  'value.amount',
  'value.basis',
  'value.vat',
  'annualValue',
  'term.initialMonths',
  'term.extensionMonths',
  'term.totalMonths',
  'published',
  'clarificationDeadline',
  'submissionDeadline',
  'participationDeadline',
  'contractStart',
  'lots.divided',
  'lots.count',
  'lots.values',
  'regime',
  'nation',
  'buyer.name',
  'buyer.kind',
];

const nil = (x) => (x === undefined || x === '' ? null : x);
const money = (x) => (x == null ? null : Math.round(x));
const normName = (s) =>
  s == null
    ? null
    : String(s)
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[’'"“”.,()]/g, '')
        .replace(/^\s*the\s+/, '')
        .replace(/\s+/g, ' ')
        .trim();

/** What the report says for each fact kind, in the labels' terms. */
function reported(f) {
  if (!f) return Object.fromEntries(FACT_KINDS.map((k) => [k, null]));
  const divided = nil(f.lots?.divided);
  return {
    'value.amount': money(f.value?.amount),
    'value.basis': nil(f.value?.basis),
    'value.vat': nil(f.value?.vat),
    annualValue: money(f.annualValue?.amount),
    'term.initialMonths': nil(f.term?.initialMonths),
    'term.extensionMonths': nil(f.term?.extensionMonths),
    'term.totalMonths': nil(f.term?.totalMonths),
    published: nil(f.published?.date),
    clarificationDeadline: nil(f.clarificationDeadline?.date),
    submissionDeadline: nil(f.submissionDeadline?.date),
    participationDeadline: nil(f.participationDeadline?.date),
    contractStart: nil(f.contractStart?.date),
    'lots.divided': divided,
    'lots.count': divided === true ? nil(f.lots?.count) : null,
    'lots.values': f.lots?.values?.length ? f.lots.values.map(money) : null,
    regime: nil(f.regime?.id),
    nation: f.regime?.nation && f.regime.nation !== 'unknown' ? f.regime.nation : null,
    'buyer.name': nil(f.buyer?.name),
    'buyer.aliases': f.buyer?.aliases ?? [],
    'buyer.kind': f.buyer?.kind && f.buyer.kind !== 'unknown' ? f.buyer.kind : null,
  };
}

/** The labels in the same terms (LABELS.md shape). */
function labelled(l) {
  const divided = nil(l.lots?.divided);
  return {
    'value.amount': money(l.value?.amount),
    'value.basis': nil(l.value?.basis),
    'value.vat': nil(l.value?.vat),
    annualValue: money(l.annualValue),
    'term.initialMonths': nil(l.term?.initialMonths),
    'term.extensionMonths': nil(l.term?.extensionMonths),
    'term.totalMonths': nil(l.term?.totalMonths),
    published: nil(l.published),
    clarificationDeadline: nil(l.clarificationDeadline),
    submissionDeadline: nil(l.submissionDeadline),
    participationDeadline: nil(l.participationDeadline),
    contractStart: nil(l.contractStart),
    'lots.divided': divided,
    'lots.count': divided === true ? nil(l.lots?.count) : null,
    'lots.values': l.lots?.values?.length ? l.lots.values.map(money) : null,
    regime: nil(l.regime),
    nation: nil(l.nation),
    'buyer.name': nil(l.buyer?.name),
    'buyer.kind': nil(l.buyer?.kind),
  };
}

/** The real corpus's older label keys, for the kinds they cover. */
function labelledCorpus(l) {
  const out = {
    'value.amount': money(l.value),
    'value.basis': nil(l.valueBasis),
    'term.totalMonths': nil(l.termMonths),
    published: nil(l.published),
    submissionDeadline: nil(l.submissionDeadline),
    clarificationDeadline: nil(l.clarificationDeadline),
    'lots.divided': nil(l.lotsDivided),
  };
  // "other": a regime outside the enum (a US RFQ, a utilities notice): not scored.
  if (l.regime && l.regime !== 'other') out.regime = l.regime;
  return out;
}

function same(kind, want, got, rep) {
  if (kind === 'buyer.name') {
    if (want === null) return got === null;
    return normName(got) === normName(want) || rep['buyer.aliases'].some((a) => normName(a) === normName(want));
  }
  if (kind === 'lots.values') return JSON.stringify(want) === JSON.stringify(got);
  if (typeof want === 'number' && typeof got === 'number') return Math.abs(want - got) < 1e-6;
  return want === got;
}

const factStats = new Map(); // `${set}\t${format}` -> Map(kind -> {right, total})
const factMisses = [];
function scoreFacts(set, format, name, facts, want) {
  const key = `${set}\t${format}`;
  if (!factStats.has(key)) factStats.set(key, new Map());
  const byKind = factStats.get(key);
  const rep = reported(facts);
  for (const kind of FACT_KINDS) {
    if (!(kind in want)) continue;
    const s = byKind.get(kind) ?? { right: 0, total: 0 };
    byKind.set(kind, s);
    s.total++;
    if (same(kind, want[kind], rep[kind], rep)) s.right++;
    else if (set !== 'held-out')
      factMisses.push(
        `${set} ${format} ${name}: ${kind} labelled ${JSON.stringify(want[kind])}, reported ${JSON.stringify(rep[kind])}`,
      );
  }
}

// ---- Rules ----------------------------------------------------------------------------------

const ruleStats = new Map();
const stat = (set, id) => {
  const key = `${set}\t${id}`;
  if (!ruleStats.has(key)) ruleStats.set(key, { tp: 0, fp: 0, fn: 0, severity: 0 });
  return ruleStats.get(key);
};
const ruleMisses = [];
const miss = (set, line) => {
  if (!set.startsWith('held-out')) ruleMisses.push(line);
};

/** Labelled findings against reported ones: a label matches a finding of its rule whose excerpt is the labelled excerpt or contains its quote. */
function scoreFindings(set, name, got, expected) {
  const left = got.map((f) => ({ ruleId: f.ruleId, excerpt: squash(f.excerpt), severity: f.severity }));
  for (const e of expected) {
    const want = squash(e.excerpt);
    const quote = e.quote ? squash(e.quote) : undefined;
    const i = left.findIndex(
      (g) => g.ruleId === e.ruleId && (g.excerpt === want || (quote && g.excerpt.includes(quote))),
    );
    const s = stat(set, e.ruleId);
    if (i >= 0) {
      s.tp++;
      if (left[i].severity !== e.severity) s.severity++;
      left.splice(i, 1);
    } else {
      s.fn++;
      miss(set, `${set} ${name}: missed ${e.ruleId}: ${e.excerpt}`);
    }
  }
  for (const g of left) {
    if (!ruleIds.has(g.ruleId)) continue;
    stat(set, g.ruleId).fp++;
    miss(set, `${set} ${name}: extra ${g.ruleId}: ${g.excerpt.slice(0, 160)}`);
  }
}

// ---- Findings on the evaluation set ---------------------------------------------------------
// The rules fixtures/eval/README.md has writers label; plain-language is scored apart, from each
// document's acronymsUndefined list, and severity agreement is counted apart from the match.

const EVAL_RULES = new Set([
  'turnover-multiple',
  'dspt-small-contract',
  'unlotted-large-contract',
  'short-tender-period',
  'short-clarification-period',
  'audited-accounts',
  'accounts-history',
  'insurance-before-award',
  'insurance-level',
  'certification-equivalent',
  'cyber-essentials-plus',
  'prior-contract',
  'payment-terms',
  'social-value-weighting',
  'reserves-requirement',
  'below-threshold-selection',
]);
// Acronyms the rule is configured to know (NHS, VAT ...) are not expected, though the labels list every acronym.
const plainRule = rules.find((r) => r.meta.id === 'plain-language');
const knownAcronyms = new Set((plainRule?.meta.options.parse({}).known ?? []).map((k) => k.toUpperCase()));
const acronymStats = new Map(); // set -> { reported, right, labelled, found }
const acronymOf = (f) => /^“([^”]+)”/.exec(f.message)?.[1];

function scoreAcronyms(set, name, findings, labelledAcronyms) {
  if (!acronymStats.has(set)) acronymStats.set(set, { reported: 0, right: 0, labelled: 0, found: 0 });
  const s = acronymStats.get(set);
  const want = new Set(labelledAcronyms.map((a) => a.toUpperCase()));
  const got = new Set(
    findings
      .filter((f) => f.ruleId === 'plain-language')
      .map(acronymOf)
      .filter(Boolean),
  );
  for (const a of got) {
    s.reported++;
    if (want.has(a.toUpperCase())) s.right++;
    else miss(set, `${set} ${name}: extra plain-language: ${a}`);
  }
  for (const a of want) {
    if (knownAcronyms.has(a)) continue;
    s.labelled++;
    if (got.has(a)) s.found++;
    else miss(set, `${set} ${name}: missed plain-language: ${a}`);
  }
}

// ---- Sets -----------------------------------------------------------------------------------

const baseName = (p) =>
  p
    .split(/[\\/]/)
    .pop()
    .replace(/#.*$/, '')
    .replace(/\.\w+$/, '');

// Fixtures: findings must match exactly in every format; facts where the fixture labels them.
if (sets.includes('fixtures')) {
  const dir = join(root, 'fixtures/tenders');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace('.expected.json', ''));
  const labels = Object.fromEntries(
    names.map((n) => [n, JSON.parse(readFileSync(join(dir, `${n}.expected.json`), 'utf8'))]),
  );
  for (const format of formats) {
    const report = await run(names.map((n) => join(dir, `${n}.${format}`)).filter(existsSync), { cwd: root });
    for (const file of report.files) {
      const name = baseName(file.path);
      const label = labels[name];
      if (doRules)
        scoreFindings(
          `fixtures-${format}`,
          name,
          file.findings,
          label.findings.filter((f) => ruleIds.has(f.ruleId)),
        );
      if (doFacts && label.facts) scoreFacts('fixtures', format, name, file.facts, labelled(label.facts));
    }
  }
}

// Corpus: the real published material, each file in its own format.
const corpus = process.env.TENDERLINT_CORPUS ? resolve(process.env.TENDERLINT_CORPUS) : join(root, 'fixtures/corpus');
const corpusLabels = join(root, 'test/corpus/labels.json');
if (sets.includes('corpus') && existsSync(corpus) && existsSync(corpusLabels)) {
  const labels = JSON.parse(readFileSync(corpusLabels, 'utf8'));
  const files = Object.keys(labels).filter((f) => existsSync(join(corpus, f)));
  const report = await run(
    files.map((f) => join(corpus, f)),
    { cwd: corpus },
  );
  for (const file of report.files) {
    const name = file.path.split('#')[0].split(/[\\/]/).pop();
    const label = labels[name];
    if (!label) continue;
    if (doFacts && label.facts) scoreFacts('corpus', 'native', name, file.facts, labelledCorpus(label.facts));
    if (!doRules) continue;
    // Labels name a distinctive substring; OCDS findings on structured fields match on rule id.
    const got = file.findings.map((f) => ({
      ruleId: f.ruleId,
      excerpt: squash(f.excerpt),
      message: f.message,
      severity: f.severity,
      matched: false,
    }));
    for (const l of label.findings.filter((x) => ruleIds.has(x.ruleId))) {
      const want = squash(l.excerptIncludes ?? '');
      // Acronym labels name the acronym; any passage where it is first used unexplained will do.
      const hit = got.find(
        (g) =>
          !g.matched &&
          g.ruleId === l.ruleId &&
          (l.acronym
            ? new RegExp(`\\b${l.acronym}\\b`).test(g.message)
            : g.excerpt.includes(want) || want.includes(g.excerpt) || l.field),
      );
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
        miss('corpus', `corpus ${name}: missed ${l.ruleId}: ${l.excerptIncludes}`);
      }
    }
    // Plain-language labels are a sample, so extra ones are not false positives; repeats of a matched passage count once.
    for (const g of got.filter((x) => !x.matched && x.ruleId !== 'plain-language')) {
      if (got.some((x) => x.matched && x.ruleId === g.ruleId && x.excerpt === g.excerpt)) continue;
      stat('corpus', g.ruleId).fp++;
      miss('corpus', `corpus ${name}: extra ${g.ruleId}: ${g.excerpt.slice(0, 120)}`);
    }
  }
} else if (sets.includes('corpus')) {
  console.error(
    `corpus: not measured (no ${existsSync(corpus) ? 'labels' : 'corpus directory'}; set TENDERLINT_CORPUS to the corpus directory)`,
  );
}

// The blind evaluation set: each half in each format.
for (const half of ['dev', 'held-out']) {
  if (!sets.includes(half)) continue;
  const dir = join(root, 'fixtures/eval', half);
  if (!existsSync(dir)) {
    console.error(`${half}: no fixtures/eval/${half} in this checkout`);
    continue;
  }
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .map((f) => f.replace('.labels.json', ''))
    .filter(inBatch)
    .sort();
  const labels = Object.fromEntries(
    ids.map((id) => [id, JSON.parse(readFileSync(join(dir, `${id}.labels.json`), 'utf8'))]),
  );
  for (const format of formats) {
    const paths = ids.map((id) => join(dir, `${id}.${format}`)).filter(existsSync);
    if (paths.length < ids.length)
      console.error(
        `${half} ${format}: ${ids.length - paths.length} of ${ids.length} documents have no .${format} (run scripts/make-fixtures.mjs --dir fixtures/eval/${half})`,
      );
    const report = await run(paths, { cwd: root });
    for (const file of report.files) {
      const id = baseName(file.path);
      const label = labels[id];
      if (doFacts) scoreFacts(half, format, id, file.error ? null : file.facts, labelled(label.facts));
      if (doRules && label.findingsLabelled) {
        const findings = file.findings ?? [];
        scoreFindings(
          `${half}-${format}`,
          id,
          findings.filter((f) => EVAL_RULES.has(f.ruleId)),
          label.findings.filter((f) => EVAL_RULES.has(f.ruleId)),
        );
        scoreAcronyms(`${half}-${format}`, id, findings, label.acronymsUndefined ?? []);
      }
    }
  }
}

// ---- Output ---------------------------------------------------------------------------------

const columns = [...factStats.keys()];
const factRows = FACT_KINDS.map((kind) => ({
  kind,
  cells: columns.map((c) => factStats.get(c).get(kind) ?? null),
}));
const ruleRows = [...ruleStats]
  .map(([k, s]) => {
    const [set, rule] = k.split('\t');
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : null;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : null;
    return { set, rule, ...s, precision: p, recall: r };
  })
  .sort((a, b) => a.set.localeCompare(b.set) || a.rule.localeCompare(b.rule));

// Over all labelled rules, per evaluation half and format; severity agreement among the matches.
const evalSets = [...new Set(ruleRows.map((r) => r.set).filter((x) => /^(dev|held-out)-/.test(x)))];
const overall = evalSets.map((set) => {
  const rows = ruleRows.filter((r) => r.set === set && EVAL_RULES.has(r.rule));
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  const tp = sum('tp'),
    fp = sum('fp'),
    fn = sum('fn'),
    wrongSeverity = sum('severity');
  return {
    set,
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    severityAgreement: tp ? (tp - wrongSeverity) / tp : null,
  };
});
const acronyms = [...acronymStats].map(([set, s]) => ({
  set,
  ...s,
  precision: s.reported ? s.right / s.reported : null,
  recall: s.labelled ? s.found / s.labelled : null,
}));

if (argv.includes('--json')) {
  const facts = Object.fromEntries(
    columns.map((c) => [
      c.replace('\t', ' '),
      Object.fromEntries(
        [...factStats.get(c)].map(([k, s]) => [k, { ...s, accuracy: s.total ? s.right / s.total : null }]),
      ),
    ]),
  );
  console.log(
    JSON.stringify(
      { facts, rules: ruleRows, overall, acronyms, ...(showMisses ? { misses: [...factMisses, ...ruleMisses] } : {}) },
      null,
      2,
    ),
  );
} else {
  if (doFacts && columns.length) {
    const head = columns.map((c) => c.replace('\t', ' ').padStart(14)).join(' ');
    console.log(`Facts: accuracy (right/labelled) per fact kind\n${'fact'.padEnd(22)} ${head}`);
    for (const r of factRows) {
      const cells = r.cells
        .map((s) => (s ? `${(s.right / s.total).toFixed(2)} ${`${s.right}/${s.total}`.padStart(5)}` : '-').padStart(14))
        .join(' ');
      console.log(`${r.kind.padEnd(22)} ${cells}`);
    }
    const overall = columns
      .map((c) => {
        let right = 0,
          total = 0;
        for (const s of factStats.get(c).values()) {
          right += s.right;
          total += s.total;
        }
        return `${(total ? right / total : 0).toFixed(2)}`.padStart(14);
      })
      .join(' ');
    console.log(`${'all facts'.padEnd(22)} ${overall}`);
  }
  if (doRules && ruleRows.length) {
    const pct = (x) => (x === null ? '   -' : `${Math.round(x * 100)}%`.padStart(4));
    console.log('\nRules\nset              rule                          tp  fp  fn  sev  precision  recall');
    for (const r of ruleRows)
      console.log(
        `${r.set.padEnd(16)} ${r.rule.padEnd(29)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.severity).padStart(4)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}`,
      );
  }
  if (doRules && overall.length) {
    const pct = (x) => (x === null ? '   -' : `${Math.round(x * 100)}%`.padStart(4));
    const cell = (r) => (r ? `${pct(r.precision)} ${pct(r.recall)}`.padStart(11) : '-'.padStart(11));
    console.log(
      `\nFindings on the evaluation set: precision recall per rule\n${'rule'.padEnd(29)} ${evalSets.map((x) => x.padStart(11)).join(' ')}`,
    );
    for (const rule of EVAL_RULES) {
      console.log(
        `${rule.padEnd(29)} ${evalSets.map((set) => cell(ruleRows.find((r) => r.set === set && r.rule === rule))).join(' ')}`,
      );
    }
    console.log(`${'all rules'.padEnd(29)} ${overall.map(cell).join(' ')}`);
    console.log(
      `${'severity agrees (matches)'.padEnd(29)} ${overall.map((o) => pct(o.severityAgreement).padStart(11)).join(' ')}`,
    );
    console.log(
      `${'plain-language (acronyms)'.padEnd(29)} ${evalSets.map((set) => cell(acronyms.find((a) => a.set === set))).join(' ')}`,
    );
    console.log(
      `${'  tp/fp/fn all rules'.padEnd(29)} ${overall.map((o) => `${o.tp}/${o.fp}/${o.fn}`.padStart(11)).join(' ')}`,
    );
  }
  if (showMisses && (factMisses.length || ruleMisses.length))
    console.log('\n' + [...factMisses, ...ruleMisses].join('\n'));
}

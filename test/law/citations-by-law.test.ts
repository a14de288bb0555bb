import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { LAWS, lawsOfCitation } from '../../linter/core/law.js';
import type { Law, StatedFacts } from '../../linter/core/model/facts.js';
import type { Citation, Finding } from '../../linter/core/model/finding.js';
import { parseOcds } from '../../linter/core/parse/ocds.js';
import { parseMarkdown } from '../../linter/core/parse/markdown.js';
import { lintDocument } from '../../linter/core/lint.js';

/** Facts that put an example under each law (the example's own facts stay, these win). */
const UNDER: Record<Law, StatedFacts> = {
  pa2023: { nation: 'england' },
  'pa2023-wales': { nation: 'wales' },
  pcr2015: { begun: '2024-06-03' },
  psr: { regime: 'psr' },
  scotland: { nation: 'scotland' },
};

/**
 * Does a citation belong to a document governed by `law`? Procurement law must be that law's own
 * (the Procurement Act serves England and devolved Wales alike). Only a Procurement Act document
 * may name another regime's provision, and then only as a benchmark (the 2015 Regulations' 2 x
 * turnover cap). Guidance, policy and other statutes belong everywhere.
 */
function belongs(c: Citation, law: Law): boolean {
  const laws = lawsOfCitation(c);
  if (!laws) return true;
  if (laws.includes(law)) return true;
  const pa = law === 'pa2023' || law === 'pa2023-wales';
  return pa && c.kind === 'benchmark' && !laws.includes('pa2023');
}

/** Words in a message or fix that name a law other than the governing one. */
const FOREIGN: Record<Law, RegExp> = {
  pa2023: /Public Contracts Regulations|PCR 2015|\(Scotland\)|Provider Selection Regime \(|PSR Sch/,
  'pa2023-wales': /Public Contracts Regulations|PCR 2015|\(Scotland\)|Provider Selection Regime \(|PSR Sch/,
  pcr2015: /PA23|Procurement Act 2023|\(Scotland\)|PPN 002|PPN 014/,
  psr: /PA23|Procurement Act 2023|Public Contracts Regulations|PCR 2015|\(Scotland\)/,
  scotland: /PA23|Procurement Act 2023|Public Contracts Regulations 2015 \(|PCR 2015|PPN 002|PPN 014/,
};

function check(f: Finding, law: Law): void {
  for (const c of f.citations)
    expect(belongs(c, law), `${f.ruleId} under ${law} cites ${c.title}, ${c.section}`).toBe(true);
  expect(`${f.message} ${f.fix}`, `${f.ruleId} under ${law}`).not.toMatch(FOREIGN[law]);
}

function lintAs(id: string, text: string, stated: StatedFacts) {
  const config = {
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === id ? r.meta.severity : 'off'])),
  };
  const r = lintDocument(parseMarkdown('example.md', text), { config, stated });
  return { facts: r.facts, findings: r.findings.filter((f) => f.ruleId === id) };
}

describe('every rule cites only the law that governs the document', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))(
    '%s: every entry of its law table belongs to its law',
    (_, rule) => {
      for (const law of LAWS) {
        const e = rule.meta.citations[law];
        if (e.basis === 'none') {
          expect(e.note.length, `${rule.meta.id} under ${law}: say why it does not fire`).toBeGreaterThan(10);
          continue;
        }
        expect(e.cite.length, `${rule.meta.id} under ${law}`).toBeGreaterThan(0);
        for (const c of e.cite)
          expect(belongs(c, law), `${rule.meta.id} under ${law} cites ${c.title}, ${c.section}`).toBe(true);
        if (e.basis !== 'law')
          expect(
            e.cite.some((c) => c.kind !== 'law') || e.ceiling !== undefined || e.basis === 'policy',
            `${rule.meta.id} under ${law}`,
          ).toBe(true);
      }
    },
  );

  const counts = Object.fromEntries(LAWS.map((l) => [l, 0])) as Record<Law, number>;
  it.each(rules.flatMap((r) => LAWS.map((l) => [r.meta.id, l, r] as const)))(
    '%s under %s: its flagged examples cite only that law',
    (_, law, rule) => {
      for (const ex of rule.meta.examples.flag) {
        // The example's own dates may still put it under another law (a 2024 notice stays under the PCR 2015): judge by the law its facts resolve.
        const { facts, findings } = lintAs(rule.meta.id, ex.text, { ...ex.facts, ...UNDER[law] });
        for (const f of findings) {
          check(f, facts.regime.law);
          counts[facts.regime.law]++;
        }
      }
    },
  );

  it('judged findings under every law (the table above is not vacuous)', () => {
    for (const l of LAWS) expect(counts[l], l).toBeGreaterThan(20);
  });
});

describe('the real corpus: no PCR 2015 or Scottish notice cites the Procurement Act 2023', () => {
  const dir = join(import.meta.dirname, '../../fixtures/corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') || (f.endsWith('.md') && f !== 'MANIFEST.md'));
  it.each(files)('%s', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const docs = name.endsWith('.json') ? parseOcds(name, text) : [parseMarkdown(name, text)];
    for (const doc of docs) {
      const r = lintDocument(doc);
      for (const f of r.findings) check(f, r.facts.regime.law);
      if (name.startsWith('pcs-')) {
        expect(r.facts.regime.law).toBe('scotland');
        for (const f of r.findings) expect(JSON.stringify(f)).not.toMatch(/Procurement Act 2023|PA23/);
      }
    }
  });
});

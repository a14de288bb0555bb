import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { ruleDoc, ruleTable } from '../../linter/report/rule-docs.js';
import { allCitations, LAW_NAMES, LAWS } from '../../linter/core/law.js';

const ROOT = join(import.meta.dirname, '../..');

// Docs are generated from the rules' metadata by `npm run docs`; a missing or stale page fails here.
describe('rule docs', () => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md is current', (id, rule) => {
    const path = join(ROOT, 'docs/rules', `${id}.md`);
    expect(existsSync(path), `${path} is missing: run npm run docs`).toBe(true);
    expect(readFileSync(path, 'utf8'), `docs/rules/${id}.md is stale: run npm run docs`).toBe(ruleDoc(rule));
  });

  it('gives every page the template sections and every source a link', () => {
    for (const rule of rules) {
      const doc = ruleDoc(rule);
      for (const h of [
        '## What it checks',
        '## Why',
        '### Sources',
        '## Examples',
        '### Flagged',
        '### Fine',
        '## Configuration',
        '## Exclusions',
      ])
        expect(doc).toContain(h);
      for (const c of allCitations(rule.meta.citations)) expect(doc).toContain(`](${c.url})`);
      // The law table: one row per law, each saying its basis or that the rule does not fire.
      for (const l of LAWS)
        expect(doc).toMatch(
          new RegExp(
            `\\| ${LAW_NAMES[l].replace(/[()]/g, '\\$&')} \\| (?:law|policy, not law|good practice|does not fire)`,
          ),
        );
    }
  });

  it('keeps the README rule table current between its markers (a missing marker fails)', () => {
    const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(text);
    expect(m, 'README.md lost its <!-- rules:start --> ... <!-- rules:end --> markers').not.toBeNull();
    expect(m![1], 'README rule table is stale: run npm run docs').toBe(ruleTable(rules));
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { testRuleExamples } from './harness.js';

/**
 * Rules whose examples cannot show them working, each with the reason and where the rule is tested
 * instead. Their examples still run; only the five-and-five minimum is lowered to what they have.
 */
const EXEMPT: Record<string, { minimum: number; why: string }> = {
  'needs-ocr': {
    minimum: 0,
    why: 'a scan cannot be written as a Markdown example: the rule fires on PDFs without a text layer, tested on fixtures/broken/scanned.pdf (test/hostile/broken-corpus.test.ts) and in test/parse/silent-gaps.test.ts',
  },
};

// Every registered rule is held to its own examples: the same examples its docs page prints.
for (const rule of rules) testRuleExamples(rule, { minimum: EXEMPT[rule.meta.id]?.minimum ?? 5 });

describe('the example harness', () => {
  it('covers every rule file in rules/ (each one is in the registry)', () => {
    const files = readdirSync(join(ROOT, 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });

  it('exempts only registered rules that really have too few examples, each with a reason', () => {
    for (const [id, { minimum, why }] of Object.entries(EXEMPT)) {
      const rule = rules.find((r) => r.meta.id === id);
      expect(rule, `${id} is exempt but not registered`).toBeDefined();
      const { flag, pass } = rule!.meta.examples;
      expect(Math.min(flag.length, pass.length), `${id} now has five of each: drop its exemption`).toBeLessThan(5);
      expect(Math.min(flag.length, pass.length)).toBeGreaterThanOrEqual(minimum);
      expect(why.length).toBeGreaterThan(40);
    }
  });
});

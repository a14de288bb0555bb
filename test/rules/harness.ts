import { describe, expect, it } from 'vitest';
import type { Rule, RuleExample } from '../../linter/core/rule.js';
import type { Finding } from '../../linter/core/model/finding.js';
import { parseMarkdown } from '../../linter/core/parse/markdown.js';
import { lintDocument } from '../../linter/core/lint.js';
import { rules } from '../../rules/index.js';

/** Lints an example's Markdown with only `rule` switched on, and the example's facts stated as flags. */
export function lintExample(
  rule: Rule,
  example: Pick<RuleExample, 'text' | 'facts'>,
  options?: Record<string, unknown>,
): Finding[] {
  const doc = parseMarkdown('example.md', example.text);
  const config = {
    rules: Object.fromEntries(
      rules.map((r) => [r.meta.id, r.meta.id === rule.meta.id ? (options ? { options } : r.meta.severity) : 'off']),
    ),
  };
  return lintDocument(doc, { config, ...(example.facts ? { stated: example.facts } : {}) }).findings.filter(
    (f) => f.ruleId === rule.meta.id,
  );
}

const label = (e: RuleExample) => (e.text.length > 90 ? `${e.text.slice(0, 87)}...` : e.text).replace(/\n/g, ' ');

/**
 * The rule's own examples as a test table: every flag example gives at least one finding of the rule
 * with the expected severity and message; every pass example gives none. The docs print the same
 * examples, so a wrong example fails here before it misleads a reader.
 */
export function testRuleExamples(rule: Rule, { minimum = 5 }: { minimum?: number } = {}): void {
  const { meta } = rule;
  describe(`${meta.id}: its examples`, () => {
    it(`has at least ${minimum} flagged and ${minimum} fine examples`, () => {
      expect(meta.examples.flag.length).toBeGreaterThanOrEqual(minimum);
      expect(meta.examples.pass.length).toBeGreaterThanOrEqual(minimum);
    });

    it.each(meta.examples.flag.map((e) => [label(e), e] as const))('flags: %s', (_, example) => {
      const findings = lintExample(rule, example);
      expect(findings.length, 'expected at least one finding').toBeGreaterThanOrEqual(1);
      const severity = example.severity ?? meta.severity;
      const matching = findings.filter(
        (f) => f.severity === severity && (example.message === undefined || f.message.includes(example.message)),
      );
      expect(matching, `findings: ${JSON.stringify(findings.map((f) => [f.severity, f.message]))}`).not.toHaveLength(0);
      for (const f of matching) {
        expect(f.fix.length).toBeGreaterThan(0);
        expect(f.citations.length).toBeGreaterThan(0);
      }
      // What reports and the extension read instead of the message: the kind, the title, the block.
      for (const f of findings) {
        expect(Object.keys(meta.messages), `messageId ${f.messageId}`).toContain(f.messageId);
        expect(f.title).toBe(meta.title);
        expect(typeof f.data).toBe('object');
        expect(f.location.block, 'the location names its block').toBeGreaterThanOrEqual(1);
      }
    });

    it.each(meta.examples.pass.map((e) => [label(e), e] as const))('passes: %s', (_, example) => {
      expect(lintExample(rule, example).map((f) => f.message)).toEqual([]);
    });
  });
}

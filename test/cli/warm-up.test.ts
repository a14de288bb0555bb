import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../linter/core/lint.js';
import { sampleTender, warmUp } from '../../linter/node/warm-up.js';

// The parse child lints this sample before its first file: it is only worth its time if it takes the
// engine down the paths a real tender does (facts, dates, the rules that read requirements).
describe('the warm-up sample', () => {
  const { findings, facts } = lintDocument(sampleTender());

  it('is read as a tender: value, term and dates', () => {
    expect(facts.value?.amount).toBe(240_000);
    expect(facts.term?.totalMonths).toBe(36);
    expect(facts.submissionDeadline?.date).toBe('2026-03-30');
  });

  it('reaches the requirement rules', () => {
    const rules = new Set(findings.map((f) => f.ruleId));
    for (const id of ['turnover-multiple', 'insurance-before-award', 'prior-contract', 'reserves-requirement'])
      expect(rules, id).toContain(id);
  });

  it('is linted a paragraph at a time, once per process, and stops when asked', async () => {
    const sizes: number[] = [];
    let calls = 0;
    await warmUp(
      (docs) => sizes.push(docs[0]!.blocks.length),
      () => ++calls > 3,
    );
    expect(sizes).toEqual([1, 1, 1]);
    await warmUp(() => sizes.push(0));
    expect(sizes).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseBytes } from '../../linter/core/parse/index.js';
import { lintDocument } from '../../linter/core/lint.js';
import {
  allFindingsText,
  clarificationQuestion,
  findingText,
  summaryText,
  titleOf,
  whereText,
} from '../../extension/ui/finding-text.js';
import { factLines } from '../../extension/ui/facts-view.js';

describe('rule titles come from rule metadata', () => {
  it.each(rules.map((r) => [r.meta.id, r.meta.title] as const))('%s has a human title', (id, title) => {
    expect(title.length).toBeGreaterThan(8);
    expect(title.length).toBeLessThanOrEqual(64);
    expect(title).not.toContain(id);
    expect(title).toMatch(/^[A-Z]/);
    expect(titleOf(id)).toBe(title);
  });
  it('checks outside the registry get their id in words', () =>
    expect(titleOf('unused-suppression')).toBe('Unused suppression'));
  it('titles are distinct', () => expect(new Set(rules.map((r) => r.meta.title)).size).toBe(rules.length));
});

const text = `# Invitation to tender: Library courier service

The total contract value is £150,000 excluding VAT over 1 year. The buyer is Westshire County Council.

Bidders must have a minimum annual turnover of £1,000,000 in each of the last three years.

This notice is published on 2 February 2026. Tenders are due by 9 February 2026.
`;

async function lint(source = text) {
  const [doc] = await parseBytes('courier.md', new TextEncoder().encode(source));
  return lintDocument(doc!);
}

describe('finding text for the clipboard', () => {
  it('a finding as text carries its severity, title, numbers, passage, fix and sources', async () => {
    const { findings } = await lint();
    const f = findings.find((x) => x.ruleId === 'turnover-multiple')!;
    const t = findingText(f);
    expect(t).toMatch(/^Error: Turnover demand over twice the annual value \(turnover-multiple\), line 5\n/);
    expect(t).toContain(f.message);
    expect(t).toContain(
      'Flagged text: “Bidders must have a minimum annual turnover of £1,000,000 in each of the last three years.”',
    );
    expect(t).toContain(`How to fix it: ${f.fix}`);
    expect(t).toContain(`Source: ${f.citations[0]!.title}`);
  });

  it('a clarification question quotes the passage, gives the numbers, proposes the fix as a question, and thanks', async () => {
    const { findings } = await lint();
    const f = findings.find((x) => x.ruleId === 'turnover-multiple')!;
    const q = clarificationQuestion(f, {
      title: 'Library courier service',
      id: '001234-2026',
      buyer: 'Westshire County Council',
    });
    expect(q.split('\n')[0]).toBe('Clarification question about “Library courier service” (notice 001234-2026)');
    expect(q).toContain(
      'The tender documents (line 5) say: “Bidders must have a minimum annual turnover of £1,000,000 in each of the last three years.”',
    );
    expect(q).toContain(`As we read it: ${f.message}`);
    expect(q).toMatch(/Would the Westshire County Council consider the following: [a-z].*\?/);
    expect(q).toContain('could you explain why it is needed for this contract');
    expect(q.trimEnd().endsWith('Thank you.')).toBe(true);
    // Without a notice, it still reads.
    expect(clarificationQuestion(f).split('\n')[0]).toBe('Clarification question about this opportunity');
  });

  it('all findings as text, most severe first, with the count', async () => {
    const { findings } = await lint();
    const t = allFindingsText('courier.md', findings);
    expect(t.split('\n')[0]).toBe(`tenderlint on courier.md: ${summaryText(findings)}`);
    expect(t.indexOf('Error:')).toBeLessThan(t.indexOf('Warning:') < 0 ? Infinity : t.indexOf('Warning:'));
  });

  it('where a finding is, in words', () => {
    expect(whereText({ page: 3, line: 12 })).toBe('page 3, line 12');
    expect(whereText({ block: 7 })).toBe('paragraph 7');
    expect(whereText({ block: 7, heading: 'Selection' })).toBe('paragraph 7, under “Selection”');
    expect(whereText({})).toBe('');
  });
});

describe('what was read', () => {
  it('lists the facts the rules judged on, from the lint result', async () => {
    const { facts } = await lint();
    const lines = Object.fromEntries(factLines(facts).map((l) => [l.label, l]));
    expect(lines.Value).toMatchObject({
      value: '£150,000 in total, excluding VAT',
      found: true,
      source: 'from the text',
    });
    expect(lines.Term).toMatchObject({ value: '1 year', found: true });
    expect(lines.Published).toMatchObject({ value: '2 February 2026', found: true });
    expect(lines['Submission deadline']).toMatchObject({ value: '9 February 2026', found: true });
    expect(lines.Regime!.value).toBe('Procurement Act 2023, below threshold (Part 6)');
  });

  it('says "not found" for what was not there, so a clean result shows what it could not judge', async () => {
    const { facts } = await lint('# A note\n\nWe will clean the offices.\n');
    const lines = Object.fromEntries(factLines(facts).map((l) => [l.label, l]));
    expect(lines.Value).toEqual({ label: 'Value', value: 'not found', found: false });
    expect(lines['Submission deadline']!.found).toBe(false);
    expect(lines.Regime!.source).toBe('assumed: nothing said otherwise');
  });

  it('lists requirements when the lint result carries them', async () => {
    const { facts } = await lint();
    const withReqs = { ...facts, requirements: [{ summary: 'Turnover £1,000,000' }, { text: 'Audited accounts' }] };
    expect(factLines(withReqs as typeof facts).at(-1)).toEqual({
      label: 'Requirements (2)',
      value: 'Turnover £1,000,000; Audited accounts',
      found: true,
    });
  });
});

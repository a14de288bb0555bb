import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../linter/core/parse/markdown.js';
import { clausesOf, inlineItems, spanOf } from '../../linter/core/extract/clauses/clauses.js';
import { locatePassage } from '../../linter/core/text/locate.js';
import { lintDocument } from '../../linter/core/lint.js';
import type { Block, TenderDocument } from '../../linter/core/model/document.js';

const clauses = (md: string) => clausesOf(parseMarkdown('t.md', md));

describe('clauses', () => {
  it('splits paragraphs into sentences, keeping abbreviations, figures and question numbers whole', () => {
    const c = clauses(
      'Minimum turnover is approx. £200,000 per annum. Lots: No. Reasons: one team. Q3. Do you hold cover?',
    );
    expect(c.map((x) => x.text)).toEqual([
      'Minimum turnover is approx. £200,000 per annum.',
      'Lots: No.',
      'Reasons: one team.',
      'Q3. Do you hold cover?',
    ]);
  });

  it('gives a list item its lead-in, and quotes the item alone', () => {
    const c = clauses('Bidders must:\n\n- hold ISO 9001;\n- provide two references.').filter(
      (x) => x.kind === 'list-item',
    );
    expect(c.map((x) => x.text)).toEqual(['Bidders must: hold ISO 9001;', 'Bidders must: provide two references.']);
    expect(c.map((x) => x.excerpt)).toEqual(['hold ISO 9001;', 'provide two references.']);
    expect(c[0]!.leadIn?.text).toBe('Bidders must:');
  });

  // Round 15 dev half, PDF: lists printed without their bullets arrive as paragraphs.
  const bulletsLost: Array<[string, string, string[]]> = [
    [
      'the last item, ending in a full stop, after an item ending in ";"',
      'Bidders must hold the following certifications:\n\nISO 9001 certification covering quality management;\n\nISO 45001 certification covering the health and safety of delivery drivers.\n\nDrivers must be trained in cylinder handling.',
      [
        'ISO 9001 certification covering quality management;',
        'ISO 45001 certification covering the health and safety of delivery drivers.',
      ],
    ],
    [
      'items run together into one paragraph (drawn bullets), split at each "; "',
      'Providers must hold, at the point of submission:\n\na minimum annual turnover of £1,000,000 in the most recent financial year; registration with the Care Quality Commission for the regulated activity; and professional indemnity insurance of £5,000,000.',
      [
        'a minimum annual turnover of £1,000,000 in the most recent financial year;',
        'registration with the Care Quality Commission for the regulated activity;',
        'professional indemnity insurance of £5,000,000.',
      ],
    ],
    [
      'one item whose "; " opens no phrase of its own',
      'Bidders must provide:\n\nthree years of accounts; or less if newly formed.',
      ['three years of accounts; or less if newly formed.'],
    ],
  ];
  it.each(bulletsLost)('finds the items of a list whose bullets were lost: %s', (_, md, items) => {
    const c = clauses(md);
    expect(c.filter((x) => x.kind === 'list-item').map((x) => x.excerpt)).toEqual(items);
    expect(c.at(-1)!.kind).toBe(md.endsWith('handling.') ? 'sentence' : 'list-item');
  });

  // Round 12 dev half: the requirement was in the footnote, which the Markdown reader skipped.
  it('reads footnotes as paragraphs where they are written', () => {
    const c = clauses(
      'Laundries must be accredited.[^2]\n\n[^2]: Every laundry must be certified to BS EN 14065 at the date of tender submission.',
    );
    expect(c.map((x) => x.text)).toContain(
      'Every laundry must be certified to BS EN 14065 at the date of tender submission.',
    );
  });

  // Round 12 dev half: "bidders must: (a) hold ...; (b) operate ... or to an equivalent standard; and (c) ...".
  it('finds the items of a list written inline in one sentence', () => {
    const t =
      'To be considered, bidders must: (a) hold a current Cyber Essentials Plus certificate; (b) operate a system certified to ISO 9001 or to an equivalent standard; and (c) provide two references.';
    expect(inlineItems(t).map((r) => t.slice(r.start, r.end).trim())).toEqual([
      '(a) hold a current Cyber Essentials Plus certificate;',
      '(b) operate a system certified to ISO 9001 or to an equivalent standard; and',
      '(c) provide two references.',
    ]);
    expect(inlineItems('Suppliers must hold ISO 9001 (see note 1) and ISO 14001.')).toEqual([]);
  });

  it('gives a table row its header and cells', () => {
    const row = clauses(
      '| Ref | Condition | Assessment |\n| --- | --- | --- |\n| C1 | Minimum turnover of £250,000 | PASS/FAIL |',
    ).at(-1)!;
    expect(row.kind).toBe('table-row');
    expect(row.header).toEqual(['Ref', 'Condition', 'Assessment']);
    expect(row.cells).toEqual(['C1', 'Minimum turnover of £250,000', 'PASS/FAIL']);
  });

  it('joins a sentence cut by a page break, and locates it from its first page to its last', () => {
    const block = (index: number, text: string, page: number): Block => ({
      index,
      kind: 'paragraph',
      text,
      headingPath: [],
      location: { page, line: 40 },
      segments: [{ at: 0, loc: { page, line: 40, column: 1 } }],
    });
    const doc: TenderDocument = {
      path: 't.pdf',
      format: 'pdf',
      stated: {},
      notes: [],
      blocks: [
        block(0, 'Bidders must hold public liability insurance of', 1),
        block(1, 'at least £10,000,000 at the time of tender submission.', 2),
      ],
    };
    const [c, ...rest] = clausesOf(doc);
    expect(rest).toEqual([]);
    expect(c!.text).toBe(
      'Bidders must hold public liability insurance of at least £10,000,000 at the time of tender submission.',
    );
    expect(c!.parts.map((p) => p.block.index)).toEqual([0, 1]);
    expect(locatePassage(c!)).toMatchObject({ page: 1, line: 40 });
  });

  it('a finding on a list item quotes the item and points at it; a stage its lead-in sets is reported once, on the lead-in', () => {
    const md =
      'The following insurance must be held at the time of tender submission:\n\n- employer’s liability insurance of £5,000,000;\n- public liability insurance of £2,000,000.';
    const { findings, requirements } = lintDocument(parseMarkdown('t.md', md));
    expect(findings.filter((x) => x.ruleId === 'insurance-before-award').map((x) => x.excerpt)).toEqual([
      'The following insurance must be held at the time of tender submission:',
    ]);
    const level = lintDocument(parseMarkdown('t.md', md.replace('£5,000,000', '£10,000,000'))).findings.find(
      (x) => x.ruleId === 'insurance-level',
    );
    expect(level?.excerpt).toBe('employer’s liability insurance of £10,000,000;');
    expect(level?.location.line).toBe(3);
    expect(requirements.filter((r) => r.topic === 'insurance' && r.leadIn).map((r) => [r.when, r.leadIn])).toEqual([
      ['bid', 'The following insurance must be held at the time of tender submission:'],
      ['bid', 'The following insurance must be held at the time of tender submission:'],
    ]);
  });

  describe('spanOf: a requirement stated over several clauses', () => {
    it('joins the sentences of a paragraph and locates from the first to the last', () => {
      const cs = clauses(
        'Intro.\n\nStage 1 is a questionnaire. It is marked pass/fail. Those who pass are invited to tender.',
      );
      const span = spanOf(cs[1]!, cs[3]!);
      expect(span.text).toBe(
        'Stage 1 is a questionnaire. It is marked pass/fail. Those who pass are invited to tender.',
      );
      expect(span.excerpt).toBeUndefined();
      expect(locatePassage(span)).toMatchObject({ line: 3, column: 1, endLine: 3 });
    });

    it('gives later list items without their lead-in again, and quotes from the first item’s own words', () => {
      const cs = clauses(
        'Selection has two steps:\n\n1. Expressions of interest are scored.\n2. The top four are invited to tender.',
      );
      const [, first, second] = cs;
      const span = spanOf(first!, second!);
      expect(span.excerpt).toBe('Expressions of interest are scored. The top four are invited to tender.');
      expect(locatePassage(span)).toMatchObject({ line: 3, endLine: 4 });
    });

    it('is the clause itself when first and last are one, or last does not follow first', () => {
      const cs = clauses('One. Two.');
      expect(spanOf(cs[0]!, cs[0]!)).toBe(cs[0]);
      expect(spanOf(cs[1]!, cs[0]!)).toBe(cs[1]);
    });
  });

  it('a selection stage whose gate is in a later sentence is quoted with it', () => {
    const md =
      'The contract value is £60,000. Stage 1: suppliers complete the suitability questionnaire. It is marked pass/fail. Only those who pass Stage 1 will be invited to tender.';
    const f = lintDocument(parseMarkdown('t.md', md)).findings.find((x) => x.ruleId === 'below-threshold-selection');
    expect(f?.excerpt).toBe(
      'Stage 1: suppliers complete the suitability questionnaire. It is marked pass/fail. Only those who pass Stage 1 will be invited to tender.',
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../linter/core/parse/pdf.js';
import { ROOT } from '../cli/helpers.js';

// PDFs printed by chromium from the evaluation set's dev half (never the held-out half): layouts
// the line-to-block assembly once got wrong.
const pdf = (id: string) =>
  parsePdf(`${id}.pdf`, new Uint8Array(readFileSync(join(ROOT, 'fixtures/eval/dev', `${id}.pdf`))));

describe('PDF blocks', () => {
  it('keeps a run of labelled timetable lines as one block each (their bullets are drawn, not text)', async () => {
    const doc = await pdf('r4-16-lagan-moss-water-hygiene');
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain('Clarification questions: no later than 4 working days before the closing date');
    expect(texts).toContain('Closing date for tenders: 12:00 noon on Friday 20 March 2026');
  });

  it('does not split a label that wrapped ("... Contracts" / "Finder: 1 November 2027")', async () => {
    const doc = await pdf('r5-20-westmarch-bootcamps-evaluation');
    expect(doc.blocks.map((b) => b.text).join('\n')).toContain(
      'Published on Find a Tender and Contracts Finder: 1 November 2027',
    );
  });

  it('keeps a bare number inside a page: a table cell that wrapped ("Lot" / "3"), not a page number', async () => {
    const doc = await pdf('r3-15-npba-fleet-telematics-framework');
    const row = doc.blocks.find((b) => b.kind === 'table-row' && b.text.includes('Fleet data, analytics'));
    expect(row?.text).toMatch(/^Lot 3 \| Fleet data/);
  });

  it('starts a cell at a column the page uses, after a gap narrower than usual (a cell filled to its edge)', async () => {
    const doc = await pdf('r2-26-marlfen-icb-digital-weight');
    const row = doc.blocks.find((b) => b.kind === 'table-row' && b.text.startsWith('Information governance'));
    expect(row?.text).toBe(
      'Information governance | Providers must hold a Data Security and Protection Toolkit assessment at Standards Met at the time of tender submission | PASS/FAIL',
    );
  });

  it('keeps a wrapped cell in its row when the table pads its rows, whatever the case of the wrapped line', async () => {
    const doc = await pdf('r37-16-calderbrook-trust-car-park-rfq');
    const rows = doc.blocks.filter((b) => b.kind === 'table-row').map((b) => b.text);
    expect(rows).toContain(
      'Confirm that you have held the Data Security and Protection Toolkit (DSPT) at Standards Met for the last published year, and provide your organisation code. | Fail if the DSPT is not at Standards Met when quotations close.',
    );
    expect(rows.some((r) => r.startsWith('Toolkit'))).toBe(false);
  });
});

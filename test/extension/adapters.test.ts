import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../extension/adapters/read-page.js';
import { adapters } from '../../extension/adapters/portals.js';
import { classifyLabel } from '../../extension/adapters/fields.js';
import type { PortalAdapter } from '../../extension/adapters/types.js';
import { lintDocument } from '../../linter/core/lint.js';

const PORTALS = join(import.meta.dirname, '../../fixtures/portals');

function read(file: string, adapter: PortalAdapter, url: string) {
  const { document } = parseHTML(readFileSync(join(PORTALS, file), 'utf8'));
  return readPage(document, adapter, url);
}

describe('portal adapters read the labelled fields of each snapshot', () => {
  it('Find a Tender (GOV.UK summary lists)', () => {
    const r = read(
      'find-a-tender.html',
      adapters.findATender,
      'https://www.find-tender.service.gov.uk/Notice/001234-2026',
    );
    expect(r.stated).toEqual({
      published: '2026-01-12 09:15',
      contractType: 'services',
      value: 1_500_000,
      vat: 'excluding',
      valueBasis: 'total',
      termMonths: 36,
      lots: 1,
      clarificationDeadline: '2026-01-19 17:00',
      deadline: '2026-01-26 12:00',
    });
    expect(r.doc.notice).toMatchObject({
      id: '001234-2026',
      title: 'Community Equipment Service',
      buyer: 'Westshire County Council',
    });
    // Each stated fact points at the block, and the block at the element, that shows it.
    expect(r.doc.blocks[r.doc.fields!.value!]!.text).toBe('£1,500,000');
    expect(r.nodes[r.doc.fields!.deadline!]!.textContent).toBe('26 January 2026, 12:00pm');
    expect(r.nodes[r.doc.fields!.deadline!]!.tagName).toBe('DD');
    // Site chrome (header, navigation, footer) is not read; hidden text is not read.
    expect(r.doc.blocks.map((b) => b.text)).not.toContain('Search notices');
    expect(r.doc.blocks.some((b) => /Crown copyright|Skip to main content/.test(b.text))).toBe(false);
    expect(r.documents.map((a) => a.getAttribute('href'))).toEqual([
      '/Notice/Attachment/icb-office-cleaning-dspt.docx',
      '/Notice/Attachment/university-catering-equipment-open.pdf',
    ]);
    // Escaped markup in the page is read as the text the page shows.
    expect(r.doc.blocks.some((b) => b.text.includes('<img src=x onerror='))).toBe(true);
  });

  it('Contracts Finder (separate start and end dates, closing date)', () => {
    const r = read(
      'contracts-finder.html',
      adapters.contractsFinder,
      'https://www.contractsfinder.service.gov.uk/Notice/3f2a',
    );
    expect(r.stated).toMatchObject({
      value: 90_000,
      published: '2026-02-02',
      deadline: '2026-03-09',
      termMonths: 24,
      contractType: 'services',
      regime: 'below-threshold',
    });
    expect(r.doc.notice?.id).toBe('3f2a');
  });

  it('Public Contracts Scotland (OJEU-numbered table rows)', () => {
    const r = read(
      'public-contracts-scotland.html',
      adapters.publicContractsScotland,
      'https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=FEB123456',
    );
    expect(r.stated).toMatchObject({
      value: 1_200_000,
      vat: 'excluding',
      lots: 1,
      termMonths: 24,
      deadline: '2026-02-20 12:00',
      published: '2026-02-02',
      contractType: 'services',
    });
    expect(r.doc.notice).toMatchObject({ id: 'FEB123456', buyer: 'Glenmoray Council' });
    // The ASP.NET view state is not text.
    expect(r.doc.blocks.some((b) => b.text.includes('wEPDw'))).toBe(false);
  });

  it('Sell2Wales (th/td rows, clarification deadline, light touch of a below-threshold procedure)', () => {
    const r = read(
      'sell2wales.html',
      adapters.sell2Wales,
      'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=JAN456789',
    );
    expect(r.stated).toEqual({
      published: '2026-01-05',
      contractType: 'services',
      value: 180_000,
      vat: 'excluding',
      valueBasis: 'total',
      termMonths: 24,
      lots: 1,
      regime: 'below-threshold',
      clarificationDeadline: '2026-01-16 12:00',
      deadline: '2026-01-19 12:00',
    });
  });

  it('the generic adapter finds "Label: value" fields on any page', () => {
    const r = read('generic-portal.html', adapters.generic, 'https://esourcing.example.org/opportunity/42');
    expect(r.stated).toMatchObject({
      published: '2026-03-02',
      value: 600_000,
      termMonths: 36,
      clarificationDeadline: '2026-03-09',
      deadline: '2026-03-16 12:00',
    });
  });
});

describe("the shared linter on the adapters' documents", () => {
  it.each([
    [
      'find-a-tender.html',
      adapters.findATender,
      'https://www.find-tender.service.gov.uk/Notice/001234-2026',
      ['short-tender-period', 'turnover-multiple', 'unlotted-large-contract'],
    ],
    [
      'contracts-finder.html',
      adapters.contractsFinder,
      'https://www.contractsfinder.service.gov.uk/Notice/3f2a',
      ['dspt-small-contract'],
    ],
    [
      'public-contracts-scotland.html',
      adapters.publicContractsScotland,
      'https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=FEB123456',
      ['short-tender-period', 'turnover-multiple', 'unlotted-large-contract'],
    ],
    [
      'sell2wales.html',
      adapters.sell2Wales,
      'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=JAN456789',
      ['short-clarification-period', 'short-tender-period', 'turnover-multiple'],
    ],
  ] as const)(
    '%s gives the findings the snapshot was written with, each located on a block',
    (file, adapter, url, rules) => {
      const r = read(file, adapter, url);
      const { findings } = lintDocument(r.doc);
      expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining([...rules]));
      for (const f of findings) {
        const node = r.nodes[f.location.block! - 1];
        expect(node, f.ruleId).toBeDefined();
        expect(node!.textContent.replace(/\s+/g, ' ')).toContain(f.excerpt.split(' | ')[0]!.slice(0, 40));
      }
    },
  );

  it('a field-based finding points at the field: the short tender period at the deadline', () => {
    const r = read(
      'find-a-tender.html',
      adapters.findATender,
      'https://www.find-tender.service.gov.uk/Notice/001234-2026',
    );
    const f = lintDocument(r.doc).findings.find((x) => x.ruleId === 'short-tender-period')!;
    expect(f.location).toMatchObject({ field: 'deadline', notice: '001234-2026' });
    expect(f.message).toContain('14 days');
  });
});

describe('classifyLabel', () => {
  it.each([
    ['Total value (estimated, excluding VAT)', 'value'],
    ['Value of contract', 'value'],
    ['II.1.5) Estimated total value', 'value'],
    ['IV.2.2) Time limit for receipt of tenders', 'deadline'],
    ['Tender submission deadline', 'deadline'],
    ['Closing date', 'deadline'],
    ['Enquiry deadline', 'clarificationDeadline'],
    ['Deadline for clarification questions', 'clarificationDeadline'],
    ['VI.5) Date of dispatch of this notice', 'published'],
    ['Published date', 'published'],
    ['Contract dates (estimated)', 'contractDates'],
    ['Contract start date', 'contractStart'],
    ['II.1.6) Information about lots', 'lots'],
    ['Industry', undefined],
    ['Address', undefined],
  ])('%s -> %s', (label, kind) => {
    expect(classifyLabel(label)).toBe(kind);
  });
});

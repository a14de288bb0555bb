import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { cite } from '../linter/core/citations.js';
import type { Block } from '../linter/core/model/document.js';
import type { Passage } from '../linter/core/extract/passages.js';
import { passagesOf } from '../linter/core/extract/passages.js';
import { statute, underEveryLaw } from '../linter/core/law.js';

const accessibilityRegs = cite(
  'Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018',
  'reg 4 (a public sector body’s website, and the documents it publishes there, must be perceivable: a scanned page has no text for a screen reader)',
  'https://www.legislation.gov.uk/uksi/2018/952/regulation/4',
  'law',
);
const accessibleDocuments = cite(
  'GOV.UK guidance',
  'Publishing accessible documents: do not publish scanned images of text; publish the text',
  'https://www.gov.uk/guidance/publishing-accessible-documents',
  'guidance',
);
const keepItLocal = cite(
  'Locality / VCSE Health & Wellbeing Alliance, Keep it Local Commissioning Guide (March 2026)',
  'communicate clearly and accessibly with small and local providers',
  'https://locality.org.uk/policy-campaigns/keep-it-local',
  'guidance',
);

/** A place for a finding on a document that has no text to point at. */
function wholeDocument(page: number): Passage {
  const block: Block = { index: 0, kind: 'paragraph', text: '', headingPath: [], location: { page } };
  return { block, start: 0, end: 0, text: '' };
}

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 12).join(', ');
  return pages.length > 12 ? `${shown} and ${pages.length - 12} more` : shown;
}

export default defineRule({
  meta: {
    id: 'needs-ocr',
    title: 'PDF pages with no text layer',
    severity: 'warning',
    description:
      'A PDF, or many of its pages, has no text layer (a scan): nothing on those pages was checked, and screen readers cannot read them.',
    rationale:
      'A scanned tender is an image of text. tenderlint reads text, so a scan would otherwise pass clean with nothing checked; and a supplier using a screen reader, or searching the pack for “turnover” or “insurance”, cannot read it either. Publishing the text is what the public sector accessibility regulations expect of documents on a public body’s website.',
    citations: underEveryLaw(statute(accessibilityRegs, accessibleDocuments, keepItLocal)),
    fix: 'Run OCR on the PDF (for example `ocrmypdf in.pdf out.pdf`) and lint the result; publish the document from its source (Word, or a PDF exported from it) so it has a real text layer.',
    messages: {
      'no-text-layer': 'The PDF has no text layer at all. Data: pages.',
      'textless-pages': 'Some pages have no text layer (info). Data: pages, textlessPages (count), firstPage.',
    },
    options: z.object({}),
    examples: {
      // A scan cannot be written as a Markdown example: the rule is tested on a scanned PDF fixture (fixtures/broken/scanned.pdf).
      flag: [],
      pass: [
        { text: '# Invitation to tender\n\nThe total contract value is £40,000. Tenders are due by 16 March 2026.' },
      ],
    },
    exclusions: [
      'Not for formats other than PDF: only a PDF can hold pages that are pictures of text.',
      'Not for a few textless pages among text pages (a cover image, a blank page): only when at least a quarter of the pages, and two or more, have no text.',
    ],
  },
  check({ doc, report }) {
    if (doc.format !== 'pdf') return;
    const pages = doc.pages ?? 0;
    const layer = doc.textLayer;
    if (layer?.missing) {
      const some = passagesOf(doc).length > 0;
      report({
        passage: wholeDocument(1),
        messageId: 'no-text-layer',
        data: { pages },
        message: `This PDF has no text layer${pages ? ` on its ${pages} page${pages === 1 ? '' : 's'}` : ''} (a scan?)${some ? ': almost no text was found' : ''}, so none of its requirements were checked; run OCR on it and lint the result.`,
      });
      return;
    }
    const list = layer?.textlessPages ?? [];
    if (list.length) {
      report({
        passage: wholeDocument(list[0] ?? 1),
        messageId: 'textless-pages',
        data: { pages, textlessPages: list.length, firstPage: list[0] ?? 1 },
        severity: 'info',
        message: `${list.length} of the PDF’s ${pages} pages have no text layer (pages ${pageList(list)}: scanned?), so nothing on them was checked; run OCR on the PDF and lint the result.`,
      });
    }
  },
});

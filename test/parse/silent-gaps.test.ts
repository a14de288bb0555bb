// Issue 16, item 9: files read silently wrong. A PDF whose font maps every glyph to U+0000 counted
// as having a text layer (no finding, no needs-ocr); a line repeated on every page was dropped as a
// running header even when it was the only text ("no text layer"); a file whose first 4 KB look
// like UTF-16 but is UTF-8 after them was decoded as UTF-16 throughout.
import { describe, expect, it } from 'vitest';
import { decodeText, parseBytes } from '../../linter/core/parse/index.js';
import { lintDocument, toFileResult } from '../../linter/core/lint.js';

/** A PDF of pages of text lines in Helvetica; `nulGlyphs` gives the font a ToUnicode map sending every code to U+0000. */
function pdfOf(pages: string[][], nulGlyphs = false): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) && objects.length;
  const catalog = add('');
  const pagesObj = add('');
  const cmap = nulGlyphs
    ? add(
        stream(
          `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Nul def 1 begincodespacerange <00> <FF> endcodespacerange 95 beginbfchar ${Array.from({ length: 95 }, (_, i) => `<${(i + 32).toString(16)}> <0000>`).join(' ')} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`,
        ),
      )
    : 0;
  const font = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica${cmap ? ` /ToUnicode ${cmap} 0 R` : ''} >>`);
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines
      .map((l, i) => `BT /F1 11 Tf 72 ${720 - i * 16} Td (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`)
      .join('\n');
    const content = add(stream(ops));
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1 bytes: the font's standard encoding has £ at 0xA3.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
function stream(text: string): string {
  return `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
}

const DEMAND = 'Bidders must have a minimum annual turnover of £1,000,000 on a contract of £150,000.';
const BODY = [
  'The council invites tenders for community transport.',
  'The service runs on weekdays across the district.',
  'Each vehicle must be accessible to wheelchair users.',
];
const MORE = [
  'Drivers hold a current licence and a DBS check.',
  'Routes are agreed with the schools each term.',
  'Invoices are paid within 30 days of receipt.',
];

describe('PDF text layers', () => {
  it('glyphs that map to U+0000 are not a text layer: needs-ocr says so', async () => {
    const [doc] = await parseBytes('nul.pdf', pdfOf([BODY, MORE], true));
    expect(doc!.textLayer?.missing).toBe(true);
    expect(doc!.notes).toContain(
      'This PDF has no text layer (it looks like a scan), so nothing in it could be read or checked. Run OCR on it and check the result.',
    );
    expect(lintDocument(doc!).findings.map((f) => f.ruleId)).toContain('needs-ocr');
  });

  it('scanned pages among text pages are typed on the document, and needs-ocr and the report read them from there', async () => {
    const [doc] = await parseBytes('mixed.pdf', pdfOf([BODY, [], [], MORE]));
    expect(doc!.textLayer).toEqual({ missing: false, textlessPages: [2, 3], unreadablePages: [] });
    expect(doc!.notes).toEqual(['2 pages have no text layer (pages 2, 3), so nothing on them was checked.']);
    const result = lintDocument(doc!);
    const ocr = result.findings.find((f) => f.ruleId === 'needs-ocr');
    expect(ocr?.severity).toBe('info');
    expect(ocr?.message).toMatch(/^2 of the PDF’s 4 pages have no text layer \(pages 2, 3: scanned\?\)/);
    expect(toFileResult(doc!, result).textLayer).toEqual({
      missing: false,
      textlessPages: [2, 3],
      unreadablePages: [],
    });
    // needs-ocr reads the typed field, not the sentence: a note alone is not a signal.
    expect(
      lintDocument({ ...doc!, textLayer: { missing: false, textlessPages: [], unreadablePages: [] } }).findings.map(
        (f) => f.ruleId,
      ),
    ).not.toContain('needs-ocr');
  });

  it('the same PDF with a real text layer is read', async () => {
    const [doc] = await parseBytes('ok.pdf', pdfOf([BODY, MORE]));
    expect(doc!.textLayer).toEqual({ missing: false, textlessPages: [], unreadablePages: [] });
  });

  it('a line on every page that is the only text is kept, not dropped as a running header', async () => {
    const [doc] = await parseBytes('same.pdf', pdfOf([[DEMAND], [DEMAND], [DEMAND]]));
    expect(doc!.textLayer).toEqual({ missing: false, textlessPages: [], unreadablePages: [] });
    expect(doc!.blocks.map((b) => b.text).join(' ')).toContain(DEMAND);
  });

  it('a real running header beside body text is still dropped', async () => {
    const [doc] = await parseBytes(
      'head.pdf',
      pdfOf([
        ['Anytown Council', ...BODY],
        ['Anytown Council', DEMAND, ...BODY.slice(1)],
        ['Anytown Council', ...BODY.slice(0, 2)],
      ]),
    );
    expect(doc!.blocks.map((b) => b.text).join('\n')).not.toContain('Anytown Council');
  });
});

describe('UTF-16 detection', () => {
  const utf16le = (s: string) => {
    const b = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      b[2 * i] = s.charCodeAt(i) & 0xff;
      b[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return b;
  };
  it('a file whose first 4 KB look like UTF-16 but is UTF-8 after them is read as what it is', () => {
    const head = utf16le('Invitation to tender\n'.repeat(120));
    const tail = new TextEncoder().encode(`\n${DEMAND}\n`);
    const bytes = new Uint8Array(head.length + tail.length);
    bytes.set(head);
    bytes.set(tail, head.length);
    expect(head.length).toBeGreaterThan(4096);
    const text = decodeText(bytes);
    expect(text).toContain(DEMAND);
    expect(text).toContain('Invitation to tender');
    expect(text).not.toContain('\u0000');
  });

  it('a UTF-16 file without a BOM is still read as UTF-16', () => {
    expect(decodeText(utf16le(`${DEMAND}\n`.repeat(100)))).toContain(DEMAND);
  });
});

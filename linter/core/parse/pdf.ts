import type { Location, TenderDocument, TextLayer } from '../model/document.js';
import { BlockSink, TextBuilder, joinCells } from './blocks.js';
import { ParseError } from './errors.js';
import { repairMojibake } from '../text/normalize.js';
import { loadPdfjs, type PdfDoc } from './pdfjs-loader.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** A line of text on a page, with where it stands (PDF units, y from the bottom). */
export interface Line {
  text: string;
  x: number;
  /** Where the line's last glyph ends. */
  right: number;
  y: number;
  size: number;
  /** The line's number on its page, counted from the top. */
  n: number;
  cells: boolean;
  /** Where each cell of the line starts (one entry for a line without cells). */
  cellXs: number[];
}

const BULLET = /^(?:[•▪◦·●○■□–-]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))\s+/;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

// Control characters other than white space, and the replacement character: what fonts without a
// usable ToUnicode map yield.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/**
 * A line that opens with a label of two to eight words and a colon, as the items of a timetable list
 * do ("Closing date for tenders: ..."). One word and a colon ("Finder: 1 November") is more often
 * the wrapped end of a label on the line above.
 */
const LABELLED = /^[A-Z][A-Za-z'’,()/&-]*(?: [A-Za-z'’,()/&-]+){1,7}:\s/;

function lineKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

// A table's column starts where text starts after a wide gap on two or more lines of the page. A
// cell filled almost to its edge leaves a narrower gap before the next column ("... Toolkit" and
// "PASS/FAIL" 11.9 pt apart in 10 pt type): at a known column start, a gap this wide (in ems) is a
// new cell; between words of a justified line a space stays under half an em.
const COLUMN_GAP = 0.6;

/** The x positions (rounded) where two or more of the page's lines start a cell after a wide gap. */
function columnStarts(
  rows: ReadonlyArray<ReadonlyArray<{ str: string; x: number; w: number; size: number }>>,
): Set<number> {
  const seen = new Map<number, number>();
  for (const row of rows) {
    let prevEnd: number | undefined;
    const size = Math.max(...row.map((g) => g.size));
    for (const g of row) {
      if (!g.str.trim()) continue;
      if (prevEnd !== undefined && g.x - prevEnd > size * 1.2) {
        const x = Math.round(g.x);
        seen.set(x, (seen.get(x) ?? 0) + 1);
      }
      prevEnd = g.x + g.w;
    }
  }
  const out = new Set<number>();
  for (const [x, n] of seen) if (n >= 2) for (const d of [-1, 0, 1]) out.add(x + d);
  return out;
}

/** Text items of one page to lines, top to bottom, words spaced by the gaps between items. */
function toLines(items: TextItem[]): Line[] {
  const glyphs = items
    .filter((i) => typeof i.str === 'string' && i.str.length > 0 && Array.isArray(i.transform))
    // A font can map its glyphs to U+0000 (or U+FFFD): text that is not there must not count as a
    // text layer, or a scan-like PDF lints clean without needs-ocr.
    .map((i) => ({ ...i, str: i.str.replace(NOT_TEXT, '') }))
    .filter((i) => i.str.length > 0)
    .map((i) => ({
      str: i.str,
      x: i.transform[4]!,
      y: i.transform[5]!,
      w: i.width,
      size: Math.abs(i.transform[3]!) || i.height || 10,
    }));
  glyphs.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<typeof glyphs> = [];
  for (const g of glyphs) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - g.y) < Math.max(2, row[0]!.size * 0.45)) row.push(g);
    else rows.push([g]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  const columns = columnStarts(rows);
  return rows
    .map((row, n) => {
      let text = '';
      let cells = false;
      let prevEnd: number | undefined;
      const cellXs: number[] = [];
      const size = Math.max(...row.map((g) => g.size));
      for (const g of row) {
        // Chromium and others emit a space item stretched across a table gap: it is a space, not a
        // glyph, so it must not close the gap that marks a new cell.
        if (!g.str.trim()) {
          if (text && !text.endsWith(' ')) text += ' ';
          continue;
        }
        if (prevEnd !== undefined) {
          const gap = g.x - prevEnd;
          if ((gap > size * 1.2 || (gap > size * COLUMN_GAP && columns.has(Math.round(g.x)))) && text.trim()) {
            text = text.trimEnd() + ' | ';
            cells = true;
            cellXs.push(g.x);
          } else if (gap > size * 0.12 && !text.endsWith(' ') && !g.str.startsWith(' ')) text += ' ';
        }
        if (cellXs.length === 0) cellXs.push(g.x);
        text += g.str;
        prevEnd = g.x + g.w;
      }
      return {
        text: repairMojibake(text)
          .replace(/\u00ad/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
        x: row[0]!.x,
        right: prevEnd ?? row[0]!.x,
        y: row[0]!.y,
        size,
        n: n + 1,
        cells,
        cellXs,
      };
    })
    .filter((l) => l.text);
}

/** Lines that recur at the top or bottom of most pages (running headers, footers, page numbers). */
function runningLines(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => lineKey(l.text)));
    for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (pages.length < 2) return out;
  for (const [k, c] of counts) if (c >= Math.max(2, Math.ceil(pages.length * 0.5))) out.add(k);
  return out;
}

/** A PDF ends with %%EOF (perhaps followed by white space or junk); one without it in its last 1 KB was cut short. */
function truncated(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return !tail.includes('%%EOF');
}

function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export interface PdfOptions {
  maxPages?: number;
  /**
   * Read only this part of the pages: the document is split into `of` parts of consecutive pages
   * (pdfPageRange), and this reads part `index` (from 0). Lanes that each read a part of one large
   * PDF are joined by pdfFromParts into the same document one reading of every page gives.
   */
  part?: PdfPartSpec;
}

/** Which part of a split PDF's pages to read. */
export interface PdfPartSpec {
  index: number;
  of: number;
  /** Fewest pages a part holds (default MIN_PAGES_PER_PART); the split test lowers it to split short fixtures. */
  minPages?: number;
}

/**
 * Fewest pages a part of a split PDF holds: each part's process opens the whole document again, so a
 * short PDF is read by one part and the others read nothing.
 */
export const MIN_PAGES_PER_PART = 8;

/**
 * The pages (first and last, from 1; last < first when none) that part `index` of `of` reads of a PDF
 * of `numPages` pages: consecutive runs of equal length, with at least `minPages` pages in each.
 */
export function pdfPageRange(
  numPages: number,
  { index, of, minPages = MIN_PAGES_PER_PART }: PdfPartSpec,
): { first: number; last: number } {
  const parts = Math.max(1, Math.min(of, Math.floor(numPages / Math.max(1, minPages))));
  if (index >= parts) return { first: numPages + 1, last: numPages };
  return { first: Math.floor((numPages * index) / parts) + 1, last: Math.floor((numPages * (index + 1)) / parts) };
}

/** The text lines of a run of a PDF's pages, as readPdfPart reads them: plain data, so a parse process can send it. */
export interface PdfPart {
  numPages: number;
  /** The first page this part read (from 1); its pages follow in order. */
  first: number;
  pages: Line[][];
  /** Pages that could not be read (their entry in `pages` is empty). */
  unreadable: number[];
  firstError: string;
}

/**
 * pdf.js options for reading untrusted PDFs (see docs/security.md): no eval of PDF-supplied code
 * (CVE-2024-4367 was a font-driven eval), no fonts loaded as font faces or from the system, no
 * fetching of anything (no cMapUrl, standardFontDataUrl, iccUrl or wasmUrl is given, and the worker
 * may not fetch), no XFA forms, no scripting. Text extraction needs none of them.
 */
export const SAFE_PDFJS_OPTIONS = Object.freeze({
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  useWasm: false,
  enableXfa: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  stopAtErrors: false,
  verbosity: 0,
});

/** PDF via pdfjs-dist: items -> lines -> paragraphs by position; running heads and page numbers dropped. */
export async function parsePdf(path: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<TenderDocument> {
  return pdfFromParts(path, [await readPdfPart(bytes, options)]);
}

/** The lines of every page of the PDF, or of the part `options.part` names. Throws ParseError for a PDF that cannot be opened. */
export async function readPdfPart(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfPart> {
  const pdfjs = await loadPdfjs();
  // A copy: pdfjs transfers the buffer it is given to its worker.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...SAFE_PDFJS_OPTIONS,
  });
  let doc: PdfDoc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const err = (e ?? {}) as { name?: string; message?: string };
    if (err.name === 'PasswordException')
      throw new ParseError('pdf-encrypted', 'the PDF is password-protected; save an unprotected copy to lint it');
    if (err.name === 'InvalidPDFException') {
      throw new ParseError(
        'corrupt-pdf',
        `not a readable PDF (${truncated(bytes) ? 'it ends without the %%EOF marker, so the download or save was probably cut short' : 'its structure is damaged'}): ${err.message ?? 'invalid structure'}`,
      );
    }
    throw new ParseError('corrupt-pdf', `could not open the PDF: ${err.message ?? String(e)}`);
  }
  try {
    if (doc.numPages === 0) throw new ParseError('corrupt-pdf', 'not a readable PDF: it has no pages');
    if (options.maxPages && doc.numPages > options.maxPages) {
      throw new ParseError(
        'too-many-pages',
        `the PDF has ${doc.numPages} pages, more than the limit of ${options.maxPages} (raise it with --max-pages)`,
      );
    }
    const { first, last } = options.part ? pdfPageRange(doc.numPages, options.part) : { first: 1, last: doc.numPages };
    const part: PdfPart = { numPages: doc.numPages, first, pages: [], unreadable: [], firstError: '' };
    for (let p = first; p <= last; p++) {
      // One damaged page loses that page, not the document.
      try {
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        part.pages.push(toLines(content.items as TextItem[]));
        // Release the page's operator lists and fonts as soon as its text is read.
        page.cleanup();
      } catch (e) {
        part.unreadable.push(p);
        part.firstError ||= (e as Error)?.message ?? String(e);
        part.pages.push([]);
      }
    }
    return part;
  } finally {
    await doc.destroy();
  }
}

/** The document from the parts of its pages (in any order; together they hold every page once). */
export function pdfFromParts(path: string, parts: PdfPart[]): TenderDocument {
  const ordered = [...parts].sort((a, b) => a.first - b.first);
  const numPages = ordered[0]?.numPages ?? 0;
  const pages = ordered.flatMap((p) => p.pages);
  const unreadable = ordered.flatMap((p) => p.unreadable);
  if (pages.length !== numPages || ordered.some((p) => p.numPages !== numPages)) {
    throw new Error(`the parts of the PDF hold ${pages.length} pages of ${numPages}`);
  }
  if (numPages > 0 && unreadable.length === numPages) {
    const firstError = ordered.find((p) => p.firstError)?.firstError ?? '';
    throw new ParseError(
      'corrupt-pdf',
      `not a readable PDF: none of its ${numPages} page${numPages === 1 ? '' : 's'} could be read (${firstError})`,
    );
  }
  const result = linesToDocument(path, pages);
  if (unreadable.length) {
    result.textLayer = { ...result.textLayer!, unreadablePages: unreadable };
    result.notes.push(textLayerNote.unreadable(unreadable));
  }
  return result;
}

function linesToDocument(path: string, pages: Line[][]): TenderDocument {
  const running = runningLines(pages);
  const textOf = (lines: Line[][]) => lines.reduce((n, page) => n + page.reduce((m, l) => m + l.text.length, 0), 0);
  // A bare number is a page number only at the top or foot of a page: inside, it is a table cell's wrapped line ("Lot" / "3").
  const numbered = pages.map((lines) =>
    lines.filter((l, i) => !(PAGE_NUMBER.test(l.text) && (i < 2 || i >= lines.length - 2))),
  );
  let kept = numbered.map((lines) => lines.filter((l) => !running.has(lineKey(l.text))));
  // A line on every page is a running header only beside other text: when it is all there is (a
  // one-line notice repeated, a form), dropping it would leave nothing and report "no text layer".
  if (textOf(kept) < 20 * pages.length && textOf(numbered) >= 20 * pages.length) kept = numbered;
  const all = kept.flat();
  const body = median(all.map((l) => l.size)) || 10;
  const gaps: number[] = [];
  for (const lines of kept) for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1]!.y - lines[i]!.y);
  // Line spacing is the common small gap: a low percentile, since documents of short paragraphs
  // have more gaps between paragraphs than within them.
  const spacing =
    percentile(
      gaps.filter((g) => g > 0),
      0.2,
    ) || body * 1.2;
  const headingSizes = [...new Set(all.filter((l) => l.size > body * 1.12).map((l) => Math.round(l.size)))].sort(
    (a, b) => b - a,
  );

  const sink = new BlockSink();
  const notes: string[] = [];
  let current:
    | { kind: 'paragraph' | 'list-item' | 'heading'; text: TextBuilder; loc: Location; size: number; depth?: number }
    | undefined;
  let lastY = 0;
  let lastPage = 0;
  let last: Line | undefined;
  const edges = kept.map((lines) => {
    const left = Math.min(...lines.map((l) => l.x));
    const right = Math.max(...lines.map((l) => l.right));
    return { right, width: right - left };
  });
  // A table row stays open while the lines under it continue its cells: a cell's text wraps onto
  // lines at the line spacing, with no text in the row's first column or fewer cells than the row.
  // `padded`: the row began further below the row before it than lines of one cell are apart, so the
  // table pads its rows and a line at the line spacing under it is a wrapped cell, whatever its case
  // ("... Data Security and Protection" / "Toolkit (DSPT) ..."; round 16 dev half).
  let row:
    | { cells: Array<{ x: number; text: TextBuilder }>; loc: Location; y: number; page: number; padded: boolean }
    | undefined;
  const flushRow = () => {
    if (row) {
      const { text, segments } = joinCells(row.cells.map((c) => c.text));
      sink.add('table-row', text, row.loc, { segments });
    }
    row = undefined;
  };
  const continuesRow = (line: Line, page: number): boolean => {
    if (!row || page !== row.page) return false;
    if (row.y - line.y > spacing * 1.2) return false;
    const col0 = row.cells[0]!.x;
    const hasFirst = line.cellXs.some((x) => Math.abs(x - col0) < line.size * 0.8);
    // A first cell that wraps ("Information" / "governance") goes on in lower case after a cell with no full stop.
    const firstWraps = /^[a-z]/.test(line.text) && !/[.:;!?]$/.test(row.cells[0]!.text.text());
    const wrapsPadded = row.padded && row.y - line.y <= spacing * 1.1;
    return !hasFirst || line.cellXs.length < row.cells.length || firstWraps || wrapsPadded;
  };
  const addToRow = (line: Line, loc: Location) => {
    const pieces = line.text.split(' | ');
    let at = 0;
    pieces.forEach((piece, i) => {
      const x = line.cellXs[i] ?? line.x;
      const cell = [...row!.cells].reverse().find((c) => c.x <= x + line.size * 0.8) ?? row!.cells[0]!;
      const column = line.text.indexOf(piece, at) + 1;
      at = column - 1 + piece.length;
      const prev = cell.text.text();
      if (/[a-z][-\u2010]$/.test(prev) && /^[a-z]/.test(piece)) cell.text.joinHyphenated(piece, { ...loc, column });
      else {
        cell.text.space();
        cell.text.add(piece, { ...loc, column });
      }
    });
    row!.y = line.y;
  };
  const flush = () => {
    if (current)
      sink.add(current.kind, current.text.text(), current.loc, {
        segments: current.text.segments,
        ...(current.depth ? { depth: current.depth } : {}),
      });
    current = undefined;
    flushRow();
  };
  kept.forEach((lines, pi) => {
    const page = pi + 1;
    for (const line of lines) {
      const loc: Location = { page, line: line.n, column: 1 };
      if (continuesRow(line, page)) {
        addToRow(line, loc);
        last = line;
        lastY = line.y;
        lastPage = page;
        continue;
      }
      const above = row;
      flushRow();
      if (line.cells) {
        flush();
        const padded = above !== undefined && above.page === page && above.y - line.y > spacing * 1.2;
        row = { cells: [], loc, y: line.y, page, padded };
        const pieces = line.text.split(' | ');
        let at = 0;
        pieces.forEach((piece, i) => {
          const text = new TextBuilder();
          const column = line.text.indexOf(piece, at) + 1;
          at = column - 1 + piece.length;
          text.add(piece, { ...loc, column });
          row!.cells.push({ x: line.cellXs[i] ?? line.x, text });
        });
        last = line;
        lastY = line.y;
        lastPage = page;
        continue;
      }
      const isHeading = line.size > body * 1.12;
      const bullet = BULLET.test(line.text);
      const gap = page === lastPage ? lastY - line.y : spacing;
      const breaks =
        !current ||
        bullet ||
        isHeading !== (current.kind === 'heading') ||
        Math.abs(line.size - current.size) > body * 0.1 ||
        gap > Math.max(spacing, current.size * 1.25) * 1.4 ||
        // A run of labelled lines ("Clarification questions: ...", "Closing date for tenders: ..."): a
        // timetable or form list whose bullets are drawn, one item a line.
        (LABELLED.test(line.text) && LABELLED.test(current.text.text())) ||
        // Every line of a paragraph but its last runs to the right margin: a line that stops well
        // short ended its paragraph, list item (bullets are drawn, not text) or body-type heading.
        (last !== undefined &&
          page === lastPage &&
          !last.cells &&
          last.right < edges[pi]!.right - Math.max(edges[pi]!.width * 0.12, last.size * 6) &&
          !/[-\u2010]$/.test(last.text) &&
          /^[A-Z0-9£"'‘“(]/.test(line.text));
      if (breaks) {
        flush();
        const kind = isHeading ? 'heading' : bullet ? 'list-item' : 'paragraph';
        const text = new TextBuilder();
        const stripped =
          bullet && /^[•▪◦·●○■□–-]\s+/.test(line.text) ? line.text.replace(/^[•▪◦·●○■□–-]\s+/, '') : line.text;
        text.add(stripped, { ...loc, column: 1 + line.text.length - stripped.length });
        current = {
          kind,
          text,
          loc,
          size: line.size,
          ...(isHeading ? { depth: headingSizes.indexOf(Math.round(line.size)) + 1 } : {}),
        };
      } else {
        const prev = current!.text.text();
        // Join a word split at the line end ("procure-" + "ment"); keep real hyphens before capitals or digits.
        if (/[a-z][-\u2010]$/.test(prev) && /^[a-z]/.test(line.text)) {
          current!.text.joinHyphenated(line.text, loc);
        } else {
          current!.text.space();
          current!.text.add(line.text, loc);
        }
      }
      lastY = line.y;
      lastPage = page;
      last = line;
    }
  });
  flush();
  const chars = all.reduce((n, l) => n + l.text.length, 0);
  const textLayer: TextLayer = {
    missing: pages.length > 0 && chars < 20 * pages.length,
    textlessPages: [],
    unreadablePages: [],
  };
  if (textLayer.missing) notes.push(textLayerNote.missing());
  else {
    // Some pages scanned among text pages (a signed form, an appendix): name them when they are many.
    const textless = kept.flatMap((lines, i) => (lines.reduce((n, l) => n + l.text.length, 0) < 20 ? [i + 1] : []));
    if (textless.length >= 2 && textless.length >= pages.length * 0.25) {
      textLayer.textlessPages = textless;
      notes.push(textLayerNote.textless(textless));
    }
  }
  return {
    path,
    format: 'pdf',
    blocks: sink.blocks,
    stated: {},
    notes,
    pages: pages.length,
    textLayer,
    ...sink.normalised(),
  };
}

const listed = (pages: number[]) =>
  pages.length > 12 ? `${pages.slice(0, 12).join(', ')} and ${pages.length - 12} more` : pages.join(', ');

/** The notes a person reads about the text layer (code reads doc.textLayer). */
const textLayerNote = {
  missing: () =>
    'This PDF has no text layer (it looks like a scan), so nothing in it could be read or checked. Run OCR on it and check the result.',
  textless: (pages: number[]) =>
    `${pages.length} page${pages.length === 1 ? ' has' : 's have'} no text layer (page${pages.length === 1 ? '' : 's'} ${listed(pages)}), so nothing on ${pages.length === 1 ? 'it' : 'them'} was checked.`,
  unreadable: (pages: number[]) => `Some pages could not be read (${listed(pages)}), so nothing on them was checked.`,
};

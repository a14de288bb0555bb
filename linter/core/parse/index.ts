import type { DocumentFormat, TenderDocument } from '../model/document.js';
import { ParseError } from './errors.js';
import { repairMojibake } from '../text/normalize.js';
import { formatBytes, resolveLimits, type Limits } from '../limits.js';
import type { PdfPart, PdfPartSpec } from './pdf.js';

export { ParseError } from './errors.js';

const EXTENSIONS: Record<string, DocumentFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  json: 'ocds',
  jsonl: 'ocds',
  ndjson: 'ocds',
};

export function formatFromName(path: string): DocumentFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

/** Binary formats a tender pack may hold that tenderlint does not read, by their first bytes, with what to do. */
const FOREIGN: Array<{ sig: number[]; at?: number; what: string }> = [
  { sig: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document: save it as .docx or PDF' },
  {
    sig: [0x89, 0x50, 0x4e, 0x47],
    what: 'a PNG image: tenderlint reads text, so run OCR on it or lint the document it came from',
  },
  {
    sig: [0xff, 0xd8, 0xff],
    what: 'a JPEG image: tenderlint reads text, so run OCR on it or lint the document it came from',
  },
  { sig: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not a document' },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image (a scan?): run OCR on it to get text' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image (a scan?): run OCR on it to get text' },
  { sig: [0x1f, 0x8b], what: 'a gzip archive: unpack it and lint the files inside' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive: unpack it and lint the files inside' },
  { sig: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive: unpack it and lint the files inside' },
  { sig: [0x75, 0x73, 0x74, 0x61, 0x72], at: 257, what: 'a tar archive: unpack it and lint the files inside' },
];

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A legacy Office (OLE) file: a .doc, or a password-protected .docx (Word wraps those in OLE). */
function describeOle(bytes: Uint8Array): { code: string; message: string } {
  // The directory names its streams in UTF-16LE; an encrypted OOXML file has "EncryptedPackage".
  const probe = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length & ~1, 4 * 1024 * 1024)));
  if (probe.includes('EncryptedPackage')) {
    return {
      code: 'docx-encrypted',
      message:
        'the DOCX is password-protected (Word encrypts it inside an OLE container); save an unprotected copy to lint it',
    };
  }
  return { code: 'unsupported-format', message: 'a legacy Word .doc (or other OLE) file: save it as .docx or PDF' };
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // pdf.js accepts a header within the first 1024 bytes, after junk such as an HTTP or mail header.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

/**
 * What a file is, from its bytes first (a DOCX is a zip, a PDF starts with %PDF), then its name.
 * A mismatch with the name is not an error: the bytes win. Undefined when it is nothing tenderlint reads.
 */
export function sniffFormat(path: string, bytes: Uint8Array): DocumentFormat | undefined {
  const byName = formatFromName(path);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // A text file that merely mentions "%PDF-" near its top stays text: junk before the header is only
  // accepted when the name says PDF or says nothing.
  if ((byName === 'pdf' || byName === undefined) && hasPdfHeader(bytes)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(bytes, OLE)) return undefined;
  if (FOREIGN.some((f) => startsWith(bytes, f.sig, f.at))) return undefined;
  if (looksBinary(bytes)) return undefined;
  const head = decodeText(bytes.subarray(0, 2048)).trimStart();
  if (/^[[{]/.test(head) && byName !== 'markdown' && byName !== 'text') return 'ocds';
  if (/^(?:<!doctype html|<html|<\?xml[^>]{0,200}>\s*<html)/i.test(head)) return 'html';
  if (byName === 'ocds' || byName === 'docx' || byName === 'pdf') {
    // The name promised a binary or JSON format the bytes are not: read it as text if it is text.
    return /<(?:p|div|body|table|h1)\b/i.test(head) ? 'html' : 'text';
  }
  return byName ?? (/^#{1,6} |\n#{1,6} |\n\|[-: |]{1,200}\|/.test(head) ? 'markdown' : 'text');
}

/** UTF-16 by where the NUL bytes fall in ASCII-range text, in bytes [from, from + 4096): 'le', 'be' or undefined. */
function utf16Block(bytes: Uint8Array, from: number): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length - from, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = from; i < from + n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'be';
  return undefined;
}

/** UTF-16 without a BOM, judged on the first 4 KB (enough to tell text from binary). */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | undefined {
  return utf16Block(bytes, 0);
}

/**
 * UTF-16 without a BOM throughout: after the first 4 KB, every 64-byte window (a last one of 16
 * bytes or more too) has NUL bytes on the same side in a quarter of its pairs. A file whose first 4 KB
 * look like UTF-16 and whose rest is UTF-8 was read as UTF-16 from end to end, turning the rest into
 * CJK-looking noise that lints clean. (UTF-16 text with 32 characters in a row outside Latin-1, a
 * line of Cyrillic say, then reads as UTF-8 with its NULs dropped; tenders here are Latin.)
 */
function utf16Throughout(bytes: Uint8Array): 'le' | 'be' | undefined {
  const first = utf16Block(bytes, 0);
  if (!first) return undefined;
  const side = first === 'le' ? 1 : 0;
  for (let at = 4096; at + 16 <= bytes.length; at += 64) {
    const end = Math.min(at + 64, bytes.length) & ~1;
    let nul = 0;
    for (let i = at + side; i < end; i += 2) if (bytes[i] === 0) nul++;
    if (nul < (end - at) / 8) return undefined;
  }
  return first;
}

/**
 * Binary data, not text: NUL bytes (outside UTF-16) or many control characters in the first 4 KB.
 * Such a file would "lint clean" as text while nothing in it was read, so it is refused instead.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16WithoutBom(bytes)) return false;
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > Math.max(2, n * 0.02);
}

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE (by BOM, or by NUL pattern without one),
 * else Windows-1252 when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = utf16Throughout(bytes);
  if (utf16) return new TextDecoder(utf16 === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // UTF-16-looking parts of a file that is not UTF-16 throughout: their NUL bytes are not text.
  return utf16WithoutBom(bytes) ? text.replace(/\u0000/g, '') : text;
}

/** Decoded text with mojibake ("Â£" for "£") repaired, for every text format before any parsing. */
export function decodeSource(bytes: Uint8Array): string {
  return repairMojibake(decodeText(bytes));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Deeper than any real document nests quotes and lists. */
export const MAX_MARKDOWN_NESTING = 64;

/**
 * Refuses Markdown whose quotes or lists nest deeper than MAX_MARKDOWN_NESTING on some line, before
 * micromark sees it: its time and memory grow much faster than the input on such nesting (20,000
 * nested quotes took over a gigabyte; 16,000 nested ordered lists, `1. 1. ...`, 32 s). Every kind of
 * marker counts: `>`, `-`, `*`, `+`, and `1.` or `1)`. One pass over the characters, no regular expression.
 */
export function checkMarkdownNesting(source: string): void {
  let depth = 0;
  let indent = 0;
  let line = 1;
  let inPrefix = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      depth = 0;
      indent = 0;
      inPrefix = true;
      line++;
      continue;
    }
    if (!inPrefix) continue;
    if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else if (c === 62)
      depth++; // >
    else if ((c === 45 || c === 42 || c === 43) && isSpace(source.charCodeAt(i + 1))) {
      // - * + then a space: a list item. Lists also nest by indenting, two columns or so a level,
      // so a list marker far to the right counts as deep (indentation alone, as in a blank line, does not).
      depth++;
      if (indent > MAX_MARKDOWN_NESTING * 8) depth = Infinity;
    } else if (c >= 48 && c <= 57) {
      // An ordered list item: 1 to 9 digits, "." or ")", then a space (CommonMark). "1. 1. 1. ..."
      // nests a list per marker just as "- - -" does.
      let j = i + 1;
      while (j < source.length && j - i < 10 && isDigit(source.charCodeAt(j))) j++;
      const mark = source.charCodeAt(j);
      if (j - i <= 9 && (mark === 46 || mark === 41) && isSpace(source.charCodeAt(j + 1))) {
        depth++;
        if (indent > MAX_MARKDOWN_NESTING * 8) depth = Infinity;
        i = j;
      } else inPrefix = false;
    } else inPrefix = false;
    if (depth > MAX_MARKDOWN_NESTING) {
      throw new ParseError(
        'too-deeply-nested',
        `the Markdown nests quotes or lists more than ${MAX_MARKDOWN_NESTING} levels deep (line ${line}), deeper than any real document; it is refused rather than read slowly`,
      );
    }
  }
}

export interface ParseOptions extends Partial<Limits> {
  /** Force a format instead of sniffing. */
  format?: DocumentFormat;
}

function unsupported(bytes: Uint8Array, path: string): ParseError {
  if (startsWith(bytes, OLE)) {
    const { code, message } = describeOle(bytes);
    return new ParseError(code, message);
  }
  const foreign = FOREIGN.find((f) => startsWith(bytes, f.sig, f.at));
  if (foreign) return new ParseError('unsupported-format', `the file is ${foreign.what}`);
  const named = formatFromName(path);
  if (looksBinary(bytes)) {
    return new ParseError(
      'binary-file',
      `the file holds binary data, not text${named ? ` (its name says ${named}, its bytes do not)` : ''}; tenderlint reads DOCX, PDF, Markdown, HTML, text and OCDS JSON`,
    );
  }
  return new ParseError(
    'unsupported-format',
    'not a format tenderlint reads (DOCX, PDF, Markdown, HTML, text, OCDS JSON)',
  );
}

function checkSize(bytes: Uint8Array, limits: Limits): void {
  if (bytes.length === 0)
    throw new ParseError('empty-file', 'the file is empty (0 bytes): an interrupted download or save?');
  if (bytes.length > limits.maxFileSize) {
    throw new ParseError(
      'file-too-large',
      `the file is ${formatBytes(bytes.length)}, more than the limit of ${formatBytes(limits.maxFileSize)} (raise it with --max-file-size)`,
    );
  }
}

/** A parser's failure as the ParseError parseBytes reports; other errors (bugs) are returned as they are. */
function asParseError(e: unknown, format: DocumentFormat | undefined): unknown {
  if (e instanceof ParseError) return e;
  // Deep nesting (a thousand nested lists or blockquotes) overflows a recursive walker: say so.
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new ParseError(
      'too-deeply-nested',
      `the ${format ?? 'file'} is nested too deeply to read (lists, quotes or elements inside each other thousands of levels deep)`,
    );
  }
  return e;
}

/**
 * One part of a PDF's pages (pdf.ts readPdfPart), with the checks and errors of parseBytes: the CLI
 * splits a large PDF across its parse processes and joins the parts with pdfFromParts.
 */
export async function parsePdfPart(bytes: Uint8Array, options: ParseOptions, part: PdfPartSpec): Promise<PdfPart> {
  const limits = resolveLimits(options);
  checkSize(bytes, limits);
  try {
    const { readPdfPart } = await import('./pdf.js');
    return await readPdfPart(bytes, { maxPages: limits.maxPages, part });
  } catch (e) {
    throw asParseError(e, 'pdf');
  }
}

/** Any supported file to documents (one, or one per notice for OCDS). Throws ParseError for files it cannot read. */
export async function parseBytes(
  path: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<TenderDocument[]> {
  const limits = resolveLimits(options);
  checkSize(bytes, limits);
  const format = options.format ?? sniffFormat(path, bytes);
  try {
    switch (format) {
      case 'pdf': {
        const { parsePdf } = await import('./pdf.js');
        return [await parsePdf(path, bytes, { maxPages: limits.maxPages })];
      }
      case 'docx': {
        const { parseDocx } = await import('./docx.js');
        return [await parseDocx(path, bytes, limits)];
      }
      case 'markdown': {
        const source = decodeSource(bytes);
        checkMarkdownNesting(source);
        // Each parser and its libraries load only when a file of its format comes: a one-page
        // Markdown run never pays for parse5, pdf.js or mammoth (CLI cold start).
        const { parseMarkdown } = await import('./markdown.js');
        return [parseMarkdown(path, source)];
      }
      case 'html': {
        const { parseHtml } = await import('./html.js');
        return [parseHtml(path, decodeSource(bytes))];
      }
      case 'text': {
        const { parseText } = await import('./text.js');
        return [parseText(path, decodeSource(bytes))];
      }
      case 'ocds': {
        const { parseOcds } = await import('./ocds.js');
        return parseOcds(path, decodeSource(bytes));
      }
      default:
        throw unsupported(bytes, path);
    }
  } catch (e) {
    throw asParseError(e, format);
  }
}

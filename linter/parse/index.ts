import type { DocumentFormat, TenderDocument } from '../model/document.js';
import { ParseError } from './errors.js';
import { parseMarkdown } from './markdown.js';
import { parseHtml } from './html.js';
import { parseText } from './text.js';
import { isOcds, parseOcds } from './ocds.js';

export { ParseError } from './errors.js';

const EXTENSIONS: Record<string, DocumentFormat> = {
  md: 'markdown', markdown: 'markdown', mdown: 'markdown',
  docx: 'docx', pdf: 'pdf',
  html: 'html', htm: 'html', xhtml: 'html',
  txt: 'text', text: 'text',
  json: 'ocds', jsonl: 'ocds', ndjson: 'ocds',
};

export function formatFromName(path: string): DocumentFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * What a file is, from its bytes first (a DOCX is a zip, a PDF starts with %PDF), then its name.
 * A mismatch with the name is not an error: the bytes win.
 */
export function sniffFormat(path: string, bytes: Uint8Array): DocumentFormat | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // %PDF may follow some junk bytes; pdf.js accepts a header within the first 1024 bytes.
  if (bytes.length > 4 && new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return undefined; // legacy .doc (OLE): not supported
  const byName = formatFromName(path);
  const head = decodeText(bytes.subarray(0, 2048)).trimStart();
  if (/^[[{]/.test(head) && byName !== 'markdown' && byName !== 'text') return 'ocds';
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  if (byName === 'ocds' || byName === 'docx' || byName === 'pdf') {
    // The name promised a binary or JSON format the bytes are not: read it as text if it is text.
    return /<(?:p|div|body|table|h1)\b/i.test(head) ? 'html' : 'text';
  }
  return byName ?? (/^#{1,6} |\n#{1,6} |\n\|[-: |]+\|/.test(head) ? 'markdown' : 'text');
}

/** Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM, else Windows-1252 when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export interface ParseOptions {
  /** Force a format instead of sniffing. */
  format?: DocumentFormat;
  maxPages?: number;
}

/** Any supported file to documents (one, or one per notice for OCDS). Throws ParseError for files it cannot read. */
export async function parseBytes(path: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<TenderDocument[]> {
  if (bytes.length === 0) throw new ParseError('empty-file', 'the file is empty');
  const format = options.format ?? sniffFormat(path, bytes);
  switch (format) {
    case 'pdf': {
      const { parsePdf } = await import('./pdf.js');
      return [await parsePdf(path, bytes, { maxPages: options.maxPages })];
    }
    case 'docx': {
      const { parseDocx } = await import('./docx.js');
      return [await parseDocx(path, bytes)];
    }
    case 'markdown':
      return [parseMarkdown(path, decodeText(bytes))];
    case 'html':
      return [parseHtml(path, decodeText(bytes))];
    case 'text':
      return [parseText(path, decodeText(bytes))];
    case 'ocds': {
      const text = decodeText(bytes);
      return parseOcds(path, text);
    }
    default:
      if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
        throw new ParseError('unsupported-format', 'a legacy Word .doc (or other OLE) file: save it as .docx or PDF');
      }
      throw new ParseError('unsupported-format', 'not a format tenderlint reads (DOCX, PDF, Markdown, HTML, text, OCDS JSON)');
  }
}

export { isOcds };

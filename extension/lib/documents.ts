import { formatFromName, sniffFormat } from '../../linter/core/parse/index.js';
import { DEFAULT_LIMITS, formatBytes } from '../../linter/core/limits.js';
import { CheckerQuery } from './messages.js';
import { readStreamCapped } from '../../linter/core/parse/read-capped.js';

/** The largest document the draft checker downloads: the parser's own file size limit. */
export const MAX_DOCUMENT_BYTES = DEFAULT_LIMITS.maxFileSize;

/**
 * A link's target as an http(s) URL, or undefined for anything else (javascript:, data:, blob:,
 * file:, a malformed href). Read once, when the "Check document" control is made.
 */
export function documentUrl(href: string, base: string): URL | undefined {
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Same site for the checker: the same host name as the notice the link was on. */
export function sameSite(a: URL, b: URL): boolean {
  return a.hostname.toLowerCase() === b.hostname.toLowerCase();
}

/** The file name a URL's last path segment gives, decoded when its escapes are well formed. */
export function documentName(url: URL): string {
  const last = url.pathname.split('/').pop() || '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed % escape: keep the segment as written rather than fail.
  }
  return name.trim() || 'document';
}

export type ParsedQuery =
  | { kind: 'none' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'document'; url: URL; from?: URL; name: string; needsConfirm: boolean };

/**
 * The draft checker's query string: nothing (a blank checker), a document to fetch (with whether
 * the user must confirm it first: it is not on the notice's site), or something malformed.
 */
export function parseCheckerQuery(search: string): ParsedQuery {
  let params: Record<string, string>;
  try {
    params = Object.fromEntries(new URLSearchParams(search));
  } catch {
    return { kind: 'invalid', reason: 'the address of this page is malformed' };
  }
  if (!Object.keys(params).length) return { kind: 'none' };
  const q = CheckerQuery.safeParse(params);
  if (!q.success) return { kind: 'invalid', reason: 'the document address is not an http(s) URL' };
  const url = new URL(q.data.url);
  const from = q.data.from ? new URL(q.data.from) : undefined;
  return {
    kind: 'document',
    url,
    ...(from ? { from } : {}),
    name: documentName(url),
    needsConfirm: !from || !sameSite(url, from),
  };
}

export class DownloadError extends Error {
  override name = 'DownloadError';
}

/**
 * Reads a response body chunk by chunk and stops past `max` bytes, so a huge or endless download
 * is cancelled early instead of being held whole before the parser's size check. A Content-Length
 * over the limit is refused before anything is read.
 */
export async function readCapped(res: Response, max = MAX_DOCUMENT_BYTES): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw new DownloadError(`the document is ${formatBytes(declared)}, more than the limit of ${formatBytes(max)}`);
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const bytes = await readStreamCapped(res.body.getReader(), max);
  if (!bytes)
    throw new DownloadError(`the document is more than the limit of ${formatBytes(max)}; the download was stopped`);
  return bytes;
}

const NAMES: Record<string, string> = {
  pdf: 'a PDF',
  docx: 'a DOCX',
  markdown: 'Markdown',
  html: 'HTML',
  text: 'text',
  ocds: 'OCDS JSON',
};

/**
 * A file whose bytes are not what its name says (a text file named .pdf, a PDF named .docx): the
 * parser would read the bytes as they are and report nothing wrong, so the checker calls it an
 * error instead. Undefined when the name and the bytes agree, or the name says nothing.
 */
export function contentMismatch(name: string, bytes: Uint8Array): string | undefined {
  const named = formatFromName(name);
  if (named !== 'pdf' && named !== 'docx') return undefined;
  const actual = sniffFormat(name, bytes);
  if (actual === named) return undefined;
  return `${name} is named as ${NAMES[named]} file but its content is ${actual ? (NAMES[actual] ?? actual) : 'not a format tenderlint reads'}; it was not checked. Open it in the program that made it and save it as ${NAMES[named]} again.`;
}

import { describe, expect, it } from 'vitest';
import {
  contentMismatch,
  documentName,
  documentUrl,
  parseCheckerQuery,
  readCapped,
  sameSite,
} from '../../extension/lib/documents.js';

const NOTICE = 'https://www.find-tender.service.gov.uk/Notice/001234-2026';

describe('documentUrl: the link a "Check document" control may be put on', () => {
  it.each([
    ['/Notice/Attachment/pack.docx', 'https://www.find-tender.service.gov.uk/Notice/Attachment/pack.docx'],
    ['https://www.contractsfinder.service.gov.uk/a.pdf', 'https://www.contractsfinder.service.gov.uk/a.pdf'],
    ['http://example.org/tender.pdf', 'http://example.org/tender.pdf'],
  ])('takes %s', (href, want) => expect(documentUrl(href, NOTICE)?.href).toBe(want));

  it.each([
    'javascript:alert(1)//x.pdf',
    'data:application/pdf;base64,JVBERi0=#x.pdf',
    'blob:https://x/1.pdf',
    'file:///etc/passwd.pdf',
    'http://[bad/x.pdf',
    'chrome-extension://abc/x.pdf',
  ])('refuses %s', (href) => {
    expect(documentUrl(href, NOTICE)).toBeUndefined();
  });

  it('same site means the same host name as the notice', () => {
    const n = new URL(NOTICE);
    expect(sameSite(new URL('https://WWW.find-tender.service.gov.uk/x.pdf'), n)).toBe(true);
    expect(sameSite(new URL('https://find-tender.service.gov.uk.evil.example/x.pdf'), n)).toBe(false);
    expect(sameSite(new URL('https://www.contractsfinder.service.gov.uk/x.pdf'), n)).toBe(false);
  });
});

describe('the draft checker reads its address without failing (issue 16, item 10)', () => {
  it('names a document whose path has a malformed % escape as written', () => {
    expect(documentName(new URL('https://h.example/a/%E0%A4%A.pdf'))).toBe('%E0%A4%A.pdf');
    expect(documentName(new URL('https://h.example/a/ITT%20pack.docx'))).toBe('ITT pack.docx');
    expect(documentName(new URL('https://h.example/'))).toBe('document');
  });

  it('parses its query: nothing, a document (confirmed or not), or something it cannot use', () => {
    expect(parseCheckerQuery('')).toEqual({ kind: 'none' });
    const q = (url: string, from?: string) => '?' + new URLSearchParams({ url, ...(from ? { from } : {}) }).toString();
    const same = parseCheckerQuery(q('https://www.find-tender.service.gov.uk/Notice/Attachment/%E0%A4%A.pdf', NOTICE));
    expect(same).toMatchObject({ kind: 'document', name: '%E0%A4%A.pdf', needsConfirm: false });
    expect(parseCheckerQuery(q('https://www.contractsfinder.service.gov.uk/x.docx', NOTICE))).toMatchObject({
      kind: 'document',
      needsConfirm: true,
    });
    // Without the page it came from, the user confirms.
    expect(parseCheckerQuery(q('https://www.find-tender.service.gov.uk/x.docx'))).toMatchObject({
      kind: 'document',
      needsConfirm: true,
    });
    expect(parseCheckerQuery(q('javascript:alert(1)')).kind).toBe('invalid');
    expect(parseCheckerQuery('?url=%E0%A4%A').kind).toBe('invalid');
  });
});

describe('readCapped: a download stopped past its size limit (issue 16, item 6)', () => {
  /** A body that never ends, counting how many chunks were pulled from it. */
  function endless(chunk = 64 * 1024) {
    const state = { pulled: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        state.pulled++;
        c.enqueue(new Uint8Array(chunk));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return { body, state };
  }

  it('stops an endless body once it passes the limit, and cancels it', async () => {
    const { body, state } = endless();
    await expect(readCapped(new Response(body), 1024 * 1024)).rejects.toThrow(
      'the document is more than the limit of 1 MB; the download was stopped',
    );
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(40);
  });

  it('refuses a declared length over the limit before reading any of it', async () => {
    const { body, state } = endless();
    const res = new Response(body, { headers: { 'content-length': String(200 * 1024 * 1024) } });
    await expect(readCapped(res, 100 * 1024 * 1024)).rejects.toThrow(
      'the document is 200 MB, more than the limit of 100 MB',
    );
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('returns a body within the limit whole', async () => {
    const bytes = await readCapped(new Response(new Uint8Array([1, 2, 3, 4, 5])), 5);
    expect([...bytes]).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('contentMismatch: a file whose bytes are not what its name says', () => {
  const text = new TextEncoder().encode(
    'The total contract value is £40,000. Bidders must have a turnover of £2,000,000.\n',
  );
  const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n');
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
  it.each([
    ['tender.pdf', text, 'tender.pdf is named as a PDF file but its content is text; it was not checked'],
    ['tender.docx', text, 'tender.docx is named as a DOCX file but its content is text'],
    ['tender.docx', pdf, 'tender.docx is named as a DOCX file but its content is a PDF'],
    ['tender.pdf', zip, 'tender.pdf is named as a PDF file but its content is a DOCX'],
  ] as const)('%s with other content is an error', (name, bytes, message) => {
    expect(contentMismatch(name, bytes)).toContain(message);
  });
  it.each([
    ['tender.pdf', pdf],
    ['tender.docx', zip],
    ['tender.md', text],
    ['notes.txt', text],
  ] as const)('%s with matching content is not', (name, bytes) => expect(contentMismatch(name, bytes)).toBeUndefined());
});

// Issue 16, items 9 and 10: DOCX files that were read silently wrong, or failed with a library's raw
// text. Two word/document.xml entries (the last was used), altChunk content (never read, nothing said
// so), an end record with the wrong entry count ("reading 'Table'"), a DOCTYPE with entities
// (xmldom's "line:undefined").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseBytes, ParseError } from '../../linter/core/parse/index.js';
import { cli, cleanup, tempDir, FIXTURES } from '../cli/helpers.js';
import { zip } from '../../scripts/lib/zip-writer.mjs';

const SOURCE = readFileSync(join(FIXTURES, 'council-community-transport-pqq.docx'));

/** Stored (uncompressed) entries in the order given, duplicates allowed: JSZip cannot write those. */
const rawZip = (entries: Array<[string, Uint8Array]>): Uint8Array =>
  zip(entries.map(([name, data]) => ({ name, data, method: 0 })));

async function entriesOf(bytes: Uint8Array): Promise<Array<[string, Uint8Array]>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Array<[string, Uint8Array]> = [];
  for (const f of Object.values(zip.files)) if (!f.dir) out.push([f.name, await f.async('uint8array')]);
  return out;
}

async function withDocument(edit: (xml: string) => string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(SOURCE);
  zip.file('word/document.xml', edit(await zip.file('word/document.xml')!.async('string')));
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const failure = async (bytes: Uint8Array) => {
  try {
    await parseBytes('x.docx', bytes);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('parsed');
};
const RAW = /xmldom|line:undefined|Cannot read properties|reading '/;

describe('DOCX read silently wrong', () => {
  it('two word/document.xml entries are an error, not "the last one wins"', async () => {
    const entries = await entriesOf(SOURCE);
    const decoy = new TextEncoder().encode(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Nothing to see.</w:t></w:r></w:p></w:body></w:document>',
    );
    const e = await failure(rawZip([...entries, ['word/document.xml', decoy]]));
    expect(e.code).toBe('corrupt-docx');
    expect(e.message).toContain('two entries named "word/document.xml"');
  });

  it('altChunk content is reported as not read, as typed data on the document and in the JSON report', async () => {
    const bytes = await withDocument((xml) => xml.replace('<w:body>', '<w:body><w:altChunk r:id="rIdAlt1"/>'), {
      'word/afchunk.htm': '<html><body><p>Bidders must have a minimum annual turnover of £5,000,000.</p></body></html>',
    });
    const zip = await JSZip.loadAsync(bytes);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdAlt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/></Relationships>',
      ),
    );
    const withRel = await zip.generateAsync({ type: 'uint8array' });
    const [doc] = await parseBytes('x.docx', withRel);
    expect(doc!.unread).toEqual([{ kind: 'docx-altchunk', part: 'word/afchunk.htm' }]);
    const dir = tempDir({});
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'alt.docx'), withRel);
      const r = cli(['-f', 'json', 'alt.docx'], dir);
      expect(JSON.parse(r.stdout).files[0].unread).toEqual([{ kind: 'docx-altchunk', part: 'word/afchunk.htm' }]);
      expect(cli(['alt.docx'], dir).stdout).toContain('not read: an embedded document (altChunk) word/afchunk.htm');
    } finally {
      cleanup(dir);
    }
  });
});

describe('DOCX errors in words, not library text', () => {
  it.each([1, 3])('an end record that counts %i entries when the directory holds more', async (count) => {
    const b = Buffer.from(SOURCE);
    const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    b.writeUInt16LE(count, eocd + 8);
    b.writeUInt16LE(count, eocd + 10);
    const e = await failure(new Uint8Array(b));
    expect(e.code).toBe('corrupt-docx');
    expect(e.message).toMatch(/says it holds \d+ entr(y|ies), but its directory/);
    expect(e.message).not.toMatch(RAW);
  });

  it('a DOCTYPE with entities (XXE, billion laughs) is refused by name', async () => {
    const bytes = await withDocument((xml) =>
      xml
        .replace(/^(<\?xml[^>]*\?>)?/, (m) => `${m}<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`)
        .replace('<w:body>', '<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'),
    );
    const e = await failure(bytes);
    expect(e.code).toBe('corrupt-docx');
    expect(e.message).toContain('"word/document.xml" has a DOCTYPE');
    expect(e.message).not.toMatch(RAW);
  });

  it("XML that is not well-formed is said so without xmldom's text", async () => {
    const bytes = await withDocument(
      () =>
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>hi</w:t></w:r></w:p>',
    );
    const e = await failure(bytes);
    expect(e.code).toBe('corrupt-docx');
    expect(e.message).toContain('XML is damaged');
    expect(e.message).not.toMatch(RAW);
  });
});

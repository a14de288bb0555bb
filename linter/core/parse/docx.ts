import type { TenderDocument, UnreadPart } from '../model/document.js';
import { blocksFromTree } from './html-blocks.js';
import { docxTree, type DocxModel } from './docx-tree.js';
import { ParseError } from './errors.js';
import { openDocxZip, type DocxZip } from './zip.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';

export type DocxOptions = Partial<Pick<Limits, 'maxDocxUncompressed' | 'maxZipEntries'>>;

/**
 * DOCX through mammoth's document reader, then the shared HTML walker on the tree its HTML would
 * give (docx-tree.ts). mammoth is loaded only when a DOCX is read.
 * The zip is opened and sized up first (openDocxZip), so a zip bomb is refused before mammoth sees it,
 * and mammoth reads the parts inflated there rather than inflating the zip a second time.
 */
export async function parseDocx(path: string, bytes: Uint8Array, options: DocxOptions = {}): Promise<TenderDocument> {
  const zip = await openDocxZip(bytes, {
    maxDocxUncompressed: options.maxDocxUncompressed ?? DEFAULT_LIMITS.maxDocxUncompressed,
    maxZipEntries: options.maxZipEntries ?? DEFAULT_LIMITS.maxZipEntries,
  });
  const mammoth = (await import('mammoth')).default;
  let model: DocxModel | undefined;
  try {
    // Node's mammoth takes an opened zip as `file` (lib/unzip.js; a test pins it against `buffer`);
    // its browser build reads only `arrayBuffer` and inflates again with JSZip.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // The document model is taken from transformDocument and mammoth is handed an empty body to
    // write, so no HTML is written and read back (docx-tree.ts builds the same tree directly).
    await mammoth.convertToHtml({ file: zip, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer }, {
      transformDocument: (document: DocxModel) => {
        model = document;
        return { ...document, children: [], comments: [] };
      },
    });
  } catch (e) {
    throw describeMammothError(e);
  }
  if (!model) throw describeMammothError(new Error('main document'));
  const doc = blocksFromTree(path, docxTree(model), 'docx', { positions: false });
  const unread = await altChunks(zip);
  return unread.length ? { ...doc, unread } : doc;
}

/** mammoth's and xmldom's errors in words: their own text ("line:undefined", "reading 'Table'") says nothing to a user. */
function describeMammothError(e: unknown): ParseError {
  const msg = (e as Error)?.message ?? String(e);
  if (/word\/document\.xml|main document/i.test(msg)) {
    return new ParseError(
      'not-docx',
      'the zip has no main Word document part (word/document.xml), so it is not a Word document',
    );
  }
  if (/xmldom/i.test(msg)) {
    // "error: [xmldom error]\telement parse error: ...\n@#[line:undefined,col:undefined]": the reason only.
    const reason = msg
      .slice(0, 1000)
      .split('@#[')[0]!
      .split('[xmldom error]')
      .join('')
      .replace(/^\s*(?:error:\s*)+/i, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 160);
    return new ParseError('corrupt-docx', `not a readable DOCX: its XML is damaged${reason ? ` (${reason})` : ''}`);
  }
  if (/end of central directory|corrupted|unexpected end|crc/i.test(msg)) {
    return new ParseError('corrupt-docx', 'not a readable DOCX: the zip container is damaged or incomplete');
  }
  return new ParseError(
    'corrupt-docx',
    'not a readable DOCX: its parts are not laid out as Word writes them (a damaged or hand-made file)',
  );
}

const ALT_CHUNK_TYPE = '/relationships/aFChunk';

/**
 * Embedded documents (w:altChunk: HTML, RTF or another DOCX pasted in whole) that mammoth skips, so
 * the report can say what was not read. Found by plain string search, as the XML may be large.
 */
async function altChunks(zip: DocxZip): Promise<UnreadPart[]> {
  if (!zip.exists('word/document.xml')) return [];
  const xml = (await zip.read('word/document.xml', 'utf-8')) as string;
  const ids: string[] = [];
  for (let i = xml.indexOf('altChunk'); i >= 0; i = xml.indexOf('altChunk', i + 8)) {
    if (xml[i - 1] !== ':' && xml[i - 1] !== '<') continue;
    const tag = xml.slice(i, xml.indexOf('>', i));
    const id = /\bid="([^"]{1,200})"/.exec(tag)?.[1];
    if (id) ids.push(id);
  }
  if (ids.length === 0) return [];
  const rels = zip.exists('word/_rels/document.xml.rels')
    ? ((await zip.read('word/_rels/document.xml.rels', 'utf-8')) as string)
    : '';
  return ids.map((id) => {
    const at = rels.indexOf(`Id="${id}"`);
    const start = rels.lastIndexOf('<', at);
    const rel = at < 0 ? '' : rels.slice(start, rels.indexOf('>', at));
    const target = rel.includes(ALT_CHUNK_TYPE) ? /\bTarget="([^"]{1,500})"/.exec(rel)?.[1] : undefined;
    const part =
      target === undefined ? `(relationship ${id})` : target.startsWith('/') ? target.slice(1) : `word/${target}`;
    return { kind: 'docx-altchunk' as const, part };
  });
}

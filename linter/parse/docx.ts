import type { TenderDocument } from '../model/document.js';
import { blocksFromTree } from './html-blocks.js';
import { parseGeneratedHtml } from './generated-html.js';
import { ParseError } from './errors.js';
import { openDocxZip } from './zip.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';

export type DocxOptions = Partial<Pick<Limits, 'maxDocxUncompressed' | 'maxZipEntries'>>;

/**
 * DOCX through mammoth to HTML, then the shared HTML walker. mammoth is loaded only when a DOCX is read.
 * The zip is opened and sized up first (openDocxZip), so a zip bomb is refused before mammoth sees it,
 * and mammoth reads the parts inflated there rather than inflating the zip a second time.
 */
export async function parseDocx(path: string, bytes: Uint8Array, options: DocxOptions = {}): Promise<TenderDocument> {
  const zip = await openDocxZip(bytes, {
    maxDocxUncompressed: options.maxDocxUncompressed ?? DEFAULT_LIMITS.maxDocxUncompressed,
    maxZipEntries: options.maxZipEntries ?? DEFAULT_LIMITS.maxZipEntries,
  });
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    // Node's mammoth takes an opened zip as `file` (lib/unzip.js; a test pins it against `buffer`);
    // its browser build reads only `arrayBuffer` and inflates again with JSZip.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const result = await mammoth.convertToHtml({ file: zip, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer }, {
      // Images are never read: the linter needs text, and an embedded image as a data URI costs memory.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    if (/word\/document\.xml|main document/i.test(msg)) {
      throw new ParseError('not-docx', 'the zip has no main Word document part (word/document.xml), so it is not a Word document');
    }
    if (/end of central directory|zip|corrupted|invalid|unexpected end|crc/i.test(msg)) {
      throw new ParseError('corrupt-docx', `not a readable DOCX (the zip container is damaged or incomplete): ${msg}`);
    }
    if (/xml|tag|attribute|entity|unclosed|parse/i.test(msg)) {
      throw new ParseError('corrupt-docx', `not a readable DOCX (its document XML is damaged): ${msg}`);
    }
    throw new ParseError('corrupt-docx', `could not read the DOCX: ${msg}`);
  }
  return blocksFromTree(path, parseGeneratedHtml(html), 'docx', { positions: false });
}

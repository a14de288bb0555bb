import type { TenderDocument } from '../model/document.js';
import { htmlToBlocks } from './html.js';
import { ParseError } from './errors.js';

/** DOCX through mammoth to HTML, then the shared HTML walker. mammoth is loaded only when a DOCX is read. */
export async function parseDocx(path: string, bytes: Uint8Array): Promise<TenderDocument> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`: give both, no Buffer needed.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const result = await mammoth.convertToHtml({ buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer });
    html = result.value;
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (/end of central directory|zip|corrupted|invalid/i.test(msg)) {
      throw new ParseError('corrupt-docx', `not a readable DOCX (the zip container is damaged or incomplete): ${msg}`);
    }
    if (/word\/document\.xml|main document/i.test(msg)) {
      throw new ParseError('corrupt-docx', 'the zip has no word/document.xml, so it is not a Word document');
    }
    throw new ParseError('corrupt-docx', `could not read the DOCX: ${msg}`);
  }
  return htmlToBlocks(path, html, 'docx', { positions: false });
}

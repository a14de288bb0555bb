import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { openDocxZip } from '../../linter/core/parse/zip.js';
import { everyDocx } from '../helpers/cli.js';
import { zip as writeZip } from '../../scripts/lib/zip-writer.mjs';

const LIMITS = { maxDocxUncompressed: 256 << 20, maxZipEntries: 10_000 };
const noImages = { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) };

describe('openDocxZip', () => {
  // mammoth's `file` input is not in its README: this pins it, so an upgrade that drops it fails here.
  it('gives mammoth the same HTML as its own unzip, on every DOCX we have', async () => {
    const files = everyDocx();
    expect(files.length).toBeGreaterThan(15);
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(f));
      const own = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, noImages);
      const ours = await mammoth.convertToHtml(
        { file: await openDocxZip(bytes, LIMITS) } as unknown as { buffer: Buffer },
        noImages,
      );
      expect(ours.value, f).toBe(own.value);
      expect(ours.value.length, f).toBeGreaterThan(1000);
    }
  });

  it('reads stored and deflated parts as bytes, text or base64, and says which parts exist', async () => {
    const text = new TextEncoder().encode('<w:document>£1,000,000 – “quoted”</w:document>');
    const media = new Uint8Array([0, 1, 2, 250, 255]);
    const zip = await openDocxZip(
      writeZip([
        { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>'), method: 0 },
        { name: 'word/document.xml', data: text, method: 8 },
        { name: 'word/media/image1.png', data: media, method: 8 },
      ]),
      LIMITS,
    );
    expect(zip.exists('word/document.xml')).toBe(true);
    expect(zip.exists('word/styles.xml')).toBe(false);
    expect(await zip.read('word/document.xml', 'utf-8')).toBe('<w:document>£1,000,000 – “quoted”</w:document>');
    expect(await zip.read('[Content_Types].xml', 'utf-8')).toBe('<Types/>');
    // Media are not kept after sizing; they are inflated again only if asked for.
    expect([...((await zip.read('word/media/image1.png')) as Uint8Array)]).toEqual([...media]);
    expect(await zip.read('word/media/image1.png', 'base64')).toBe(Buffer.from(media).toString('base64'));
    await expect(zip.read('word/missing.xml')).rejects.toThrow('no part "word/missing.xml"');
    expect(() => zip.write('x', 'y')).toThrow('read-only');
  });

  it('counts what the parts really inflate to against the limit', async () => {
    const big = new Uint8Array(64 * 1024);
    const bytes = writeZip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>'), method: 0 },
      { name: 'word/document.xml', data: big, method: 8 },
    ]);
    await expect(openDocxZip(bytes, { ...LIMITS, maxDocxUncompressed: 32 * 1024 })).rejects.toMatchObject({
      code: 'docx-too-large',
    });
    await expect(openDocxZip(bytes, { ...LIMITS, maxDocxUncompressed: 128 * 1024 })).resolves.toBeDefined();
    // A header that understates the size is caught while inflating, not trusted.
    const lying = writeZip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>'), method: 0 },
      { name: 'word/document.xml', data: big, method: 8, declaredSize: 100 },
    ]);
    await expect(openDocxZip(lying, LIMITS)).rejects.toMatchObject({
      code: 'corrupt-docx',
      message: expect.stringContaining('inflates to more than the 100 bytes its zip header declares'),
    });
  });
});

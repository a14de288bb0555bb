// Draws the extension's icon (extension/icon.svg) at the sizes the stores and browsers ask for
// (16, 32, 48, 96, 128 px) with Debian's chromium, into extension/public/icon/<size>.png.
// Run after changing the SVG: node scripts/make-icons.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const SVG = readFileSync(join(ROOT, 'extension/icon.svg'), 'utf8');
const OUT = join(ROOT, 'extension/public/icon');
export const SIZES = [16, 32, 48, 96, 128];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!DOCTYPE html><html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(join(OUT, `${size}.png`), png);
    console.log(`extension/public/icon/${size}.png ${png.length} bytes`);
  }
} finally {
  await browser.close();
}

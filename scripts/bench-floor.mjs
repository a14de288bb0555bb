#!/usr/bin/env node
// The floors of the whole-command benchmark (scripts/bench-whole.mjs): each library alone, as the
// shortest script a developer would write to get the text out, run as a command of its own.
//   node scripts/bench-floor.mjs pdf FILE    pdf.js: getTextContent of every page
//   node scripts/bench-floor.mjs docx FILE   mammoth: convertToHtml
//   node scripts/bench-floor.mjs md FILE     remark with remark-gfm: parse
// It uses V8's compile cache as bin/tenderlint.js does, so neither side is timed compiling what the other has cached.
import module from 'node:module';
import { readFileSync } from 'node:fs';

module.enableCompileCache?.();
const [kind, file] = process.argv.slice(2);
const bytes = readFileSync(file);
let size = 0;
if (kind === 'pdf') {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    size += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
} else if (kind === 'docx') {
  const mammoth = (await import('mammoth')).default;
  size = (await mammoth.convertToHtml({ buffer: bytes })).value.length;
} else if (kind === 'md') {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  size = unified().use(remarkParse).use(remarkGfm).parse(bytes.toString('utf8')).children.length;
} else {
  console.error('usage: bench-floor.mjs pdf|docx|md FILE');
  process.exit(2);
}
process.stdout.write(`${size}\n`);

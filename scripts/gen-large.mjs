#!/usr/bin/env node
// Makes the benchmark's large inputs from the committed fixtures (nothing over 1 MB is committed):
//   large.md   about 1 MB of Markdown (the fixtures, repeated)
//   large.docx about 100 pages (a fixture DOCX's body, repeated, through JSZip)
//   large.pdf  about 300 pages (the fixtures rendered to HTML and printed by Debian's chromium)
// Usage: node scripts/gen-large.mjs [outDir]   (default bench-output/inputs). Needs `npm run build`.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'bench-output/inputs');
mkdirSync(out, { recursive: true });
const fixtures = join(root, 'fixtures/tenders');
const mdFiles = readdirSync(fixtures)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();

/** Markdown: the fixtures end to end until the file passes 1 MB. */
export function makeMarkdown(target = 1_050_000) {
  const parts = mdFiles.map((f) => readFileSync(join(fixtures, f), 'utf8'));
  let text = '';
  for (let i = 0; text.length < target; i++) text += parts[i % parts.length] + '\n\n';
  writeFileSync(join(out, 'large.md'), text);
  return text.length;
}

/** DOCX: one fixture's body repeated; Word paginates about 500 words a page. */
export async function makeDocx(pages = 100) {
  const { default: JSZip } = await import('jszip');
  const src = readFileSync(join(fixtures, 'housing-association-void-clearance.docx'));
  const zip = await JSZip.loadAsync(src);
  const xml = await zip.file('word/document.xml').async('string');
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sect = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(start, sect);
  const words = body
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  const copies = Math.ceil((pages * 500) / words);
  zip.file('word/document.xml', xml.slice(0, start) + body.repeat(copies) + xml.slice(sect));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  writeFileSync(join(out, 'large.docx'), bytes);
  return { words: words * copies, copies };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** PDF: the fixtures' blocks as HTML with a running header, printed by chromium. */
export async function makePdf(pages = 300) {
  const { parseMarkdown } = await import(pathToFileURL(join(root, 'dist/linter/core/parse/markdown.js')).href);
  const html = [];
  for (const f of mdFiles) {
    const doc = parseMarkdown(f, readFileSync(join(fixtures, f), 'utf8'));
    let inTable = false;
    for (const b of doc.blocks) {
      if (b.kind === 'table-cell') continue;
      if (b.kind === 'table-row') {
        if (!inTable) html.push('<table>');
        inTable = true;
        html.push(
          `<tr>${b.text
            .split(' | ')
            .map((c) => `<td>${esc(c)}</td>`)
            .join('')}</tr>`,
        );
        continue;
      }
      if (inTable) html.push('</table>');
      inTable = false;
      if (b.kind === 'heading')
        html.push(`<h${Math.min(b.depth ?? 2, 3)}>${esc(b.text)}</h${Math.min(b.depth ?? 2, 3)}>`);
      else if (b.kind === 'list-item') html.push(`<ul><li>${esc(b.text)}</li></ul>`);
      else html.push(`<p>${esc(b.text)}</p>`);
    }
    if (inTable) html.push('</table>');
  }
  // The fixtures print at about 2.4 pages each; repeat to reach the target.
  const copies = Math.ceil(pages / (mdFiles.length * 2.4));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 25mm 20mm; }
    body { font: 11pt/1.4 "DejaVu Sans", sans-serif; }
    .run { position: fixed; top: -15mm; left: 0; right: 0; font-size: 9pt; color: #555; }
    table { border-collapse: collapse; } td { border: 1px solid #999; padding: 3px 8px; }
  </style></head><body><div class="run">Benchmark tender pack — OFFICIAL</div>${html.join('\n').repeat(copies)}</body></html>`;
  const tmp = mkdtempSync(join(tmpdir(), 'tenderlint-bench-'));
  try {
    writeFileSync(join(tmp, 'large.html'), page);
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(tmp, 'profile')}`,
        `--print-to-pdf=${join(out, 'large.pdf')}`,
        pathToFileURL(join(tmp, 'large.html')).href,
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(join(out, 'large.pdf'))),
    isEvalSupported: false,
  }).promise;
  const n = doc.numPages;
  await doc.destroy();
  return { pages: n };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(root, 'dist/linter/core/parse/markdown.js'))) {
    console.error('gen-large: run `npm run build` first');
    process.exit(2);
  }
  console.log('large.md', makeMarkdown(), 'characters');
  console.log('large.docx', await makeDocx());
  console.log('large.pdf', await makePdf());
}

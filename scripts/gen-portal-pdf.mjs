#!/usr/bin/env node
// Makes a portal-like PDF for the benchmark: a selection questionnaire laid out as e-sourcing portals
// export one (a project table, then each question a bordered box with its number, text, response
// type and an empty answer area), printed by Debian's wkhtmltopdf 0.12.6. Its Qt engine embeds the
// fonts as CID TrueType, Identity-H, with no subset tag in their names (pdffonts: emb yes, sub no), as
// the portals' exports do, and writes text as many short hex strings under their own text matrices,
// which costs pdf.js about three times what a chromium page does. Debian's build has an unpatched Qt,
// so it prints no running header or footer (--header-* is ignored).
// The questions are the fixtures' paragraphs, list items and table rows, so the document has findings.
// Usage: node scripts/gen-portal-pdf.mjs [outFile] [pages]   (default fixtures/large/portal-sq.pdf, 85).
// Needs `npm run build` and wkhtmltopdf.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures/tenders');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const RESPONSE_TYPES = [
  'Text (max 500 words)',
  'Yes / No',
  'Pass / Fail',
  'Attachment',
  'Text (max 250 words)',
  'Scored 0-5',
];

/** The fixtures' blocks, in order, without table cells (their rows hold them). */
async function fixtureBlocks() {
  const { parseMarkdown } = await import(pathToFileURL(join(root, 'dist/linter/core/parse/markdown.js')).href);
  const mdFiles = readdirSync(fixtures)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  return mdFiles.flatMap((f) =>
    parseMarkdown(f, readFileSync(join(fixtures, f), 'utf8')).blocks.filter((b) => b.kind !== 'table-cell'),
  );
}

/** The questionnaire's HTML body from the first `count` blocks (the fixtures repeated as needed): one section per heading, one box per question. */
function questionnaire(blocks, count) {
  const html = [];
  let section = 0;
  let question = 0;
  for (let i = 0; i < count; i++) {
    const b = blocks[i % blocks.length];
    if (b.kind === 'heading') {
      section++;
      question = 0;
      html.push(`<h2>Section ${section}. ${esc(b.text)}</h2>`);
      continue;
    }
    question++;
    const type = RESPONSE_TYPES[(section + question) % RESPONSE_TYPES.length];
    const text = b.kind === 'table-row' ? b.text.split(' | ').map(esc).join(': ') : esc(b.text);
    html.push(`<table class="q">
  <tr><td class="n">${section}.${question}</td><td class="t">${text}</td></tr>
  <tr><td class="l">Response type</td><td>${type}${question % 3 === 0 ? ' <span class="m">(Mandatory)</span>' : ''}</td></tr>
  <tr><td class="l">Response</td><td class="a">${type === 'Yes / No' || type === 'Pass / Fail' ? '&#9744; Yes &nbsp; &#9744; No' : '&nbsp;'}</td></tr>
</table>`);
  }
  return html.join('\n');
}

function page(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
  body { font: 10pt/1.35 "Liberation Sans", Arial, sans-serif; color: #222; }
  h1 { font: bold 16pt "Liberation Sans", Arial, sans-serif; }
  h2 { font: bold 12pt "Liberation Sans", Arial, sans-serif; background: #dfe7f1; padding: 4px 6px; margin: 14px 0 6px; }
  table { border-collapse: collapse; width: 100%; }
  table.q { margin: 0 0 8px; page-break-inside: avoid; }
  td { border: 1px solid #9aa7b6; padding: 3px 6px; vertical-align: top; }
  td.n { width: 12%; font-weight: bold; } td.l { color: #555; font-size: 9pt; }
  td.a { height: 28px; font-family: "DejaVu Sans", sans-serif; } .m { color: #a00; font-size: 8.5pt; }
  .meta td:first-child { width: 30%; font-weight: bold; }
</style></head><body>
<h1>Selection Questionnaire</h1>
<table class="meta">
  <tr><td>Project reference</td><td>DN712345</td></tr>
  <tr><td>Project title</td><td>Community services framework: selection stage</td></tr>
  <tr><td>Procedure</td><td>Competitive flexible procedure (Procurement Act 2023)</td></tr>
  <tr><td>Exported</td><td>Printable version of the questionnaire, all sections</td></tr>
</table>
${body}
</body></html>`;
}

/** Prints the questionnaire to `outFile` with as many questions as fill `pages` pages; returns the page count. */
export async function makePortalPdf(outFile, pages = 85) {
  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'tenderlint-portal-'));
  const pdfinfoPages = async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(readFileSync(outFile)),
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
    const n = doc.numPages;
    await doc.destroy();
    return n;
  };
  try {
    // One copy of the fixtures first, to learn how many blocks fill a page; then as many as fill `pages`.
    const blocks = await fixtureBlocks();
    let count = blocks.length;
    let n = 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      writeFileSync(join(tmp, 'sq.html'), page(questionnaire(blocks, count)));
      execFileSync(
        'wkhtmltopdf',
        [
          '--quiet',
          '--page-size',
          'A4',
          '--margin-top',
          '18mm',
          '--margin-bottom',
          '18mm',
          '--margin-left',
          '15mm',
          '--margin-right',
          '15mm',
          '--title',
          'Selection Questionnaire',
          join(tmp, 'sq.html'),
          outFile,
        ],
        { stdio: 'ignore', timeout: 300_000, env: { ...process.env, XDG_RUNTIME_DIR: tmp } },
      );
      n = await pdfinfoPages();
      if (n === pages) break;
      // Page breaks fall between boxes, so the estimate is refined from each print.
      count = Math.max(1, Math.round((count * (pages - 0.5)) / n));
    }
    return n;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(root, 'dist/linter/core/parse/markdown.js'))) {
    console.error('gen-portal-pdf: run `npm run build` first');
    process.exit(2);
  }
  const out = process.argv[2] ?? join(root, 'fixtures/large/portal-sq.pdf');
  console.log(out, await makePortalPdf(out, Number(process.argv[3]) || 85), 'pages');
}

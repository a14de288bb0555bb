#!/usr/bin/env node
// Regenerates the DOCX and PDF versions of the Markdown tenders in a directory: by default the
// sample tenders in fixtures/tenders/*.md; with --dir, any other (the blind evaluation set's halves).
//
// Why: the linter must give the same findings whatever format a tender arrives in, so every
// Markdown fixture is also rendered as a Word document (pandoc) and as a printed PDF with a real
// text layer (pandoc -> HTML -> headless chromium), with the running header and footer that real
// tender PDFs carry. The .expected.json files apply to all three formats.
//
// Usage: npm run fixtures   (or: node scripts/make-fixtures.mjs [--dir DIR] [--quiet] [name ...])
//   --dir DIR   render DIR/*.md instead of fixtures/tenders (relative to the repository root)
//   --quiet     print only the totals, not a line per document (for the held-out half, whose
//               documents nobody developing the extractors should read about)
// Needs pandoc, chromium and pdftotext/pdfinfo (poppler-utils) on PATH. No npm dependencies.
//
// Determinism: pandoc gets SOURCE_DATE_EPOCH, so the DOCX timestamps are fixed. Chromium stamps
// /CreationDate and /ModDate into the PDF; we overwrite them in place with a fixed date of the same
// length (so the xref offsets stay valid). Any other bytes chromium varies between runs are listed
// in the summary (none were seen with Chromium 156).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const dirAt = argv.indexOf('--dir');
if (dirAt >= 0 && !argv[dirAt + 1]) throw new Error('--dir needs a directory');
const dir = dirAt >= 0 ? resolve(root, argv[dirAt + 1]) : join(root, 'fixtures', 'tenders');
const quiet = argv.includes('--quiet');
const SOURCE_DATE_EPOCH = '1767225600'; // 2026-01-01T00:00:00Z
const FIXED_PDF_DATE = '20260101000000';

// Printed in a narrow column with soft hyphens at the break points below, so that some lines end in
// a hyphenated word. Chromium's `hyphens: auto` has no dictionary on Linux without its (network)
// component updater, so we place the hyphenation points ourselves: one per long word, from the
// table below or else before a common suffix.
const NARROW = new Set(['council-supported-living-light-touch']);
const HYPHENATION = {
  accessibility: 'accessi-bility',
  accommodation: 'accommo-dation',
  appointments: 'appoint-ments',
  commissioning: 'commis-sioning',
  commissioners: 'commis-sioners',
  disabilities: 'disabil-ities',
  encouraged: 'encour-aged',
  employment: 'employ-ment',
  independence: 'indepen-dence',
  involved: 'invol-ved',
  medication: 'medica-tion',
  personalised: 'person-alised',
  professional: 'profes-sional',
  refurbished: 'refur-bished',
  relationships: 'relation-ships',
  residential: 'residen-tial',
  restrictive: 'restric-tive',
  shortlisted: 'short-listed',
  specification: 'specifi-cation',
  volunteering: 'volun-teering',
};

const args = argv.filter((a, i) => !a.startsWith('--') && !(dirAt >= 0 && i === dirAt + 1));
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md' && !f.endsWith('.labels.md'))
  .filter((f) => args.length === 0 || args.includes(basename(f, '.md')))
  .sort();

function run(cmd, argv, opts = {}) {
  return execFileSync(cmd, argv, {
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, SOURCE_DATE_EPOCH },
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
  });
}

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text of the first H1 (markup stripped the simple way: our fixtures use none in headings). */
function firstHeading(md) {
  const m = md.match(/^# (.+)$/m) ?? md.match(/^#{2,6} (.+)$/m) ?? md.match(/^\s*(\S.{0,80})$/m);
  if (!m) throw new Error('no heading and no text');
  return m[1].replace(/[*_`]/g, '').trim();
}

/** "Buyer: Invitation to Tender for X" -> "Buyer — Invitation to Tender — OFFICIAL". */
function runningHeader(h1) {
  const colon = h1.indexOf(':');
  if (colon < 0) return `${h1} — OFFICIAL`;
  const buyer = h1.slice(0, colon).trim();
  const rest = h1.slice(colon + 1).trim();
  const kind = rest.split(/ for /)[0].trim();
  return `${buyer} — ${kind} — OFFICIAL`;
}

const SUFFIXES = [
  'ically',
  'ation',
  'ition',
  'ments',
  'ment',
  'ness',
  'ities',
  'ility',
  'ship',
  'ance',
  'ence',
  'ised',
  'ising',
  'able',
  'ible',
  'tion',
  'sion',
  'ally',
  'ings',
  'ing',
];

function breakPoint(word) {
  const h = HYPHENATION[word.toLowerCase()];
  if (h) return h.indexOf('-');
  if (word.length < 9 || /^[A-Z]/.test(word)) return -1;
  for (const suf of SUFFIXES) {
    if (word.toLowerCase().endsWith(suf) && word.length - suf.length >= 5) return word.length - suf.length;
  }
  return -1;
}

function hyphenate(html) {
  // Only touch text between tags.
  return html.replace(/>([^<]+)</g, (_, text) => {
    const out = text.replace(/[A-Za-z]+/g, (word) => {
      const cut = breakPoint(word);
      return cut > 0 ? `${word.slice(0, cut)}&shy;${word.slice(cut)}` : word;
    });
    return `>${out}<`;
  });
}

const CSS = `
@page { size: A4; margin: 10mm 20mm; }
html { font-family: "DejaVu Serif", "Liberation Serif", serif; font-size: 10.5pt; line-height: 1.35; color: #111; }
body { margin: 0; }
.running-header, .running-footer {
  position: fixed; left: 0; right: 0; font-family: "DejaVu Sans", "Liberation Sans", sans-serif;
  font-size: 8.5pt; color: #444; text-align: center;
}
.running-header { top: 0; height: 9mm; border-bottom: 0.4pt solid #999; }
.running-footer { bottom: 0; height: 7mm; border-top: 0.4pt solid #999; padding-top: 1mm; letter-spacing: 0.1em; }
/* The page frame: thead/tfoot spacers repeat on every printed page and keep the text clear of the
   fixed header and footer. */
table.page { width: 100%; border-collapse: collapse; border: none; margin: 0; }
table.page > thead > tr > td, table.page > tfoot > tr > td, table.page > tbody > tr > td { border: none; padding: 0; }
.header-space { height: 15mm; }
.footer-space { height: 13mm; }
h1 { font-size: 17pt; line-height: 1.25; margin: 0 0 8pt; }
h2 { font-size: 13.5pt; margin: 16pt 0 6pt; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; }
p, li { orphans: 2; widows: 2; }
p { margin: 0 0 7pt; }
ul, ol { margin: 0 0 7pt; padding-left: 18pt; }
li { margin-bottom: 2pt; }
table.content { border-collapse: collapse; margin: 6pt 0 10pt; width: 100%; font-size: 10pt; }
table.content th, table.content td { border: 0.6pt solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top; }
table.content th { background: #e8e8e8; }
table.content tr { break-inside: avoid; }
body.narrow .column { width: 70mm; text-align: justify; }
body.narrow table.content { font-size: 9pt; }
`;

function htmlPage(name, md) {
  const h1 = firstHeading(md);
  let body = run('pandoc', ['-f', 'gfm', '-t', 'html5', '--wrap=none'], { input: md });
  body = body.replace(/<table>/g, '<table class="content">');
  const narrow = NARROW.has(name);
  if (narrow) body = hyphenate(body);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(h1)}</title>
<style>${CSS}</style>
</head>
<body${narrow ? ' class="narrow"' : ''}>
<div class="running-header">${escapeHtml(runningHeader(h1))}</div>
<div class="running-footer">OFFICIAL</div>
<table class="page">
<thead><tr><td><div class="header-space"></div></td></tr></thead>
<tfoot><tr><td><div class="footer-space"></div></td></tr></tfoot>
<tbody><tr><td><div class="column">
${body}
</div></td></tr></tbody>
</table>
</body>
</html>
`;
}

function fixPdfDates(file) {
  const buf = readFileSync(file);
  const s = buf.toString('latin1');
  const out = s.replace(/\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g, (_, key, _d, tz) => {
    return `/${key} (D:${FIXED_PDF_DATE}${tz.replace(/[0-9]/g, '0').replace(/[-]/g, '+')})`;
  });
  if (out.length !== s.length) throw new Error('PDF date rewrite changed the length');
  writeFileSync(file, Buffer.from(out, 'latin1'));
}

const work = mkdtempSync(join(tmpdir(), 'tenderlint-fixtures-'));
const profile = join(work, 'chromium-profile');
const results = [];
let failed = 0;

try {
  for (const file of sources) {
    const name = basename(file, '.md');
    const src = join(dir, file);
    const md = readFileSync(src, 'utf8');
    const h1 = firstHeading(md);
    const docx = join(dir, `${name}.docx`);
    const pdf = join(dir, `${name}.pdf`);

    run('pandoc', ['-f', 'gfm', '-t', 'docx', '-o', docx, src]);

    const html = join(work, `${name}.html`);
    writeFileSync(html, htmlPage(name, md));
    run(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(html).href,
      ],
      { timeout: 120_000 },
    );
    fixPdfDates(pdf);

    const text = run('pdftotext', ['-layout', pdf, '-']);
    const flat = (s) =>
      s
        .replace(/\u00ad/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const hasHeading = flat(text).includes(flat(h1));
    const pages = Number(run('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)?.[1] ?? 0);
    const header = runningHeader(h1);
    const headerPages = text.split('\f').filter((p) => p.includes('OFFICIAL') && flat(p).includes(flat(header))).length;
    const hyphenEnds = text.split('\n').filter((l) => /[A-Za-z]\u00ad?[-\u2010]\s*$/.test(l)).length;
    if (!hasHeading) failed++;
    results.push({ name, pages, hasHeading, headerPages, hyphenEnds });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pad = (s, n) => String(s).padEnd(n);
if (!quiet) {
  console.log(
    `${pad('fixture', 48)} ${pad('pages', 5)} ${pad('H1 in text', 10)} ${pad('header pages', 12)} hyphenated line ends`,
  );
  for (const r of results) {
    console.log(
      `${pad(r.name, 48)} ${pad(r.pages, 5)} ${pad(r.hasHeading ? 'yes' : 'NO', 10)} ${pad(`${r.headerPages}/${r.pages}`, 12)} ${r.hyphenEnds}`,
    );
  }
}
console.log(
  `\n${results.length} documents rendered to DOCX and PDF in ${relative(root, dir) || '.'}${failed ? `; ${failed} PDF(s) missing their heading` : ''}`,
);
process.exit(failed ? 1 : 0);

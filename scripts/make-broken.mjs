#!/usr/bin/env node
// Generates fixtures/broken/: small hostile and broken files, each with the error (or the reading)
// it must get, written to fixtures/broken/broken.expected.json for test/hostile. Deterministic except
// the two files qpdf encrypts (it salts them at random) and the scan (pdftoppm's JPEG). Needs qpdf and
// pdftoppm (Debian: apt-get install -y qpdf poppler-utils) only to remake encrypted.pdf,
// owner-password.pdf and scanned.pdf; without them those committed files are kept as they are.
//
//   node scripts/make-broken.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { zip } from './lib/zip-writer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures/broken');
mkdirSync(out, { recursive: true });
const good = (ext) => readFileSync(join(root, `fixtures/tenders/icb-office-cleaning-dspt.${ext}`));
const expected = {};

/** Writes a file and records what reading it must give: { code, message } substrings, or { format, rule } for files that must lint. */
function put(name, bytes, expect) {
  writeFileSync(join(out, name), bytes);
  expected[name] = expect;
}

// A seeded PRNG (mulberry32) so the junk is the same on every run.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function junk(n, seed) {
  const r = rng(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)));
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
);

// ---- minimal PDF writer (for the scan and the page-less PDF).
function pdf(objects) {
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const parts = [Buffer.from(body, 'latin1')];
  let length = parts[0].length;
  const xref = [];
  objects.forEach((o, i) => {
    xref.push(length);
    const chunk = Buffer.isBuffer(o)
      ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')])
      : Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1');
    parts.push(chunk);
    length += chunk.length;
  });
  const table = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref.map((x) => `${String(x).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(table, 'latin1'));
  return Buffer.concat(parts);
}
function jpegSize(jpg) {
  for (let i = 2; i < jpg.length;) {
    const marker = jpg[i + 1];
    const len = jpg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) return { h: jpg.readUInt16BE(i + 5), w: jpg.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  throw new Error('no JPEG frame header');
}
/** An image-only PDF: each page is a JPEG and nothing else, as a scanner writes it. */
function imagePdf(jpegs) {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids = [];
  for (const jpg of jpegs) {
    const { w, h } = jpegSize(jpg);
    const page = objs.length + 1;
    kids.push(`${page} 0 R`);
    const pw = 595,
      ph = Math.round((595 * h) / w);
    objs.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pw} ${ph}] /Resources << /XObject << /Im0 ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`,
    );
    objs.push(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpg.length} >>\nstream\n`,
        ),
        jpg,
        Buffer.from('\nendstream'),
      ]),
    );
    const content = `q ${pw} 0 0 ${ph} 0 0 cm /Im0 Do Q`;
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return pdf(objs);
}

function have(cmd) {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return e.code !== 'ENOENT';
  }
}

// A small tender that must give a turnover-multiple finding naming £1,000,000 when decoded right.
const TENDER = [
  'Invitation to quote: office cleaning',
  '',
  'The total contract value is £40,000 for one year. It’s a small contract.',
  '',
  'Bidders must have a minimum annual turnover of £1,000,000.',
  '',
].join('\r\n');
const lints = (format, rule, message) => ({ format, rule, ...(message ? { message } : {}) });

// ---- DOCX
const docx = good('docx');
put('truncated.docx', docx.subarray(0, Math.floor(docx.length * 0.6)), { code: 'corrupt-docx', message: 'cut short' });
put(
  'not-a-docx.docx',
  zip([
    { name: 'notes.txt', method: 0, data: Buffer.from('just a zip\n') },
    { name: 'more/data.csv', method: 8, data: Buffer.from('a,b\n1,2\n') },
  ]),
  { code: 'not-docx', message: 'a zip archive, not a Word document' },
);
put(
  'spreadsheet.docx',
  zip([
    { name: '[Content_Types].xml', method: 8, data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', method: 8, data: Buffer.from('<workbook/>') },
  ]),
  { code: 'not-docx', message: 'Excel workbook' },
);
put(
  'no-document.docx',
  zip([
    { name: '[Content_Types].xml', method: 8, data: CONTENT_TYPES },
    {
      name: '_rels/.rels',
      method: 8,
      data: Buffer.from('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    },
  ]),
  { code: 'not-docx', message: 'word/document.xml' },
);
// Zip bomb: one deflated run of 64 MB of zeros (about 64 KB), referenced by 64 central entries: 4 GB if inflated.
const zeros = Buffer.alloc(64 * 1024 * 1024);
const bombData = deflateRawSync(zeros, { level: 9 });
const bombEntries = [
  { name: '[Content_Types].xml', method: 8, data: CONTENT_TYPES },
  { name: 'word/document.xml', method: 8, deflated: bombData, crc: crc32(zeros), size: zeros.length },
];
for (let i = 0; i < 63; i++)
  bombEntries.push({ name: `word/media/part${i}.bin`, method: 8, sameDataAs: 'word/document.xml' });
put('zip-bomb.docx', zip(bombEntries), { code: 'docx-too-large', message: 'refused before inflating' });
// A bomb that lies: its header says 1,000 bytes, its data inflates to 16 MB.
const zeros16 = Buffer.alloc(16 * 1024 * 1024);
put(
  'zip-bomb-lying.docx',
  zip([
    { name: '[Content_Types].xml', method: 8, data: CONTENT_TYPES },
    {
      name: 'word/document.xml',
      method: 8,
      deflated: deflateRawSync(zeros16, { level: 9 }),
      crc: crc32(zeros16),
      size: 1000,
    },
  ]),
  { code: 'corrupt-docx', message: 'inflates to more than' },
);
const ole = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
  junk(1024, 7),
]);
put('legacy-word.docx', ole, { code: 'unsupported-format', message: 'save it as .docx' });
// Word encrypts a password-protected .docx inside an OLE file with an "EncryptedPackage" stream (synthetic: only the directory name is real).
put(
  'encrypted-word.docx',
  Buffer.concat([ole.subarray(0, 512), Buffer.from('EncryptionInfo\0EncryptedPackage\0', 'utf16le'), junk(512, 8)]),
  { code: 'docx-encrypted', message: 'password-protected' },
);
put('docx-named.pdf', docx, lints('docx', 'dspt-small-contract'));

// ---- PDF
const goodPdf = good('pdf');
put('truncated.pdf', goodPdf.subarray(0, Math.floor(goodPdf.length * 0.5)), {
  code: 'corrupt-pdf',
  message: 'cut short',
});
{
  const s = goodPdf.toString('latin1');
  const from = s.lastIndexOf('xref');
  const to = s.lastIndexOf('trailer');
  // The cross-reference table overwritten with junk: pdf.js rebuilds it by scanning the objects.
  put(
    'garbage-xref.pdf',
    Buffer.concat([goodPdf.subarray(0, from), junk(to - from, 3), goodPdf.subarray(to)]),
    lints('pdf', 'dspt-small-contract'),
  );
}
put('no-pages.pdf', pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']), {
  code: 'corrupt-pdf',
  message: 'no pages',
});
put('pdf-named.txt', goodPdf, lints('pdf', 'dspt-small-contract'));
put('png-named.pdf', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), junk(200, 4)]), {
  code: 'unsupported-format',
  message: 'PNG image',
});
put('markdown-named.pdf', Buffer.from(TENDER), lints('text', 'turnover-multiple', '£1,000,000'));

const tmp = mkdtempSync(join(tmpdir(), 'make-broken-'));
try {
  const src = join(tmp, 'good.pdf');
  writeFileSync(src, goodPdf);
  if (have('qpdf')) {
    execFileSync('qpdf', ['--encrypt', 'tender-secret', 'owner-secret', '256', '--', src, join(out, 'encrypted.pdf')]);
    // Owner password only (printing and copying restricted): anyone may open it, so it must lint.
    execFileSync('qpdf', [
      '--encrypt',
      '',
      'owner-secret',
      '256',
      '--extract=n',
      '--modify=none',
      '--',
      src,
      join(out, 'owner-password.pdf'),
    ]);
  } else console.warn('qpdf not found: keeping the committed encrypted.pdf and owner-password.pdf');
  expected['encrypted.pdf'] = { code: 'pdf-encrypted', message: 'password-protected' };
  expected['owner-password.pdf'] = lints('pdf', 'dspt-small-contract');
  if (have('pdftoppm')) {
    execFileSync('pdftoppm', [
      '-r',
      '40',
      '-gray',
      '-jpeg',
      '-jpegopt',
      'quality=40',
      '-f',
      '1',
      '-l',
      '2',
      src,
      join(tmp, 'page'),
    ]);
    const pages = readdirSync(tmp)
      .filter((f) => f.startsWith('page') && f.endsWith('.jpg'))
      .sort()
      .map((f) => readFileSync(join(tmp, f)));
    writeFileSync(join(out, 'scanned.pdf'), imagePdf(pages));
  } else console.warn('pdftoppm not found: keeping the committed scanned.pdf');
  expected['scanned.pdf'] = lints('pdf', 'needs-ocr', 'no text layer');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---- text encodings and text that is not text
put('empty.md', Buffer.alloc(0), { code: 'empty-file', message: 'empty' });
put('junk.md', junk(4096, 1), { code: 'binary-file', message: 'binary data' });
put(
  'rtf-named.txt',
  Buffer.from(
    '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Bidders must have a minimum annual turnover of \\u163?1,000,000.}',
  ),
  { code: 'unsupported-format', message: 'RTF' },
);
put(
  'utf16le-bom.txt',
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TENDER, 'utf16le')]),
  lints('text', 'turnover-multiple', '£1,000,000'),
);
{
  const le = Buffer.from(TENDER, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  put('utf16be-no-bom.txt', be, lints('text', 'turnover-multiple', '£1,000,000'));
}
{
  // Windows-1252: £ is 0xA3, ’ is 0x92 (not valid UTF-8).
  const bytes = Buffer.from(TENDER.replace(/’/g, '\x92'), 'latin1');
  put('windows-1252.txt', bytes, lints('text', 'turnover-multiple', '£1,000,000'));
}
// Mojibake: UTF-8 bytes read as Windows-1252 and saved again as UTF-8 ("Â£", "â€™").
put(
  'mojibake.md',
  Buffer.from(
    `# Invitation to quote\n\nThe total contract value is Â£40,000 for one year. Itâ€™s a small contract.\n\nBidders must have a minimum annual turnover of Â£1,000,000.\n`,
  ),
  lints('markdown', 'turnover-multiple', '£1,000,000'),
);
put(
  'utf8-bom.md',
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`# Invitation to quote\n\n${TENDER}`)]),
  lints('markdown', 'turnover-multiple', '£1,000,000'),
);
put('bad-front-matter.md', Buffer.from('---\nvalue: [unclosed\n---\n\n# Tender\n'), {
  code: 'bad-front-matter',
  message: 'not valid YAML',
});
put('deeply-nested.md', Buffer.from('> '.repeat(20000) + 'The value is £5.\n'), {
  code: 'too-deeply-nested',
  message: 'more than 64 levels deep',
});

// ---- JSON
put('not-ocds.json', Buffer.from('{"hello": "world", "items": [1, 2, 3]}\n'), {
  code: 'not-ocds',
  message: 'not an OCDS',
});
put('invalid.json', Buffer.from('{"ocid": "ocds-b5fd17-1", "tender": {"title": "Cleaning"'), {
  code: 'invalid-json',
  message: 'not valid JSON',
});
put('deeply-nested.json', Buffer.from('['.repeat(50000) + ']'.repeat(50000)), {
  code: 'too-deeply-nested',
  message: 'nested too deeply',
});

writeFileSync(join(out, 'broken.expected.json'), JSON.stringify(expected, null, 2) + '\n');
console.log(`wrote ${Object.keys(expected).length} files to fixtures/broken/`);
if (!existsSync(join(out, 'encrypted.pdf')) || !existsSync(join(out, 'scanned.pdf'))) process.exitCode = 1;

#!/usr/bin/env node
// The dev half's documents printed a second way, to find PDF layouts the reader loses. The
// fixtures' PDFs are printed by chromium on A4 (make-fixtures.mjs); this prints the same Markdown
// with pandoc and wkhtmltopdf on A5 in small type, where table cells fill to their edges and rows
// wrap, then lints both and lists every rule whose count of findings differs from the Markdown's.
// Development only: it reads the dev half, never the held-out half.
//
// Usage: node scripts/pdf-variant.mjs [--out DIR] [ID_PREFIX ...]
//   ID_PREFIX  only the dev documents whose id starts with one of these (default: all)
//   --out DIR  where the HTML and PDF go (default: bench-output/pdf-variant)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : join(root, 'bench-output/pdf-variant');
const prefixes = args.filter((a, i) => !a.startsWith('--') && i !== outAt + 1);
for (const cmd of ['pandoc', 'wkhtmltopdf']) {
  if (spawnSync(cmd, ['--version'], { stdio: 'ignore' }).error) {
    console.error(`pdf-variant: ${cmd} is not installed (apt-get install -y ${cmd})`);
    process.exit(2);
  }
}

const dev = join(root, 'fixtures/eval/dev');
const ids = readdirSync(dev)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .filter((id) => prefixes.length === 0 || prefixes.some((p) => id.startsWith(p)));
mkdirSync(out, { recursive: true });
const css = join(out, 'small.css');
writeFileSync(
  css,
  'body { font-family: "DejaVu Serif", serif; font-size: 9pt; }\n' +
    'table { border-collapse: collapse; width: 100%; font-size: 8pt; }\n' +
    'td, th { border: 1px solid #999; padding: 2px; vertical-align: top; }\n',
);
for (const id of ids) {
  const html = join(out, `${id}.html`);
  execFileSync('pandoc', ['-s', '--metadata', 'title= ', '-c', css, join(dev, `${id}.md`), '-o', html]);
  spawnSync(
    'wkhtmltopdf',
    [
      '-q',
      '--enable-local-file-access',
      '-s',
      'A5',
      '-T',
      '8mm',
      '-B',
      '8mm',
      '-L',
      '8mm',
      '-R',
      '8mm',
      html,
      join(out, `${id}.pdf`),
    ],
    { stdio: 'ignore' },
  );
}

function lint(files) {
  const r = spawnSync(process.execPath, [join(root, 'bin/tenderlint.js'), '--format', 'json', ...files], {
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  return new Map(JSON.parse(r.stdout).files.map((f) => [f.path.replace(/.*\//, '').replace(/\.(md|pdf)$/, ''), f]));
}
const md = lint(ids.map((id) => join(dev, `${id}.md`)));
const pdf = lint(ids.map((id) => join(out, `${id}.pdf`)));
const count = (findings) => {
  const c = {};
  for (const f of findings) if (f.ruleId !== 'plain-language') c[f.ruleId] = (c[f.ruleId] ?? 0) + 1;
  return c;
};
let lost = 0;
let gained = 0;
for (const id of ids) {
  const a = count(md.get(id)?.findings ?? []);
  const b = count(pdf.get(id)?.findings ?? []);
  for (const rule of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = (b[rule] ?? 0) - (a[rule] ?? 0);
    if (d === 0) continue;
    if (d < 0) lost -= d;
    else gained += d;
    console.log(`${id}  ${rule}  markdown ${a[rule] ?? 0}, A5 PDF ${b[rule] ?? 0}`);
  }
}
console.log(`${ids.length} documents: the A5 PDFs lose ${lost} findings and add ${gained} (PDFs in ${out})`);

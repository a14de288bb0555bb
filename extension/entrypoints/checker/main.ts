import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { parseBytes, ParseError } from '../../../linter/parse/index.js';
import { setPdfjsLoader, type PdfjsLike } from '../../../linter/parse/pdf.js';
import { lintDocument, ConfigError, type LintResult } from '../../../linter/lint.js';
import type { TenderDocument } from '../../../linter/model/document.js';
import { summarise, type Report } from '../../../linter/model/report.js';
import { annotate, clearAnnotations, summaryText, type Target } from '../../ui/annotate.js';
import { normalise } from '../../ui/highlight.js';
import { loadSettings } from '../../lib/settings.js';
import { CheckerQuery } from '../../lib/messages.js';

// pdf.js and its worker are part of the extension: nothing is fetched from a CDN.
setPdfjsLoader(async () => {
  const pdfjs = await import('pdfjs-dist/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs as unknown as PdfjsLike;
});

const status = document.getElementById('status')!;
const textBox = document.getElementById('text')!;
const summaryBox = document.getElementById('summary')!;
const actions = document.getElementById('actions')!;
let last: { name: string; doc: TenderDocument; result: LintResult } | undefined;

function setStatus(text: string, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

/** The document's text, one element per block, built with text nodes only. */
function renderText(doc: TenderDocument): Element[] {
  textBox.replaceChildren();
  const nodes: Element[] = [];
  let list: HTMLUListElement | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'table-cell') continue;
    let el: HTMLElement;
    if (block.kind === 'list-item') {
      if (!list) {
        list = document.createElement('ul');
        textBox.appendChild(list);
      }
      el = document.createElement('li');
      list.appendChild(el);
    } else {
      list = undefined;
      el = document.createElement(block.kind === 'heading' ? (`h${Math.min(6, Math.max(2, (block.depth ?? 1) + 1))}` as 'h2') : 'p');
      if (block.kind === 'table-row') el.className = 'row';
      textBox.appendChild(el);
    }
    el.textContent = block.text;
    nodes[block.index] = el;
  }
  return nodes;
}

/** The block that holds a finding's excerpt (findings from DOCX, PDF and Markdown locate by line or page, not by block). */
function blockOf(doc: TenderDocument, excerpt: string): number | undefined {
  const want = normalise(excerpt);
  const hit = doc.blocks.find((b) => b.kind !== 'table-cell' && normalise(b.text).includes(want));
  return hit?.index ?? doc.blocks.find((b) => b.kind !== 'table-cell' && normalise(b.text).includes(want.slice(0, 60)))?.index;
}

async function check(name: string, bytes: Uint8Array) {
  clearAnnotations(document);
  textBox.replaceChildren();
  actions.hidden = true;
  setStatus(`Reading ${name}…`);
  let doc: TenderDocument;
  try {
    const docs = await parseBytes(name, bytes);
    doc = docs[0]!;
  } catch (e) {
    setStatus(e instanceof ParseError ? `Could not read ${name}: ${e.message}` : `Could not read ${name}: ${(e as Error).message}`, true);
    return;
  }
  const { config } = await loadSettings();
  let result: LintResult;
  try {
    result = lintDocument(doc, { config });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    result = lintDocument(doc);
    result.notes.push('Your options are not valid; the defaults were used.');
  }
  const nodes = renderText(doc);
  const targets: Target[] = result.findings.map((finding) => {
    const i = blockOf(doc, finding.excerpt);
    return { finding, node: i === undefined ? undefined : nodes[i] };
  });
  annotate(document, targets, { source: name, notes: result.notes, container: summaryBox, docked: false });
  last = { name, doc, result };
  actions.hidden = false;
  document.title = `${name}: ${summaryText(result.findings)} - tenderlint`;
  setStatus(`${name}: ${summaryText(result.findings)}.`);
  document.documentElement.setAttribute('data-tenderlint-checked', String(result.findings.length));
}

function report(): Report {
  const { name, doc, result } = last!;
  const files = [{ path: name, format: doc.format, facts: result.facts, findings: result.findings, notes: result.notes, error: null }];
  return { version: 1, files, summary: summarise(files) };
}

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A standalone HTML report, built as a DOM (text nodes only) and serialised. */
function printable(): string {
  const r = report();
  const d = document.implementation.createHTMLDocument(`tenderlint report: ${last!.name}`);
  const style = d.createElement('style');
  style.textContent = 'body{font:14px/1.5 Arial,sans-serif;max-width:800px;margin:20px auto}h2{font-size:16px;margin-top:18px}.excerpt{background:#f3f2f1;padding:4px}';
  d.head.appendChild(style);
  const add = (tag: string, text: string, parent: Element = d.body) => {
    const e = d.createElement(tag);
    e.textContent = text;
    parent.appendChild(e);
    return e;
  };
  add('h1', `tenderlint report: ${last!.name}`);
  add('p', `${summaryText(last!.result.findings)}. Checked ${new Date().toISOString().slice(0, 10)}.`);
  for (const f of r.files[0]!.findings) {
    add('h2', `${f.severity.toUpperCase()}: ${f.ruleId}`);
    add('p', f.message);
    add('p', f.excerpt).className = 'excerpt';
    add('p', `Fix: ${f.fix}`);
    const ul = d.createElement('ul');
    for (const c of f.citations) add('li', `${c.title}${c.section ? `, ${c.section}` : ''}: ${c.url}`, ul);
    d.body.appendChild(ul);
  }
  return '<!DOCTYPE html>\n' + d.documentElement.outerHTML;
}

const base = (name: string) => name.replace(/\.[^.]+$/, '');
document.getElementById('export-json')!.addEventListener('click', () => download(`${base(last!.name)}.tenderlint.json`, 'application/json', JSON.stringify(report(), null, 2)));
document.getElementById('export-report')!.addEventListener('click', () => download(`${base(last!.name)}.tenderlint.html`, 'text/html', printable()));
document.getElementById('print')!.addEventListener('click', () => window.print());

async function fromFile(file: File) {
  await check(file.name, new Uint8Array(await file.arrayBuffer()));
}

const input = document.getElementById('file') as HTMLInputElement;
input.addEventListener('change', () => {
  const f = input.files?.[0];
  if (f) void fromFile(f);
});
const drop = document.getElementById('drop')!;
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
document.addEventListener('dragleave', () => drop.classList.remove('over'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const f = e.dataTransfer?.files[0];
  if (f) void fromFile(f);
});

/** Opened from a "Check document" control: fetch that one document (the user's click asked for it). */
async function fromQuery() {
  const q = CheckerQuery.safeParse(Object.fromEntries(new URLSearchParams(location.search)));
  if (!q.success) return;
  const url = new URL(q.data.url);
  const name = decodeURIComponent(url.pathname.split('/').pop() || 'document');
  setStatus(`Fetching ${name}…`);
  try {
    const res = await fetch(url, { credentials: 'include', redirect: 'follow' });
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    await check(name, new Uint8Array(await res.arrayBuffer()));
  } catch (e) {
    setStatus(`Could not fetch ${name} (${(e as Error).message}). Download it and drop it here instead.`, true);
  }
}
void fromQuery();

import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { parseBytes, ParseError } from '../../../linter/core/parse/index.js';
import { setPdfjsLoader, type PdfjsLike } from '../../../linter/core/parse/pdfjs-loader.js';
import { lintDocument, toFileResult, type LintResult } from '../../../linter/core/lint.js';
import { ConfigError } from '../../../linter/core/config-error.js';
import type { TenderDocument } from '../../../linter/core/model/document.js';
import { summarise, type Report } from '../../../linter/core/model/report.js';
import { ruleById } from '../../../rules/index.js';
import { annotate, clearAnnotations, type Target } from '../../ui/annotate.js';
import { summaryText, titleOf, whereText } from '../../ui/finding-text.js';
import { blockAt } from '../../../linter/core/text/locate.js';
import { loadSettings, setRuleLevel } from '../../lib/settings.js';
import { contentMismatch, parseCheckerQuery, readCapped } from '../../lib/documents.js';

// pdf.js and its worker are part of the extension: nothing is fetched from a CDN.
setPdfjsLoader(async () => {
  const pdfjs = await import('pdfjs-dist/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs as unknown as PdfjsLike;
});

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const textBox = $('text');
const summaryBox = $('summary');
const actions = $('actions');
let last: { name: string; bytes: Uint8Array; doc: TenderDocument; result: LintResult } | undefined;
let runs = 0;

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
      el = document.createElement(
        block.kind === 'heading' ? (`h${Math.min(6, Math.max(2, (block.depth ?? 1) + 1))}` as 'h2') : 'p',
      );
      if (block.kind === 'table-row') el.className = 'row';
      textBox.appendChild(el);
    }
    el.textContent = block.text;
    nodes[block.index] = el;
  }
  return nodes;
}

function clear() {
  clearAnnotations(document);
  textBox.replaceChildren();
  actions.hidden = true;
  document.documentElement.removeAttribute('data-tenderlint-checked');
}

async function check(name: string, bytes: Uint8Array, flash?: { text: string; undo?: () => void }) {
  clear();
  runs++;
  setStatus(`Reading ${name}…`);
  const mismatch = contentMismatch(name, bytes);
  if (mismatch) {
    setStatus(mismatch, true);
    document.documentElement.setAttribute('data-tenderlint-checked', 'error');
    return;
  }
  let doc: TenderDocument;
  try {
    const docs = await parseBytes(name, bytes);
    doc = docs[0]!;
  } catch (e) {
    setStatus(
      e instanceof ParseError
        ? `Could not read ${name}: ${e.message}`
        : `Could not read ${name}: ${(e as Error).message}`,
      true,
    );
    document.documentElement.setAttribute('data-tenderlint-checked', 'error');
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
    const block = blockAt(doc.blocks, finding.location);
    return { finding, node: block ? nodes[block.index] : undefined };
  });
  annotate(document, targets, {
    source: name,
    notes: result.notes,
    facts: result.facts,
    container: summaryBox,
    docked: false,
    ...(flash ? { flash } : {}),
    actions: {
      notice: { title: name },
      onRuleOff: (ruleId) => {
        void setRuleLevel(ruleId, 'off').then(() =>
          check(name, bytes, {
            text: `Turned off the rule “${titleOf(ruleId)}” everywhere.`,
            undo: () => void setRuleLevel(ruleId, undefined).then(() => check(name, bytes)),
          }),
        );
      },
    },
  });
  last = { name, bytes, doc, result };
  actions.hidden = false;
  document.title = `${name}: ${summaryText(result.findings)} - tenderlint`;
  const time = new Date().toLocaleTimeString('en-GB');
  setStatus(`${name}: ${summaryText(result.findings)}. Checked at ${time}${runs > 1 ? ` (check ${runs})` : ''}.`);
  document.documentElement.setAttribute('data-tenderlint-checked', String(result.findings.length));
  document.documentElement.setAttribute('data-tenderlint-runs', String(runs));
}

function report(): Report {
  const { doc, result } = last!;
  const files = [{ ...toFileResult(doc, result), path: last!.name }];
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

/** A standalone HTML report, built as a DOM (text nodes only) and serialised: each finding with where, why and how to fix it. */
function printable(): string {
  const r = report();
  const d = document.implementation.createHTMLDocument(`tenderlint report: ${last!.name}`);
  d.documentElement.lang = 'en';
  const style = d.createElement('style');
  style.textContent =
    'body{font:14px/1.5 Arial,sans-serif;max-width:800px;margin:20px auto;color:#0b0c0c}h2{font-size:16px;margin-top:18px}.excerpt{background:#f3f2f1;padding:4px}.where{color:#505a5f}';
  d.head.appendChild(style);
  const add = (tag: string, text: string, parent: Element = d.body) => {
    const e = d.createElement(tag);
    e.textContent = text;
    parent.appendChild(e);
    return e;
  };
  add('h1', `tenderlint report: ${last!.name}`);
  add('p', `${summaryText(last!.result.findings)}. Checked ${new Date().toISOString().slice(0, 10)}.`);
  for (const n of r.files[0]!.notes ?? []) add('p', n);
  for (const f of r.files[0]!.findings) {
    add('h2', `${f.severity.toUpperCase()}: ${f.title} (${f.ruleId})`);
    const where = whereText(f.location);
    if (where) add('p', `Where: ${where}`).className = 'where';
    add('p', f.message);
    add('p', f.excerpt).className = 'excerpt';
    const why = ruleById(f.ruleId)?.meta.rationale;
    if (why) add('p', `Why it matters: ${why}`);
    add('p', `Fix: ${f.fix}`);
    const ul = d.createElement('ul');
    for (const c of f.citations) add('li', `${c.title}${c.section ? `, ${c.section}` : ''}: ${c.url}`, ul);
    d.body.appendChild(ul);
  }
  return '<!DOCTYPE html>\n' + d.documentElement.outerHTML;
}

const base = (name: string) => name.replace(/\.[^.]+$/, '');
$('export-json').addEventListener('click', () =>
  download(`${base(last!.name)}.tenderlint.json`, 'application/json', JSON.stringify(report(), null, 2)),
);
$('export-report').addEventListener('click', () =>
  download(`${base(last!.name)}.tenderlint.html`, 'text/html', printable()),
);
$('print').addEventListener('click', () => window.print());
$('recheck').addEventListener('click', () => last && void check(last.name, last.bytes));

async function fromFile(file: File) {
  await check(file.name, new Uint8Array(await file.arrayBuffer()));
}

const input = $<HTMLInputElement>('file');
input.addEventListener('change', () => {
  const f = input.files?.[0];
  // Cleared once read, so choosing the same file again is a change and checks it again.
  if (f) void fromFile(f).finally(() => (input.value = ''));
});
const drop = $('drop');
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

/** Fetches one document the user asked for, streamed and stopped past the size limit. */
async function fetchAndCheck(url: URL, name: string) {
  setStatus(`Fetching ${url.href}…`);
  try {
    const res = await fetch(url, { credentials: 'include', redirect: 'follow' });
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    const bytes = await readCapped(res);
    await check(name, bytes);
  } catch (e) {
    setStatus(
      `Could not fetch ${name} from ${url.href} (${(e as Error).message}). Download it and drop it here instead.`,
      true,
    );
    document.documentElement.setAttribute('data-tenderlint-checked', 'error');
  }
}

/**
 * Opened from a "Check document" control: fetch that one document. One on another site than the
 * notice it was linked from is fetched only after the user confirms, with its full address shown.
 */
function fromQuery() {
  const q = parseCheckerQuery(location.search);
  if (q.kind === 'none') return;
  if (q.kind === 'invalid') {
    setStatus(
      `This checker was opened with an address it cannot use (${q.reason}). Choose or drop a file instead.`,
      true,
    );
    document.documentElement.setAttribute('data-tenderlint-checked', 'error');
    return;
  }
  if (!q.needsConfirm) return void fetchAndCheck(q.url, q.name);
  const box = $('fetch');
  $('fetch-text').textContent = q.from
    ? `This document is on ${q.url.hostname}, not on ${q.from.hostname} where the notice is. Fetch ${q.url.href} and check it?`
    : `Fetch ${q.url.href} and check it?`;
  box.hidden = false;
  setStatus('Waiting for you to confirm the download.');
  $('fetch-yes').addEventListener('click', () => {
    box.hidden = true;
    void fetchAndCheck(q.url, q.name);
  });
  $('fetch-no').addEventListener('click', () => {
    box.hidden = true;
    setStatus('Not fetched. Choose or drop a file instead.');
  });
  $('fetch-yes').focus();
}
fromQuery();

#!/usr/bin/env node
// Measures what annotating a 20,000-word Find a Tender notice costs the page, with the production
// build loaded in Debian's chromium (same flags and host mapping as test/e2e):
//   - main-thread time of the content script's check (read page + lint + annotate, one task), over N runs;
//   - the longest main-thread task during load (PerformanceObserver 'longtask');
//   - layout shift: the CLS entries after annotation, and how far the page's own paragraphs moved
//     compared with the same page with the extension turned off for the site.
// Usage: node scripts/bench-extension.mjs [--runs 5] [--words 20000] [--json out.json]
// Needs Node 24 (type stripping, for the shared test harness): run it through npm or node_modules/.bin/node.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const RUNS = Number(opt('runs', 5));
const WORDS = Number(opt('words', 20000));
const JSON_OUT = opt('json', undefined);

if (!existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'))) {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
}
const { launch } = await import('../test/e2e/harness.ts');

/** The Find a Tender snapshot with its description grown to WORDS words of plain tender prose. */
function bigNotice() {
  const base = readFileSync(join(ROOT, 'fixtures/portals/find-a-tender.html'), 'utf8');
  const sentences = [
    'The provider will deliver equipment to residents within two working days of a referral from an occupational therapist.',
    'Collections of equipment that is no longer needed will be made within five working days and items will be cleaned and decontaminated before reuse.',
    'The provider will maintain an accurate stock record and report monthly on deliveries, collections, recycling rates and response times.',
    'Staff visiting homes must carry identification, be trained in safeguarding adults and treat residents with dignity and respect.',
    'Minor adaptations such as grab rails and stair rails will be fitted by competent fitters in line with the manufacturer’s instructions.',
    'The Council expects the provider to work with voluntary organisations and local suppliers where this improves the service for residents.',
  ];
  const paras = [];
  let words = base
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  let i = 0;
  while (words < WORDS) {
    const p = [0, 1, 2].map((k) => sentences[(i + k) % sentences.length]).join(' ');
    paras.push(`      <p class="govuk-body">Section ${i + 1}. ${p}</p>`);
    words += p.split(/\s+/).length + 2;
    i++;
  }
  return {
    html: base.replace(
      '<h2 class="govuk-heading-m">Participation</h2>',
      `${paras.join('\n')}\n      <h2 class="govuk-heading-m">Participation</h2>`,
    ),
    words,
    paragraphs: paras.length,
  };
}

const notice = bigNotice();
const PATH = '/Notice/999999-2026';
const URL_ = `https://www.find-tender.service.gov.uk${PATH}`;
const s = await launch({ [`www.find-tender.service.gov.uk${PATH}`]: notice.html });

async function measure() {
  const page = await s.context.newPage();
  // Observers in the page's main world before any of its scripts (and the content script) run.
  await page.addInitScript(() => {
    window.__bench = { shifts: [], longtasks: [] };
    new PerformanceObserver((l) =>
      l
        .getEntries()
        .forEach((e) =>
          window.__bench.shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, t: e.startTime }),
        ),
    ).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => window.__bench.longtasks.push({ d: e.duration, t: e.startTime })),
    ).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(URL_);
  await page.waitForSelector('html[data-tenderlint-checked]', { timeout: 60_000 });
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const tops = Array.from(document.querySelectorAll('main p'))
      .slice(0, 400)
      .map((p) => p.getBoundingClientRect().top + scrollY);
    return {
      checkMs: Number(document.documentElement.getAttribute('data-tenderlint-ms')),
      findings: document.documentElement.getAttribute('data-tenderlint-checked'),
      marks: document.querySelectorAll('mark[data-tenderlint-rule]').length,
      cls: window.__bench.shifts.filter((x) => !x.hadRecentInput).reduce((a, x) => a + x.value, 0),
      longestTaskMs: Math.max(0, ...window.__bench.longtasks.map((x) => x.d)),
      tops,
    };
  });
  await page.close();
  return r;
}

const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await measure());
// The same page with the extension off for the site: where the page's own paragraphs sit untouched.
await s.worker.evaluate(() => chrome.storage.local.set({ disabledSites: ['www.find-tender.service.gov.uk'] }));
const off = await measure();
await s.worker.evaluate(() => chrome.storage.local.clear());
await s.close();

const sorted = runs.map((r) => r.checkMs).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const moved = Math.max(...runs[0].tops.map((t, i) => Math.abs(t - (off.tops[i] ?? t))));
const result = {
  words: notice.words,
  paragraphs: notice.paragraphs,
  runs: RUNS,
  findings: runs[0].findings,
  marks: runs[0].marks,
  checkMs: { median, min: sorted[0], max: sorted.at(-1), all: sorted },
  longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
  cumulativeLayoutShift: Math.max(...runs.map((r) => r.cls)),
  ownContentMovedPx: moved,
  budgetMs: 100,
  withinBudget: median < 100,
};
console.log(
  `annotate ${result.words} words (${result.paragraphs} paragraphs): main-thread check ${median.toFixed(1)} ms median (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)}) over ${RUNS} runs; longest task ${result.longestTaskMs.toFixed(0)} ms; CLS ${result.cumulativeLayoutShift.toFixed(4)}; page paragraphs moved ${moved.toFixed(1)} px; ${result.findings} findings, ${result.marks} marks; budget 100 ms: ${result.withinBudget ? 'met' : 'NOT met'}`,
);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(result, null, 2));

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, URLS, type Session } from './harness.js';

const TENDERS = join(import.meta.dirname, '../../fixtures/tenders');
let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const done = (page: Page) => page.waitForSelector('html[data-tenderlint-checked]', { timeout: 30_000 });
const marked = (page: Page) =>
  page.evaluate(() =>
    [
      ...new Set(
        Array.from(document.querySelectorAll('#text mark[data-tenderlint-rule]')).map((m) =>
          m.getAttribute('data-tenderlint-rule'),
        ),
      ),
    ].sort(),
  );
const expected = (name: string) =>
  (
    JSON.parse(readFileSync(join(TENDERS, `${name}.expected.json`), 'utf8')) as {
      findings: Array<{ ruleId: string; excerpt: string }>;
    }
  ).findings;

describe('draft checker page', () => {
  it('checks a picked DOCX: text with the findings highlighted, summary, JSON export', async () => {
    const page = await s.page(`chrome-extension://${s.extensionId}/checker.html`);
    await page.setInputFiles('#file', join(TENDERS, 'icb-office-cleaning-dspt.docx'));
    await done(page);
    const want = expected('icb-office-cleaning-dspt').find((f) => f.ruleId === 'dspt-small-contract')!;
    expect(await marked(page)).toContain('dspt-small-contract');
    expect(
      await page
        .locator('#text mark[data-tenderlint-rule="dspt-small-contract"]')
        .allTextContents()
        .then((t) => t.join('')),
    ).toBe(want.excerpt);
    expect(await page.locator('#summary section.panel h2').textContent()).toMatch(
      /^tenderlint on icb-office-cleaning-dspt\.docx: \d+ findings/,
    );
    // The document's text is shown, as text.
    expect(await page.locator('#text').textContent()).toContain('Data Security and Protection Toolkit');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const report = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(report.version).toBe(1);
    expect(report.files[0].path).toBe('icb-office-cleaning-dspt.docx');
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('dspt-small-contract');
    expect(report.summary.files).toBe(1);

    const [html] = await Promise.all([page.waitForEvent('download'), page.click('#export-report')]);
    const printable = readFileSync(await html.path(), 'utf8');
    expect(printable).toContain('<h1>tenderlint report: icb-office-cleaning-dspt.docx</h1>');
    expect(printable).toContain('dspt-small-contract');
    await s.shot(page, 'checker-docx');
    await page.close();
  });

  it('checks a dropped PDF with the bundled pdf.js worker', async () => {
    const page = await s.page(`chrome-extension://${s.extensionId}/checker.html`);
    const bytes = readFileSync(join(TENDERS, 'university-catering-equipment-open.pdf')).toString('base64');
    // A real drop event carrying the file, as a person dragging it onto the page would make.
    await page.evaluate(async (b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], 'university-catering-equipment-open.pdf', { type: 'application/pdf' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await done(page);
    expect(await marked(page)).toContain('short-tender-period');
    expect(await page.locator('#status').textContent()).toMatch(
      /university-catering-equipment-open\.pdf: \d+ findings/,
    );
    await s.shot(page, 'checker-pdf');
    await page.close();
  });

  it('"Check document" on a notice fetches the linked DOCX and opens it in the draft checker', async () => {
    const notice = await s.page(URLS.fts);
    // The control is the extension's own (a closed shadow root after the link), clicked as a person would.
    await notice.waitForSelector('tenderlint-doc[data-tenderlint-doc]');
    const [checker] = await Promise.all([
      s.context.waitForEvent('page'),
      notice.locator('tenderlint-doc[data-tenderlint-doc]').first().click(),
    ]);
    await done(checker);
    expect(checker.url()).toContain(`chrome-extension://${s.extensionId}/checker.html?url=`);
    expect(await marked(checker)).toContain('dspt-small-contract');
    await s.shot(checker, 'checker-from-notice');
    await checker.close();
    await notice.close();
  });
});

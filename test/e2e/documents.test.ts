import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOSTS, launch, type Session } from './harness.js';
import { checked } from './ui.js';

const TENDERS = join(import.meta.dirname, '../../fixtures/tenders');
const NOTICE = `https://${HOSTS.fts}/Notice/links-2026`;
/** A notice whose document links include ones no "Check document" control may be put on. */
const LINKS_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Links</title></head><body><main id="main-content">
<h1>Notice with attachments</h1>
<p>The total contract value is £40,000. Tenders are due by 16 March 2026.</p>
<p><a id="same" href="/Notice/Attachment/icb-office-cleaning-dspt.docx">Tender pack (DOCX)</a></p>
<p><a id="js" href="javascript:alert(1)//tender.pdf">Script (PDF)</a></p>
<p><a id="data" href="data:application/pdf;base64,JVBERi0xLjQK#tender.pdf">Inline (PDF)</a></p>
<p><a id="other" href="https://${HOSTS.cf}/Notice/Attachment/icb-office-cleaning-dspt.docx">Elsewhere (DOCX)</a></p>
<p><a id="huge" href="/Notice/Attachment/huge.pdf">Huge (PDF)</a></p>
</main></body></html>`;

let s: Session;
beforeAll(async () => {
  s = await launch({ [`${HOSTS.fts}/Notice/links-2026`]: LINKS_PAGE });
});
afterAll(async () => {
  await s?.close();
});

const checkerPages = () => s.context.pages().filter((p) => p.url().includes('/checker.html'));
const control = (page: Page, id: string) => page.locator(`#${id} + tenderlint-doc`);

async function openFrom(page: Page, id: string): Promise<Page> {
  const [checker] = await Promise.all([s.context.waitForEvent('page'), control(page, id).click()]);
  await checker.waitForLoadState('load');
  return checker;
}

describe('"Check document" (issue 16, item 6)', () => {
  it('is put only on http(s) links, and names another site on the control', async () => {
    const page = await s.page(NOTICE);
    await checked(page);
    expect(await page.locator('tenderlint-doc').count()).toBe(3);
    expect(await control(page, 'js').count()).toBe(0);
    expect(await control(page, 'data').count()).toBe(0);
    // Its shadow root is closed: the page cannot reach the button inside.
    expect(await control(page, 'same').evaluate((h) => h.shadowRoot)).toBeNull();
    expect(await control(page, 'other').textContent()).toBe('');
    expect(await control(page, 'other').evaluate((h) => h.getBoundingClientRect().width)).toBeGreaterThan(100);
    await s.shot(page, 'after/check-document-controls');
    await page.close();
  });

  it('ignores clicks made by page script, and fetches the URL the link had when the control was made', async () => {
    const page = await s.page(NOTICE);
    await checked(page);
    const before = checkerPages().length;
    // Page script rewrites the link and clicks everything that looks like the control.
    await page.evaluate(() => {
      const a = document.getElementById('same') as HTMLAnchorElement;
      a.href = 'https://www.contractsfinder.service.gov.uk/Notice/Attachment/university-catering-equipment-open.pdf';
      for (const e of Array.from(
        document.querySelectorAll<HTMLElement>('[data-tenderlint-doc], [data-tenderlint-doc] button'),
      )) {
        e.click();
        e.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        e.shadowRoot?.querySelector('button')?.click();
      }
    });
    await page.waitForTimeout(1500);
    expect(checkerPages().length).toBe(before);

    // A person's click fetches what the link said when the page was checked, from the notice's own site: no question asked.
    const checker = await openFrom(page, 'same');
    const q = new URL(checker.url()).searchParams;
    expect(q.get('url')).toBe(`https://${HOSTS.fts}/Notice/Attachment/icb-office-cleaning-dspt.docx`);
    expect(q.get('from')).toBe(NOTICE);
    await checked(checker);
    expect(await checker.locator('#status').textContent()).toMatch(/^icb-office-cleaning-dspt\.docx: \d+ findings/);
    await checker.close();
    await page.close();
  });

  it('asks before fetching a document on another site, showing its address', async () => {
    const page = await s.page(NOTICE);
    await checked(page);
    const checker = await openFrom(page, 'other');
    const ask = checker.locator('#fetch');
    await expect.poll(() => ask.isVisible()).toBe(true);
    expect(await ask.textContent()).toContain(
      `This document is on ${HOSTS.cf}, not on ${HOSTS.fts} where the notice is. Fetch https://${HOSTS.cf}/Notice/Attachment/icb-office-cleaning-dspt.docx`,
    );
    expect(await checker.getAttribute('html', 'data-tenderlint-checked')).toBeNull();
    await s.shot(checker, 'after/checker-confirm');
    await checker.locator('#fetch-yes').click();
    await checked(checker);
    expect(await checker.locator('#status').textContent()).toMatch(/^icb-office-cleaning-dspt\.docx: \d+ findings/);

    // Cancel fetches nothing.
    const second = await openFrom(page, 'other');
    await second.locator('#fetch-no').click();
    expect(await second.locator('#status').textContent()).toContain('Not fetched');
    expect(await second.getAttribute('html', 'data-tenderlint-checked')).toBeNull();
    await second.close();
    await checker.close();
    await page.close();
  });

  it('stops a download over the size limit before reading it', async () => {
    const page = await s.page(NOTICE);
    await checked(page);
    const checker = await openFrom(page, 'huge');
    await expect.poll(() => checker.getAttribute('html', 'data-tenderlint-checked'), { timeout: 10_000 }).toBe('error');
    expect(await checker.locator('#status').textContent()).toContain(
      'the document is 200 MB, more than the limit of 100 MB',
    );
    await checker.close();
    await page.close();
  });
});

describe('the draft checker', () => {
  it('says what went wrong instead of staying blank on a malformed % escape in its address (issue 16, item 10)', async () => {
    const url = encodeURIComponent(`https://${HOSTS.fts}/Notice/Attachment/%E0%A4%A.pdf`);
    const checker = await s.page(
      `chrome-extension://${s.extensionId}/checker.html?url=${url}&from=${encodeURIComponent(NOTICE)}`,
    );
    await expect.poll(() => checker.getAttribute('html', 'data-tenderlint-checked')).toBe('error');
    expect(await checker.locator('#status').textContent()).toContain('Could not fetch %E0%A4%A.pdf');
    // A query that is not a document address at all.
    const bad = await s.page(`chrome-extension://${s.extensionId}/checker.html?url=javascript:alert(1)`);
    await expect.poll(() => bad.locator('#status').textContent()).toContain('cannot use');
    await bad.close();
    await checker.close();
  });

  it('checks the same file again when it is chosen again, and on "Check again"', async () => {
    const checker = await s.page(`chrome-extension://${s.extensionId}/checker.html`);
    const file = join(TENDERS, 'icb-office-cleaning-dspt.docx');
    await checker.setInputFiles('#file', file);
    await expect.poll(() => checker.getAttribute('html', 'data-tenderlint-runs')).toBe('1');
    await checker.setInputFiles('#file', file);
    await expect.poll(() => checker.getAttribute('html', 'data-tenderlint-runs')).toBe('2');
    expect(await checker.locator('#status').textContent()).toMatch(/\(check 2\)\.$/);
    await checker.click('#recheck');
    await expect.poll(() => checker.getAttribute('html', 'data-tenderlint-runs')).toBe('3');
    await checker.close();
  });

  it('calls a file whose content does not match its name an error, not a clean result', async () => {
    const checker = await s.page(`chrome-extension://${s.extensionId}/checker.html`);
    await checker.setInputFiles('#file', {
      name: 'tender.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('The total contract value is £40,000.\nBidders must have a turnover of £2,000,000.\n'),
    });
    await expect.poll(() => checker.getAttribute('html', 'data-tenderlint-checked')).toBe('error');
    const status = checker.locator('#status');
    expect(await status.textContent()).toContain(
      'tender.pdf is named as a PDF file but its content is text; it was not checked',
    );
    expect(await status.getAttribute('class')).toContain('error');
    await checker.close();
  });

  it('lists what was read, and stays usable at 400 px', async () => {
    const checker = await s.context.newPage();
    await checker.setViewportSize({ width: 400, height: 800 });
    await checker.goto(`chrome-extension://${s.extensionId}/checker.html`);
    await checker.setInputFiles('#file', join(TENDERS, 'icb-office-cleaning-dspt.docx'));
    await checked(checker);
    const read = checker.locator('#summary details.read');
    expect(await read.getAttribute('open')).not.toBeNull();
    const facts = await read.locator('dt').allTextContents();
    expect(facts).toEqual(expect.arrayContaining(['Value', 'Term', 'Published', 'Submission deadline', 'Regime']));
    const width = async (sel: string) => (await checker.locator(sel).boundingBox())!.width;
    expect(await width('#text')).toBeGreaterThan(300);
    expect(await width('#summary')).toBeGreaterThan(300);
    await s.shot(checker, 'after/checker-400');
    await checker.setViewportSize({ width: 1280, height: 900 });
    await s.shot(checker, 'after/checker-1280');
    await checker.close();
  });
});

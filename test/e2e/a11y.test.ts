import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, SHOTS, URLS, type Session } from './harness.js';
import { axe, byImpact, type Violation } from './axe.js';
import { checked, contrast } from './ui.js';

const TENDERS = join(import.meta.dirname, '../../fixtures/tenders');
let s: Session;
/** Every page's figures, written to test-output/axe.json for the record. */
const figures: Record<string, Record<string, number>> = {};
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  writeFileSync(join(SHOTS, 'axe.json'), JSON.stringify(figures, null, 2) + '\n');
  await s?.close();
});

const blocking = (vs: Violation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

async function audit(page: Page, name: string): Promise<void> {
  const vs = await axe(page);
  figures[name] = byImpact(vs);
  expect(blocking(vs), `${name}: ${JSON.stringify(blocking(vs), null, 1)}`).toEqual([]);
}

const ext = (path: string) => `chrome-extension://${s.extensionId}/${path}`;

describe('axe-core finds no serious or critical violation', () => {
  it.each(['fts', 'cf', 'pcs', 's2w'] as const)(
    'on the annotated %s notice: with the chip, the open panel and an open card',
    async (key) => {
      const page = await s.page(URLS[key]);
      await checked(page);
      await audit(page, `${key} (chip)`);
      await page.locator('section.panel button.chip').click();
      await audit(page, `${key} (panel open)`);
      await page.locator('tenderlint-flag button').first().click();
      await audit(page, `${key} (card open)`);
      await s.worker.evaluate(() => chrome.storage.local.clear());
      await page.close();
    },
  );

  it('on the popup, the options page, the first-run page and the checker with a document', async () => {
    const notice = await s.page(URLS.fts);
    await checked(notice);
    const tabId = await s.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, URLS.fts);
    const popup = await s.page(ext(`popup.html?tab=${tabId}`));
    await popup.waitForFunction(() => document.getElementById('state')?.textContent);
    await audit(popup, 'popup');
    for (const path of ['options.html', 'welcome.html']) {
      const page = await s.page(ext(path));
      await page.waitForLoadState('load');
      await audit(page, path);
      await page.close();
    }
    const checker = await s.page(ext('checker.html'));
    await checker.setInputFiles('#file', join(TENDERS, 'icb-office-cleaning-dspt.docx'));
    await checked(checker);
    await audit(checker, 'checker');
    await checker.locator('tenderlint-flag button').first().click();
    await audit(checker, 'checker (card open)');
    await popup.close();
    await checker.close();
    await notice.close();
  });
});

describe('screen readers and keyboards', () => {
  it('announce the count in a live region, and show focus at 3:1 or better', async () => {
    const page = await s.page(URLS.fts);
    await checked(page);
    const live = page.locator('section.panel p[role="status"]');
    await expect.poll(() => live.textContent()).toMatch(/^tenderlint on Find a Tender: \d+ findings \(/);
    expect(await live.getAttribute('aria-live')).toBe('polite');
    // No reference crosses a shadow boundary: the chip controls the sheet in its own root.
    expect(await page.locator('section.panel button.chip').getAttribute('aria-controls')).toBe('tenderlint-sheet');
    expect(await page.locator('mark[aria-controls]').count()).toBe(0);

    for (const target of ['tenderlint-flag button', 'section.panel button.chip']) {
      await page.locator(target).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await page
        .locator(target)
        .first()
        .evaluate((e) => {
          const cs = getComputedStyle(e);
          return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), colour: cs.outlineColor };
        });
      expect(ring.style, target).toBe('solid');
      expect(ring.width, target).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.colour, 'rgb(255, 255, 255)'), target).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });
});

declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<Array<{ id?: number }>> };
  storage: { local: { clear(): Promise<void> } };
};

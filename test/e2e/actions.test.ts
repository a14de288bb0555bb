import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOSTS, launch, URLS, type Session } from './harness.js';
import { checked } from './ui.js';

let s: Session;
beforeAll(async () => {
  s = await launch();
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${HOSTS.fts}` });
});
afterAll(async () => {
  await s?.close();
});
afterEach(async () => {
  await s.worker.evaluate(() => chrome.storage.local.clear());
});

const card = (page: Page, rule: string) => page.locator(`section.card[data-tenderlint-rule="${rule}"]`);
async function openCard(page: Page, rule: string) {
  await page.locator(`tenderlint-flag[data-tenderlint-rule="${rule}"] button`).click();
  await expect.poll(() => card(page, rule).isVisible()).toBe(true);
  return card(page, rule);
}

describe('acting on a finding', () => {
  it('dismisses it on this notice, remembered on reload, with undo and "show them again"', async () => {
    const page = await s.page(URLS.fts);
    await checked(page);
    const count = Number(await page.getAttribute('html', 'data-tenderlint-checked'));
    await (await openCard(page, 'unlotted-large-contract')).locator('button.dismiss').click();
    await expect.poll(() => page.getAttribute('html', 'data-tenderlint-checked')).toBe(String(count - 1));
    expect(await page.locator('mark[data-tenderlint-rule="unlotted-large-contract"]').count()).toBe(0);
    // The panel opens to say so, with Undo focused.
    expect(await page.locator('section.panel .flash').textContent()).toContain(
      'Dismissed “Large contract not divided into lots” on this notice.',
    );
    expect(
      await page
        .locator('section.panel .flash button.undo')
        .evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b),
    ).toBe(true);
    await expect.poll(() => s.badge(URLS.fts)).toBe(String(count - 1));
    await page.locator('section.panel .flash button.undo').click();
    await expect
      .poll(() => page.locator('mark[data-tenderlint-rule="unlotted-large-contract"]').count())
      .toBeGreaterThan(0);

    // Dismissed again; a reload keeps it dismissed and offers it back.
    await (await openCard(page, 'unlotted-large-contract')).locator('button.dismiss').click();
    const again = await s.page(URLS.fts);
    await checked(again);
    expect(await again.getAttribute('html', 'data-tenderlint-checked')).toBe(String(count - 1));
    await again.locator('section.panel button.chip').click();
    expect(await again.locator('section.panel .dismissed').textContent()).toContain('1 dismissed on this notice.');
    await again.locator('section.panel .dismissed button.restore').click();
    await expect.poll(() => again.getAttribute('html', 'data-tenderlint-checked')).toBe(String(count));
    await again.close();
    await page.close();
  });

  it('turns its rule off from the card, with undo', async () => {
    const page = await s.page(URLS.fts);
    await checked(page);
    await (await openCard(page, 'short-tender-period')).locator('button.rule-off').click();
    await expect.poll(() => page.locator('mark[data-tenderlint-rule="short-tender-period"]').count()).toBe(0);
    expect((await s.worker.evaluate(() => chrome.storage.local.get(['config']))).config).toEqual({
      rules: { 'short-tender-period': 'off' },
    });
    expect(await page.locator('section.panel .flash').textContent()).toContain(
      'Turned off the rule “Tender period below the minimum” everywhere.',
    );
    await page.locator('section.panel .flash button.undo').click();
    await expect
      .poll(() => page.locator('mark[data-tenderlint-rule="short-tender-period"]').count())
      .toBeGreaterThan(0);
    expect((await s.worker.evaluate(() => chrome.storage.local.get(['config']))).config).toEqual({ rules: {} });
    await page.close();
  });

  it('copies the finding, and a clarification question built from its data', async () => {
    const page = await s.page(URLS.fts);
    await checked(page);
    const c = await openCard(page, 'turnover-multiple');
    await c.locator('button.copy', { hasText: /^Copy$/ }).click();
    await expect.poll(() => c.locator('button.copy').first().textContent()).toBe('Copied');
    const finding = await page.evaluate(() => navigator.clipboard.readText());
    expect(finding).toContain('Error: Turnover demand over twice the annual value (turnover-multiple)');
    expect(finding).toContain('Minimum turnover £2,000,000 is 4 x the annual value £500,000');

    await c.locator('button.copy', { hasText: 'clarification question' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('Clarification question about “Community Equipment Service” (notice 001234-2026)');
    const question = await page.evaluate(() => navigator.clipboard.readText());
    expect(question).toContain('minimum annual turnover of £2,000,000');
    expect(question).toContain('Would the Westshire County Council consider the following:');
    expect(question).toMatch(/\?/);
    await s.shot(page, 'after/fts-card-actions');
    await page.close();
  });

  it('copies or exports every finding on the page', async () => {
    const page = await s.page(URLS.fts);
    await checked(page);
    const count = Number(await page.getAttribute('html', 'data-tenderlint-checked'));
    await page.locator('section.panel button.chip').click();
    await page.locator('section.panel button.copy-all').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`^tenderlint on Find a Tender: ${count} findings`));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('section.panel button.export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('001234-2026.tenderlint.json');
    const report = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(report.version).toBe(1);
    expect(report.files[0].findings).toHaveLength(count);
    expect(report.files[0].facts.value.amount).toBe(1_500_000);
    expect(report.summary.errors).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the toolbar popup', () => {
  it('shows the count and the on/off state, and turns the site off only after confirming', async () => {
    const page = await s.page(URLS.fts);
    await checked(page);
    const count = await page.getAttribute('html', 'data-tenderlint-checked');
    const tabId = await s.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, URLS.fts);
    const popup = await s.page(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 324, height: 340 });
    const state = popup.locator('#state');
    await expect
      .poll(() => state.textContent())
      .toMatch(
        new RegExp(`^On for ${HOSTS.fts.replace(/\./g, '\\.')}: ${count} findings on this page \\(2 errors\\)\\.$`),
      );
    await s.shot(popup, 'after/popup');
    await popup.click('#site');
    expect(await popup.locator('#confirm').isVisible()).toBe(true);
    expect((await s.worker.evaluate(() => chrome.storage.local.get(['disabledSites']))).disabledSites).toBeUndefined();
    await popup.click('#confirm-off');
    await expect.poll(() => state.textContent()).toBe(`Off on ${HOSTS.fts}. Notices here are not checked.`);
    await expect.poll(() => page.getAttribute('html', 'data-tenderlint-checked')).toBe('off');
    await expect.poll(() => s.badge(URLS.fts)).toBe('off');
    expect(await popup.locator('#check').isHidden()).toBe(true);
    await s.shot(popup, 'after/popup-off');
    await popup.click('#site');
    await expect.poll(() => state.textContent()).toContain(`On for ${HOSTS.fts}`);
    await expect.poll(() => page.getAttribute('html', 'data-tenderlint-checked')).toBe(count);
    await popup.close();
    await page.close();
  });

  it('offers no check and no "turn off" on the extension\'s own pages', async () => {
    const options = await s.page(`chrome-extension://${s.extensionId}/options.html`);
    const tabId = await s.worker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
      `chrome-extension://${s.extensionId}/options.html`,
    );
    const popup = await s.page(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('#state').textContent()).toBe('This is one of tenderlint’s own pages.');
    expect(await popup.locator('#site').isHidden()).toBe(true);
    expect(await popup.locator('#check').isHidden()).toBe(true);
    await popup.close();
    await options.close();
  });

  it('came with a first-run page, opened once on install', () => {
    expect(s.firstRun).toBe(`chrome-extension://${s.extensionId}/welcome.html`);
  });
});

declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<Array<{ id?: number }>> };
  storage: { local: { clear(): Promise<void>; get(k?: string[]): Promise<Record<string, unknown>> } };
};

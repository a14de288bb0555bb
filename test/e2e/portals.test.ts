import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, URLS, type Session } from './harness.js';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const checked = (page: import('playwright-core').Page) =>
  page.waitForSelector('html[data-tenderlint-checked]', { timeout: 15_000 });
const rulesOn = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    [
      ...new Set(
        Array.from(document.querySelectorAll('mark[data-tenderlint-rule]')).map((m) =>
          m.getAttribute('data-tenderlint-rule'),
        ),
      ),
    ].sort(),
  );

describe('portal notices in a real Chromium with the production build', () => {
  it('annotates a Find a Tender notice: passages, card, panel, badge, and page markup kept inert', async () => {
    const page = await s.page(URLS.fts);
    await checked(page);
    // The problems the snapshot was written with (other rules may add findings as the registry grows).
    expect(await rulesOn(page)).toEqual(
      expect.arrayContaining(['short-tender-period', 'turnover-multiple', 'unlotted-large-contract']),
    );

    // The exact passage is highlighted: the linter's sentence, up to its full stop.
    const turnover = page.locator('mark[data-tenderlint-rule="turnover-multiple"]').first();
    expect(
      await page
        .locator('mark[data-tenderlint-rule="turnover-multiple"]')
        .allTextContents()
        .then((t) => t.join('')),
    ).toBe(
      'Economic and financial standing: Bidders must have a minimum annual turnover of £2,000,000 <img src=x onerror="document.title=\'PWNED\'"> in each of the last three financial years.',
    );
    expect(await page.locator('mark[data-tenderlint-rule="short-tender-period"]').textContent()).toBe(
      '26 January 2026, 12:00pm',
    );

    // Hostile text in the flagged passage stays text, in the page and in the card.
    expect(await page.locator('main img').count()).toBe(0);

    // Keyboard: Tab to the finding's flag (the passage's one tab stop, a button ahead of it), Enter
    // opens its card, Escape closes it and focus returns. (Issue 17: the mark itself is no longer a
    // button, which nested buttons inside buttons and renamed the page's text for screen readers.)
    expect(await turnover.textContent()).toBeTruthy();
    await page.locator('tenderlint-flag[data-tenderlint-rule="turnover-multiple"] button').focus();
    await page.keyboard.press('Enter');
    const card = page.locator('section[role="dialog"][data-tenderlint-rule="turnover-multiple"]');
    await expect.poll(() => card.isVisible()).toBe(true);
    const cardText = await card.textContent();
    expect(cardText).toContain('Minimum turnover £2,000,000 is 4 x the annual value £500,000');
    expect(cardText).toContain('Why it matters');
    expect(cardText).toContain('<img src=x onerror=');
    expect(await card.locator('img').count()).toBe(0);
    expect(await card.locator('a.citation').first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(await card.getAttribute('aria-labelledby')).toBeTruthy();
    await s.shot(page, 'fts-card');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tenderlint-rule'))).toBe(
      'turnover-multiple',
    );
    expect(await page.title()).not.toBe('PWNED');

    // The summary panel, by severity, with jump links; it starts as a count chip (issue 17).
    const panel = page.locator('section.panel[aria-label="tenderlint findings"]');
    await panel.locator('button.chip').click();
    const listed = await panel.locator('li[data-tenderlint-rule]').count();
    const errors = await panel.locator('ol[data-severity="error"] li').count();
    expect(await panel.locator('h2').textContent()).toMatch(
      new RegExp(`^tenderlint on Find a Tender: ${listed} findings \\(${errors} errors, `),
    );
    expect(await panel.locator('ol[data-severity="error"] li[data-tenderlint-rule="turnover-multiple"]').count()).toBe(
      1,
    );
    expect(
      await panel.locator('ol[data-severity="error"] li[data-tenderlint-rule="short-tender-period"]').count(),
    ).toBe(1);
    expect(
      await panel.locator('ol[data-severity="warning"] li[data-tenderlint-rule="unlotted-large-contract"]').count(),
    ).toBe(1);
    // Every finding listed has its passage marked in the page, with one flag each.
    expect(await page.locator('tenderlint-flag[data-tenderlint-finding]').count()).toBe(listed);
    await panel.locator('li[data-tenderlint-rule="unlotted-large-contract"] button').click();
    await expect
      .poll(() => page.locator('section[role="dialog"][data-tenderlint-rule="unlotted-large-contract"]').isVisible())
      .toBe(true);
    await s.shot(page, 'fts-panel');

    // Documents get a control; the badge shows the count.
    expect(await page.locator('tenderlint-doc[data-tenderlint-doc]').count()).toBe(2);
    await expect.poll(() => s.badge(URLS.fts)).toBe(String(listed));
    await page.close();
  });

  it.each([
    ['cf', ['dspt-small-contract'], 'Contracts Finder'],
    ['pcs', ['short-tender-period', 'turnover-multiple', 'unlotted-large-contract'], 'Public Contracts Scotland'],
    ['s2w', ['short-clarification-period', 'short-tender-period', 'turnover-multiple'], 'Sell2Wales'],
  ] as const)('annotates the %s notice', async (key, expected, name) => {
    const page = await s.page(URLS[key]);
    await checked(page);
    expect(await rulesOn(page)).toEqual(expect.arrayContaining([...expected]));
    expect(await page.locator('section.panel h2').textContent()).toContain(`tenderlint on ${name}`);
    await expect
      .poll(() => s.badge(URLS[key]))
      .toBe(String(await page.locator('section.panel li[data-tenderlint-rule]').count()));
    await s.shot(page, `${key}-annotated`);
    await page.close();
  });

  it('takes an options change on the next check (turnover rule off, unlotted threshold raised)', async () => {
    const options = await s.page(`chrome-extension://${s.extensionId}/options.html`);
    await options.selectOption('select[name="turnover-multiple.severity"]', 'off');
    // An invalid threshold is refused by the shared zod schema.
    await options.fill('input[name="unlotted-large-contract.options.largeValue"]', '-5');
    await options.click('#save');
    await expect
      .poll(() => options.locator('#problems').textContent())
      .toContain('rules.unlotted-large-contract.options.largeValue');
    await options.fill('input[name="unlotted-large-contract.options.largeValue"]', '2000000');
    await options.click('#save');
    await expect.poll(() => options.locator('#saved').textContent()).toContain('Saved');
    await s.shot(options, 'options');
    const stored = await s.worker.evaluate(() => chrome.storage.local.get(['config']));
    expect(stored.config).toEqual({
      rules: { 'turnover-multiple': 'off', 'unlotted-large-contract': { options: { largeValue: 2_000_000 } } },
    });

    const page = await s.page(URLS.fts);
    await checked(page);
    const after = await rulesOn(page);
    expect(after).toContain('short-tender-period');
    expect(after).not.toContain('turnover-multiple');
    expect(after).not.toContain('unlotted-large-contract');
    const listed = await page.locator('section.panel li[data-tenderlint-rule]').count();
    await expect.poll(() => s.badge(URLS.fts)).toBe(String(listed));
    await s.worker.evaluate(() => chrome.storage.local.clear());
    await page.close();
    await options.close();
  });

  it('turns off on one site from the panel after confirming, with undo, and back on from the options (issue 17: no silent kill switch)', async () => {
    const page = await s.page(URLS.s2w);
    await checked(page);
    await page.locator('section.panel button.chip').click();
    await page.locator('section.panel button.disable').click();
    // Nothing is turned off until the user confirms; Cancel leaves everything as it was.
    expect(await page.locator('section.panel .confirm').textContent()).toContain(
      'Turn tenderlint off on www.sell2wales.gov.wales?',
    );
    await page.locator('section.panel .confirm button.cancel').click();
    expect(await page.locator('mark[data-tenderlint-rule]').count()).toBeGreaterThan(0);
    await page.locator('section.panel button.disable').click();
    await page.locator('section.panel .confirm button.confirm-off').click();
    await expect.poll(() => page.locator('mark[data-tenderlint-rule]').count()).toBe(0);
    expect(await page.locator('section.panel').count()).toBe(0);
    // The off state shows: on the page (with Undo), and on the badge, which no longer looks like 0 findings.
    expect(await page.locator('section.offbar').textContent()).toContain(
      'tenderlint is off on www.sell2wales.gov.wales',
    );
    await expect.poll(() => s.badge(URLS.s2w)).toBe('off');
    // The text the marks wrapped is back as it was.
    expect(await page.locator('th:text("Economic and financial standing") + td').innerHTML()).toBe(
      'Applicants must have a minimum annual turnover of £250,000.',
    );
    await s.shot(page, 's2w-off');
    // Undo brings it all back.
    await page.locator('section.offbar button.undo').click();
    await expect.poll(() => page.locator('mark[data-tenderlint-rule]').count()).toBeGreaterThan(0);
    await expect.poll(() => s.badge(URLS.s2w)).not.toBe('off');

    // Off again; a reload stays off; the options page lists the site and turns it back on.
    await page.locator('section.panel button.disable').click();
    await page.locator('section.panel .confirm button.confirm-off').click();
    const reloaded = await s.page(URLS.s2w);
    await expect.poll(() => reloaded.getAttribute('html', 'data-tenderlint-checked')).toBe('off');
    expect(await reloaded.locator('section.offbar').count()).toBe(0);
    const options = await s.page(`chrome-extension://${s.extensionId}/options.html`);
    const item = options.locator('#sites-list li[data-site="www.sell2wales.gov.wales"]');
    await expect.poll(() => item.count()).toBe(1);
    await s.shot(options, 'after/options-sites');
    await item.locator('button').click();
    await expect
      .poll(() => options.locator('#sites-status').textContent())
      .toContain('Turned back on for www.sell2wales.gov.wales');
    await expect.poll(() => reloaded.locator('mark[data-tenderlint-rule]').count()).toBeGreaterThan(0);
    await expect.poll(() => options.locator('#sites-list li').count()).toBe(0);
    await s.worker.evaluate(() => chrome.storage.local.clear());
    await options.close();
    await page.close();
    await reloaded.close();
  });

  it("checks any other page on request with the generic adapter (the popup's message path)", async () => {
    const page = await s.page(URLS.other);
    await page.waitForLoadState('load');
    expect(await page.locator('html').getAttribute('data-tenderlint-checked')).toBeNull();
    const tabId = await s.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, URLS.other);
    const popup = await s.page(`chrome-extension://${s.extensionId}/popup.html`);
    const reply = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'check-tab', tabId: id }), tabId);
    // The reply carries what the page found, so the popup can say it (issue 17).
    expect(reply).toMatchObject({ ok: true, state: { off: false, host: 'www.find-tender.service.gov.uk' } });
    await checked(page);
    expect((reply as { state: { count: number } }).state.count).toBe(
      Number(await page.getAttribute('html', 'data-tenderlint-checked')),
    );
    expect(await rulesOn(page)).toEqual(expect.arrayContaining(['short-tender-period', 'turnover-multiple']));
    expect(await page.locator('section.panel h2').textContent()).toMatch(/^tenderlint on this page: \d+ findings/);
    // A message that fails the schema is ignored.
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'check-tab', tabId: 'x' }))).toBeUndefined();
    await s.shot(page, 'generic-check');
    await popup.close();
    await page.close();
  });
});

declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<Array<{ id?: number }>> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { clear(): Promise<void>; get(k?: string[]): Promise<Record<string, unknown>> } };
};

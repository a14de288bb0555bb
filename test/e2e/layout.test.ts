import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, URLS, type Session } from './harness.js';
import { checked, contrast, inside, openCardBox, panelCoverage, SIZES } from './ui.js';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});
afterEach(async () => {
  await s.worker.evaluate(() => chrome.storage.local.clear());
});

const PORTALS = ['fts', 'cf', 'pcs', 's2w'] as const;
/** Of the visible page text, the most the collapsed chip may cover, and the open side panel at 1280 px. */
const CHIP_SHARE = 0.03;
const SHEET_SHARE_WIDE = 0.02;

async function open(url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  await checked(page);
  return page;
}

const flags = (page: Page) => page.locator('tenderlint-flag');

describe.each(SIZES)('at $width x $height', (size) => {
  it.each(PORTALS)(
    'every card on the %s notice opens inside the window, stays inside as the page scrolls, and closes with focus back on its flag',
    async (key) => {
      const page = await open(URLS[key], size);
      const n = await flags(page).count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const flag = flags(page).nth(i);
        await flag.scrollIntoViewIfNeeded();
        await flag.locator('button').focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => openCardBox(page)).toBeDefined();
        const opened = (await openCardBox(page))!;
        expect(inside(opened, size.width, size.height), `${key} card ${i} at ${JSON.stringify(opened)}`).toBe(true);
        for (const dy of [size.height / 3, -size.height / 2, size.height]) {
          await page.mouse.wheel(0, dy);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const box = await openCardBox(page);
          expect(box, `${key} card ${i} closed on scroll`).toBeDefined();
          expect(
            inside(box!, size.width, size.height),
            `${key} card ${i} after scrolling ${dy}: ${JSON.stringify(box)}`,
          ).toBe(true);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => openCardBox(page)).toBeUndefined();
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TENDERLINT-FLAG');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tenderlint-finding'))).toBe(
          await flag.getAttribute('data-tenderlint-finding'),
        );
      }
      if (key === 'fts') {
        await flags(page).first().locator('button').click();
        await s.shot(page, `after/fts-card-${size.width}`);
      }
      await page.close();
    },
  );

  it('a card follows its passage when the page scrolls, and closes on a click outside it or when Tab leaves it', async () => {
    const page = await open(URLS.fts, size);
    const mark = page.locator('mark[data-tenderlint-rule="unlotted-large-contract"]');
    // The passage 200 px from the top of the window, so its card opens below it with room to move.
    await mark.evaluate((m) => window.scrollBy(0, m.getBoundingClientRect().top - 200));
    await mark.click();
    await expect.poll(() => openCardBox(page)).toBeDefined();
    const markTop = async () => (await mark.boundingBox())!.y;
    const before = { card: (await openCardBox(page))!, mark: await markTop() };
    expect(before.card.y).toBeGreaterThan(before.mark);
    await page.evaluate(() =>
      window.scrollBy(0, window.scrollY + innerHeight + 60 <= document.documentElement.scrollHeight ? 60 : -60),
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = { card: (await openCardBox(page))!, mark: await markTop() };
    // The card moved with its passage, by as much as the passage moved.
    expect(after.mark).not.toBe(before.mark);
    expect(Math.abs(after.card.y - before.card.y - (after.mark - before.mark))).toBeLessThan(2);
    await page.mouse.click(5, size.height / 2);
    await expect.poll(() => openCardBox(page)).toBeUndefined();

    // Tab past the card's last control: the card closes instead of staying open, unreachable by Escape.
    await page.locator('tenderlint-flag[data-tenderlint-rule="short-tender-period"] button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => openCardBox(page)).toBeDefined();
    await page.evaluate(() => {
      const card = Array.from(
        document.querySelector('tenderlint-root')!.shadowRoot!.querySelectorAll<HTMLElement>('section.card'),
      ).find((c) => !c.hidden)!;
      card.querySelector<HTMLElement>('button.close')!.focus();
    });
    await page.keyboard.press('Tab');
    await expect.poll(() => openCardBox(page)).toBeUndefined();
    await page.close();
  });

  it.each(PORTALS)(
    'the panel starts as a count chip over almost no text of the %s notice; opened, it is usable and remembered for the site',
    async (key) => {
      const page = await open(URLS[key], size);
      const chip = await panelCoverage(page);
      expect(chip.panel!.height).toBeLessThan(60);
      expect(chip.share, `chip covers ${(chip.share * 100).toFixed(1)}% of the text`).toBeLessThan(CHIP_SHARE);
      if (key === 'fts') await s.shot(page, `after/${key}-${size.width}`);
      else await s.shot(page, `after/${key}-${size.width}`);

      await page.locator('section.panel button.chip').click();
      const sheet = await panelCoverage(page);
      expect(inside(sheet.panel!, size.width, size.height)).toBe(true);
      if (size.width >= 1280) {
        // A side panel on a wide window leaves the page room rather than covering the notice.
        expect(sheet.share, `open panel covers ${(sheet.share * 100).toFixed(1)}% of the text`).toBeLessThan(
          SHEET_SHARE_WIDE,
        );
      } else {
        // On a narrow window it is a sheet along the bottom, leaving most of the page above it.
        expect(sheet.panel!.height).toBeLessThanOrEqual(size.height * 0.6 + 1);
        expect(sheet.panel!.width).toBeGreaterThan(size.width - 4);
      }
      // Its list works: a jump opens the card, inside the window.
      await page.locator('section.panel ol li .jump').first().click();
      await expect.poll(() => openCardBox(page)).toBeDefined();
      expect(inside((await openCardBox(page))!, size.width, size.height)).toBe(true);
      await page.keyboard.press('Escape');
      await s.shot(page, `after/${key}-panel-${size.width}`);

      // Remembered for the site: a reload opens it again; minimised, it stays a chip.
      const again = await open(URLS[key], size);
      expect(await again.locator('section.panel .sheet').isVisible()).toBe(true);
      await again.locator('section.panel button.toggle').click();
      expect(await again.locator('section.panel button.chip').isVisible()).toBe(true);
      expect(await again.evaluate(() => document.activeElement?.tagName)).toBe('TENDERLINT-ROOT');
      const third = await open(URLS[key], size);
      expect(await third.locator('section.panel .sheet').isVisible()).toBe(false);
      await page.close();
      await again.close();
      await third.close();
    },
  );
});

describe('severity is shown by more than colour', () => {
  it('error and warning marks differ in underline shape, icon shape and words, and the most severe is drawn on top', async () => {
    const page = await open(URLS.fts, SIZES[0]);
    const style = (sev: string) =>
      page.evaluate((s) => {
        const m = document.querySelector<HTMLElement>(`mark[data-tenderlint-severity="${s}"]`)!;
        const cs = getComputedStyle(m);
        const flag = document.querySelector(`tenderlint-flag[data-tenderlint-severity="${s}"]`)!.shadowRoot!;
        return {
          underline: cs.textDecorationStyle,
          line: cs.textDecorationColor,
          shape: flag.querySelector('svg')!.getAttribute('data-shape'),
          words: flag.querySelector('button')!.textContent,
        };
      }, sev);
    const error = await style('error');
    const warning = await style('warning');
    expect(error.underline).toBe('wavy');
    expect(warning.underline).toBe('dashed');
    expect(error.shape).toBe('octagon');
    expect(warning.shape).toBe('triangle');
    expect(error.words).toMatch(/^tenderlint error: /);
    expect(warning.words).toMatch(/^tenderlint warning: /);
    // The underline colours are at 3:1 or better against white.
    for (const c of [error.line, warning.line]) expect(contrast(c, 'rgb(255,255,255)')).toBeGreaterThanOrEqual(3);

    // Where passages nest, the inner mark is never less severe than one around it.
    const nesting = await page.evaluate(() => {
      const rank: Record<string, number> = { info: 0, warning: 1, error: 2 };
      const out: Array<[string, string]> = [];
      for (const inner of Array.from(document.querySelectorAll('mark mark'))) {
        const outer = inner.parentElement!.closest('mark')!;
        if (
          rank[inner.getAttribute('data-tenderlint-severity')!]! <
          rank[outer.getAttribute('data-tenderlint-severity')!]!
        )
          out.push([outer.getAttribute('data-tenderlint-rule')!, inner.getAttribute('data-tenderlint-rule')!]);
      }
      return { wrong: out, nested: document.querySelectorAll('mark mark').length };
    });
    expect(nesting.nested).toBeGreaterThan(0);
    expect(nesting.wrong).toEqual([]);
    // The turnover sentence also carries a warning and an info: the pixel under its text is the error's tint.
    const tint = await page.evaluate(() => {
      const inner = document.querySelector('mark[data-tenderlint-rule="turnover-multiple"]')!;
      inner.scrollIntoView({ block: 'center' });
      const r = inner.getClientRects()[0]!;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)!.closest('mark')!;
      return hit.getAttribute('data-tenderlint-severity');
    });
    expect(tint).toBe('error');
    await page.close();
  });
});

declare const chrome: { storage: { local: { clear(): Promise<void> } } };

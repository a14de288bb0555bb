import type { Page } from 'playwright-core';

export const SIZES = [
  { width: 1280, height: 900 },
  { width: 400, height: 800 },
] as const;

export const checked = (page: Page) => page.waitForSelector('html[data-tenderlint-checked]', { timeout: 30_000 });

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether a box lies wholly inside the window (a pixel of rounding allowed). */
export function inside(b: Box, vw: number, vh: number): boolean {
  return b.x >= -1 && b.y >= -1 && b.x + b.width <= vw + 1 && b.y + b.height <= vh + 1;
}

/** The open card's box, or undefined when no card is open. */
export function openCardBox(page: Page): Promise<Box | undefined> {
  return page.evaluate(() => {
    const root = document.querySelector('tenderlint-root')?.shadowRoot;
    const card = Array.from(root?.querySelectorAll<HTMLElement>('section.card') ?? []).find((c) => !c.hidden);
    if (!card) return undefined;
    const r = card.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/**
 * The share of the page's visible text that the panel (its chip, or its open sheet) covers: the
 * area of each line of text in the window that lies under the panel, over the area of all of them.
 */
export function panelCoverage(page: Page): Promise<{ share: number; panel: Box | undefined }> {
  return page.evaluate(() => {
    const root = document.querySelector('tenderlint-root')?.shadowRoot;
    const shown = Array.from(root?.querySelectorAll<HTMLElement>('.panel .chip, .panel .sheet') ?? []).filter(
      (e) => !e.hidden,
    );
    const rects = shown.map((e) => e.getBoundingClientRect());
    const vw = innerWidth;
    const vh = innerHeight;
    let total = 0;
    let covered = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n as Text).data.trim() || n.parentElement?.closest('tenderlint-root, script, style')) continue;
      range.selectNodeContents(n);
      for (const b of Array.from(range.getClientRects())) {
        const x1 = Math.max(0, b.left),
          y1 = Math.max(0, b.top),
          x2 = Math.min(vw, b.right),
          y2 = Math.min(vh, b.bottom);
        if (x2 <= x1 || y2 <= y1) continue;
        total += (x2 - x1) * (y2 - y1);
        for (const p of rects) {
          const w = Math.min(x2, p.right) - Math.max(x1, p.left);
          const h = Math.min(y2, p.bottom) - Math.max(y1, p.top);
          if (w > 0 && h > 0) covered += w * h;
        }
      }
    }
    const r = rects[0];
    return {
      share: total ? covered / total : 0,
      panel: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : undefined,
    };
  });
}

/** Relative luminance contrast of two CSS rgb() colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0'])
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  /** How many elements fail, and the first few of them (axe's selectors, shadow hosts first). */
  count: number;
  targets: string[];
}

/**
 * Runs axe-core in the page. It goes in through the DevTools protocol (page.evaluate), not a
 * script tag, so it runs on the extension's own pages too, whose content security policy refuses
 * inline scripts; axe reads open shadow roots, where the panel and cards live.
 */
export async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: unknown,
          opts: unknown,
        ): Promise<{
          violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }>;
        }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
      targets: v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)),
    }));
  });
}

/** Violations by impact: { serious: 7, moderate: 1 }. */
export function byImpact(vs: Violation[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of vs) out[v.impact] = (out[v.impact] ?? 0) + v.count;
  return out;
}

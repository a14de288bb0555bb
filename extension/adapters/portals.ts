import type { FieldPair, PortalAdapter } from './types.js';
import { pairsFromDl, pairsFromHeadings, pairsFromTables, textOf } from './read-page.js';

const titleOf = (doc: Document) =>
  (doc.querySelector('h1') ? textOf(doc.querySelector('h1')!) : doc.title).trim() || undefined;

/** "Published 12 January 2026, 9:15am" lines that GOV.UK notice pages show under the title. */
function publishedLine(root: Element): FieldPair[] {
  const p = Array.from(root.querySelectorAll('p, span')).find((el) =>
    /^(?:published|date published)\b/i.test(textOf(el)),
  );
  return p ? [{ label: 'Published', value: p }] : [];
}

function govukRoot(doc: Document): Element {
  return doc.querySelector('main#main-content, main, #main-content') ?? doc.body;
}

/** "Buyer" / "Contracting authority" / "Organisation" in a summary list. */
function buyerOf(root: Element): string | undefined {
  const pair = [...pairsFromDl(root), ...pairsFromTables(root)].find((p) =>
    /^(?:buyer|organisation|published by|contracting authority|name and addresses|name of (?:the )?(?:buyer|contracting authority))\b/i.test(
      p.label.replace(/^\s*[IVX]+(?:(?:\.\d+)+\)?|\))\s*/, ''),
    ),
  );
  return pair ? textOf(pair.value).slice(0, 200) : undefined;
}

export const findATender: PortalAdapter = {
  id: 'find-a-tender',
  name: 'Find a Tender',
  root: govukRoot,
  fields: (root) => [...publishedLine(root), ...pairsFromDl(root)],
  notice(doc, url) {
    const id =
      /\/Notice\/([\w-]+)/.exec(url?.pathname ?? '')?.[1] ??
      doc.querySelector('[data-notice-id]')?.getAttribute('data-notice-id') ??
      'notice';
    return { id, title: titleOf(doc), buyer: buyerOf(govukRoot(doc)) };
  },
};

export const contractsFinder: PortalAdapter = {
  id: 'contracts-finder',
  name: 'Contracts Finder',
  root: govukRoot,
  fields: (root) => [...pairsFromDl(root), ...pairsFromHeadings(root)],
  notice(doc, url) {
    const id = /\/Notice\/([\w-]+)/.exec(url?.pathname ?? '')?.[1] ?? 'notice';
    return { id, title: titleOf(doc), buyer: buyerOf(govukRoot(doc)) };
  },
};

/** Public Contracts Scotland and Sell2Wales share a platform: notices as OJEU-numbered tables. */
function tablePortal(id: string, name: string): PortalAdapter {
  const root = (doc: Document) => doc.querySelector('#maincontent, #MainContent, .notice-details, form') ?? doc.body;
  return {
    id,
    name,
    root,
    fields: (r) => pairsFromTables(r),
    notice(doc, url) {
      const fromUrl = /[?&]ID=([\w-]+)/i.exec(url?.search ?? '')?.[1];
      const fromPage = pairsFromTables(root(doc)).find((p) => /notice (?:id|reference)/i.test(p.label));
      return {
        id: fromUrl ?? (fromPage ? textOf(fromPage.value) : 'notice'),
        title: titleOf(doc),
        buyer: buyerOf(root(doc)),
      };
    },
  };
}

export const publicContractsScotland = tablePortal('public-contracts-scotland', 'Public Contracts Scotland');
export const sell2Wales = tablePortal('sell2wales', 'Sell2Wales');

/** "Label: value" written in one element, as many e-tendering systems do. */
function inlinePairs(root: Element): FieldPair[] {
  const out: FieldPair[] = [];
  for (const el of Array.from(root.querySelectorAll('p, li, div, span'))) {
    if (el.children.length > 3) continue;
    const m = /^([^:]{3,60}):\s*\S/.exec(textOf(el));
    if (m) out.push({ label: m[1]!, value: el });
  }
  return out;
}

/** Any other page (login-walled portals): fields found by their labels wherever they are. */
export const generic: PortalAdapter = {
  id: 'generic',
  name: 'this page',
  root: (doc) => doc.querySelector('main, [role=main], #content, #main') ?? doc.body,
  fields: (root) => [...pairsFromDl(root), ...pairsFromTables(root), ...pairsFromHeadings(root), ...inlinePairs(root)],
  notice: (doc, url) => ({ id: url?.href ?? 'page', title: titleOf(doc) }),
};

export const adapters = { findATender, contractsFinder, publicContractsScotland, sell2Wales, generic };

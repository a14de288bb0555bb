import type { TenderDocument } from '../model/document.js';
import type { Facts } from '../model/facts.js';

// Sell2Wales publishes the notices of devolved Welsh authorities (its OCDS ids start ocds-kuma6s-).
const SELL2WALES = /sell2wales\.gov\.wales|^ocds-kuma6s-/i;

/**
 * Why the document is a devolved Welsh authority's, when it is: the governing law the facts resolved,
 * the buyer's kind, or a Sell2Wales notice. Undefined when nothing says so.
 */
export function devolvedWelsh(doc: TenderDocument, facts: Facts): string | undefined {
  if (facts.regime.law === 'pa2023-wales') return 'the buyer is in Wales';
  if (facts.buyer.kind === 'welsh-authority')
    return `the buyer is a devolved Welsh authority (${facts.buyer.basis ?? facts.buyer.name ?? 'its name'})`;
  const n = doc.notice;
  if (n && (SELL2WALES.test(n.url ?? '') || SELL2WALES.test(n.id))) return 'the notice is published on Sell2Wales';
  return undefined;
}

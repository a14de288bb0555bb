import type { TenderDocument } from '../../model/document.js';
import { findMoney } from '../money.js';
import { findMultiples } from '../ratios.js';
import { passagesOf, type Passage } from '../passages.js';
import { justificationFor } from './justification.js';

export interface TurnoverDemand {
  passage: Passage;
  /** A minimum stated in pounds. */
  amount?: number;
  /** A minimum stated as a multiple of the contract value. */
  multiple?: { factor: number; of: 'annual' | 'total' | 'unknown' };
  justification?: string;
}

const TURNOVER = /\bturnover\b/i;
const DEMAND = /\b(?:minimum|at least|not less than|no less than|in excess of|exceed(?:s|ing)?|greater than|more than|above|must (?:have|demonstrate|hold|show)|required|requirement|should be|should have|equal to|or more|or greater|or above|threshold of)\b/i;
// Turnover mentioned for other reasons: the SME definition, the Modern Slavery Act threshold, a cap, a ratio test.
const NOT_DEMAND = /\bSMEs?\b|small and medium|medium[- ]sized|micro|modern slavery|section 54|no more than|not (?:more|greater) than|less than|below|up to(?! (?:twice|double|\d+ ?(?:x|times)))|\bratio\b|ratio of|per cent of (?:your|the bidder's) turnover|of (?:your|its|their) turnover/i;

const cache = new WeakMap<TenderDocument, TurnoverDemand[]>();

/** Every minimum turnover a bidder must meet, as an amount or as a multiple of the contract value. */
export function turnoverDemands(doc: TenderDocument): TurnoverDemand[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: TurnoverDemand[] = [];
  for (const p of passagesOf(doc)) {
    if (!TURNOVER.test(p.text) || NOT_DEMAND.test(p.text)) continue;
    const multiples = findMultiples(p.text);
    const money = findMoney(p.text).filter((m) => m.start > p.text.search(TURNOVER) - 60);
    if (multiples.length === 0 && (money.length === 0 || !DEMAND.test(p.text))) continue;
    const justification = justificationFor(p);
    const demand: TurnoverDemand = { passage: p, ...(justification ? { justification } : {}) };
    if (multiples.length > 0) demand.multiple = { factor: multiples[0]!.factor, of: multiples[0]!.of };
    else demand.amount = Math.max(...money.map((m) => m.amount));
    out.push(demand);
  }
  cache.set(doc, out);
  return out;
}

/**
 * A turnover demand as a multiple of the annual value: "twice the total value" of a four-year
 * contract is eight times the annual value. The one place this arithmetic lives (the
 * turnover-multiple rule and the portfolio report both use it).
 */
export function multipleOfAnnual(d: TurnoverDemand, annual: { amount: number; years?: number } | undefined): number | undefined {
  if (d.multiple) {
    const years = d.multiple.of === 'total' && annual?.years && annual.years > 1 ? annual.years : 1;
    return d.multiple.factor * years;
  }
  if (d.amount !== undefined && annual && annual.amount > 0) return d.amount / annual.amount;
  return undefined;
}

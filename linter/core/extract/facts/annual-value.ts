import type { TenderDocument } from '../../model/document.js';
import type { Facts } from '../../model/facts.js';
import { multipleOfAnnual, turnoverDemands } from '../requirements/turnover.js';
import { formatGBP } from '../money.js';

/**
 * The annual value for the 2 x turnover benchmark (rules.md): the stated annual value (alone or beside
 * the total); else the
 * total over the contract years, initial term plus extensions; else the total. The derivation is
 * what messages print: "£4,500,000 over 5 years (3 + 1 + 1)".
 */
export function annualOf(facts: Pick<Facts, 'value' | 'term'>): Facts['annualValue'] {
  const v = facts.value;
  if (!v) return undefined;
  const stated = v.derivation ? ` (${v.derivation})` : '';
  if (v.basis === 'annual') return { amount: v.amount, derivation: `${formatGBP(v.amount)} a year as stated${stated}` };
  // "£600,000 per annum, £1,800,000 over the initial term": the year's figure as stated, whatever years the total covers.
  if (v.perYear)
    return {
      amount: v.perYear,
      years: v.amount / v.perYear,
      derivation: `${formatGBP(v.perYear)} a year as stated beside the total ${formatGBP(v.amount)}`,
    };
  const t = facts.term;
  if (!t)
    return {
      amount: v.amount,
      derivation: `${formatGBP(v.amount)} total${stated}; no contract term found, so the total is used`,
    };
  // A contract of a year or less brings its whole value within a year.
  if (t.totalMonths <= 12)
    return { amount: v.amount, derivation: `${formatGBP(v.amount)}${stated} over ${t.derivation}` };
  const years = t.totalMonths / 12;
  return { amount: v.amount / years, years, derivation: `${formatGBP(v.amount)}${stated} over ${t.derivation}` };
}

/**
 * The contract's whole value as rules and reports compare it, worked out here once: the total, else
 * (an annual value with no term) the annual value, a lower bound.
 */
export function wholeValue(facts: Pick<Facts, 'value' | 'totalValue'>): number | undefined {
  return facts.totalValue?.amount ?? facts.value?.amount;
}

/**
 * The highest minimum turnover the document demands, as a multiple of the annual value: the figure
 * turnover-multiple judges against its maximum, for the reports that show every demand, judged or not.
 */
export function highestTurnoverMultiple(doc: TenderDocument, annual: Facts['annualValue']): number | undefined {
  let highest: number | undefined;
  for (const d of turnoverDemands(doc)) {
    const m = multipleOfAnnual(d, annual);
    if (m !== undefined && Number.isFinite(m)) highest = Math.max(highest ?? 0, m);
  }
  return highest;
}

/** The whole-contract value: the stated total, else the annual value times the contract years. */
export function totalOf(facts: Pick<Facts, 'value' | 'term'>): Facts['totalValue'] {
  const v = facts.value;
  if (!v) return undefined;
  if (v.basis === 'total')
    return {
      amount: v.amount,
      derivation: v.derivation ? `${formatGBP(v.amount)} (${v.derivation})` : `${formatGBP(v.amount)} as stated`,
    };
  const t = facts.term;
  if (!t) return undefined;
  const amount = (v.amount * t.totalMonths) / 12;
  return { amount, derivation: `${formatGBP(v.amount)} a year x ${t.derivation} = ${formatGBP(amount)}` };
}

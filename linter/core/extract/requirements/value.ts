import type { Facts } from '../../model/facts.js';
import { formatGBP } from '../money.js';
import { wholeValue } from '../facts/annual-value.js';
import { thresholdsOn, withVat, type ThresholdRow } from '../thresholds.js';

export interface StatutoryComparison {
  /** The whole-contract value with VAT, as Schedule 1 of the Procurement Act 2023 counts it. */
  withVat: number;
  /** How it was reached, for the message ("£90,000 excluding VAT = £108,000 with VAT"). */
  derivation: string;
  threshold: number;
  /** Whose threshold: "central government (which includes NHS trusts)" or "other authorities". */
  whose: string;
  /** The dated row the threshold came from (chosen by when the procurement began). */
  row: ThresholdRow;
}

/**
 * The contract's whole value as messages print it, with how it was reached when it was not stated
 * as one sum: "£450,000 (£150,000 a year x 3 years = £450,000)", "£30,000,000 (the sum of 3 lots: ...)".
 */
export function worthOf(facts: Pick<Facts, 'value' | 'totalValue'>): string {
  const v = facts.value;
  const t = facts.totalValue;
  if (!v) return '';
  const amount = wholeValue(facts)!;
  if (v.basis === 'annual' && t) return `${formatGBP(amount)} (${t.derivation})`;
  if (v.basis === 'annual') return `at least ${formatGBP(amount)} (${formatGBP(v.amount)} a year; no term found)`;
  return v.derivation ? `${formatGBP(amount)} (${v.derivation})` : formatGBP(amount);
}

/**
 * The contract's total value set against the goods and services threshold. Undefined when the value
 * is unknown, or is an annual value with no term (a lower bound cannot show a contract is below).
 * Unknown authority type: the central government threshold, the lower one, so "below" always holds.
 */
export function againstThreshold(facts: Facts): StatutoryComparison | undefined {
  const v = facts.value;
  if (!v) return undefined;
  const row = thresholdsOn(facts.regime.law, facts.regime.begun);
  if (!row) return undefined;
  if (v.basis === 'annual' && !facts.totalValue) return undefined;
  const total = wholeValue(facts)!;
  let derivation = worthOf(facts);
  const gross = withVat(total, v.vat);
  if (v.vat === 'excluding') derivation += ` excluding VAT = ${formatGBP(gross)} including VAT`;
  else if (v.vat === 'including') derivation += ' including VAT';
  const central = facts.authority.type !== 'sub-central';
  return {
    withVat: gross,
    derivation,
    threshold: central ? row.goodsServicesCentral : row.goodsServicesSubCentral,
    row,
    whose:
      facts.authority.type === 'central'
        ? 'central government authorities (which include NHS trusts)'
        : facts.authority.type === 'sub-central'
          ? 'authorities other than central government'
          : 'central government authorities (the lower threshold, as the authority type is not known)',
  };
}

import type { ValueFact, Vat } from '../../model/facts.js';
import { findMoney, formatGBP, type MoneyMention } from '../money.js';
import type { Passage } from '../passages.js';
import { fromPassage, type FactInput } from './source.js';
import { parseStatedValue } from './stated.js';
import { documentVat, vatIn } from '../vat.js';

// What a sentence is about, by its words ("The expected spend is approximately £600,000 per annum": round 13 dev half).
const VALUE_CONTEXT =
  /\b(?:value|valued|budget|worth|estimates?|allocated|allocation|contract price|price envelope|funding envelope|funding available|maximum price|total cost|affordability (?:cap|envelope)|estimated at|(?:expected|expects? (?:the contract|it|this contract)) to cost|(?:contract|service) (?:will|would) cost|(?:expects?|plans?|intends?|aims?) to spend|will spend|(?:expected|estimated|anticipated|forecast|projected|planned) spend)\b/i;
const NOT_VALUE =
  /turnover|insurance|insured|liabilit|indemnity|reserves|net assets|cash balance|modern slavery|per hour|hourly|day rates?|per (?:unit|item|visit)|penalt|liquidated|\blimit of\b|key performance|social value|management charge|rebate/i;
// Figures about the past or for comparison are not the estimate; "based on the current meal
// numbers" is what the estimate was made from, not a current figure.
const HISTORIC =
  /\b(?:current(?:ly)?(?! form\b)(?!\s+(?:\w+\s+)?(?:numbers|volumes|activity|demand|usage|caseloads?)\b)|previous(?:ly)?|existing|incumbent|historic(?:al)?|last (?:full )?(?:financial )?year|in (?:19|20)\d\d\s*\/\s*\d\d|for comparison|for information only|spent|(?<!(?:expected|estimated|anticipated|forecast|projected|planned) )spend (?:was|is|in)|costs? the \w+|(?:made|awarded|distributed|gave) \d[\d,]* (?:grants|awards|contracts))\b/i;
const VALUE_BEFORE =
  /\b(?:value|valued|budget|worth|price|cost|envelope|funding|estimated (?:at|to be)|estimates?|allocated|(?:expects?|plans?|intends?|aims?) to spend|will spend|(?:expected|estimated|anticipated|forecast|projected|planned) spend)\b[^.£;]{0,80}$/i;
const COMPARATIVE_BEFORE =
  /\b(?:over|above|exceed(?:s|ing)?|below|under|less than|more than|in excess of|greater than|at least|threshold of|up to and including)\s*$/i;
const COMPARATIVE_AFTER = /^\s*(?:and|or) (?:above|over|more|below|under|less)\b/i;
// A threshold's figure is not the contract's ("the threshold for goods and services is £214,904",
// "exceeds the £50,000 threshold"), nor is the figure with VAT a sentence compares with it ("the value
// including VAT (£144,000) is above the threshold"); the value itself may say it is above the
// threshold ("£180,000 excluding VAT, which is £216,000 including VAT and therefore above the threshold").
const THRESHOLD = /\bthresholds?\b/i;
const THRESHOLD_BEFORE = /\bthresholds?\b[^.;£]{0,60}$/i;
const THRESHOLD_AFTER = /^\s*(?:\)\s*)?(?:\w+\s+){0,2}thresholds?\b/i;
// ... unless the sentence states it as the value ("has estimated the value at £210,000 including VAT ..., which is
// below the threshold in force", round 15 dev half).
const STATED_AS_VALUE =
  /\b(?:value|valued|estimated|worth)\s+(?:(?:is|at|of)\s+)?(?:approximately\s+|about\s+|around\s+)?$/i;
// A rate, not a value ("£38.50 a day", "£650 per day").
const RATE_AFTER =
  /^[\s,]*(?:\([^)]{0,25}\)\s*)?(?:a|per|an|each)\s+(?:day|hour|week|month|visit|unit|item|cut|mile|person|head|night|session|property|job|clean|void|journey|trip|order)\b/i;
// Guidance about contracts in general ("contracts with a value of £10m and above") states no value.
const GENERIC_CONTRACTS =
  /\bcontracts (?:with|of|where|whose|valued|worth|above|over|below)\b|\bwhere the (?:contract )?value\b|\bif the (?:contract )?value\b/i;
const ESTIMATED =
  /\b(?:estimated|total|overall|whole[- ]life|contract|aggregate|maximum|anticipated|expected|indicative)\b[^.]{0,30}\bvalue\b|\bbudget\b|\bworth\b/i;
const ANNUAL = /\b(?:per annum|per year|annual(?:ly)?|each year|a year|p\.a\.)\b/i;
const TOTAL_WORDS =
  /\b(?:total|over the (?:[\w-]+ ){0,2}(?:term|period|life|duration)|whole[- ]life|lifetime|(?:over|for) (?:the )?\w+ (?:years|months)|for the whole|whole (?:contract|commission|term))\b/i;
// A framework's value in a call-off ("The framework has an estimated total value of £14 million
// across all member institutions") is not the call-off's.
const OTHER_CONTRACT =
  /\b(?:the|this|our) (?:\w+ )?framework(?:['’]s)? (?:has an? |is )?(?:estimated |total |overall |maximum )*value\b|\bacross all (?:\w+ ){0,3}(?:members|institutions|customers|authorities|lots)\b|\bnot the value of this\b/i;

interface Candidate {
  p: Passage;
  m: MoneyMention;
  basis: ValueFact['basis'];
  vat: Vat;
  rank: number;
  /** The year's figure the same sentence gives beside a total. */
  perYear?: number;
}

function isRate(text: string, m: MoneyMention): boolean {
  return RATE_AFTER.test(text.slice(m.end, m.end + 30));
}

// "Estimated value: c. £250k p/a": the full stop of an abbreviation ends no sentence.
const ABBREVIATION = /\b(?:c|ca|approx|est)\.(?=\s)/gi;
const abbreviationsOut = (text: string) => text.replace(ABBREVIATION, (a) => a.slice(0, -1) + ' ');

/** The sum a sentence says the value is, not one it compares against ("contracts over £10m") or a rate. */
function statedSum(text: string): MoneyMention | undefined {
  return findMoney(text).find(
    (m) =>
      VALUE_BEFORE.test(abbreviationsOut(text.slice(Math.max(0, m.start - 110), m.start))) &&
      !COMPARATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)) &&
      !THRESHOLD_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)) &&
      !COMPARATIVE_AFTER.test(text.slice(m.end, m.end + 15)) &&
      !isRate(text, m),
  );
}

/** The VAT of a stated figure: beside it, else in its sentence, else in the next sentence of its paragraph. */
function vatOf(p: Passage, m: MoneyMention): Vat {
  if (m.vat !== 'unknown') return m.vat;
  const here = vatIn(p.text);
  if (here !== 'unknown') return here;
  const next = p.next;
  if (next && next.block === p.block && findMoney(next.text).length === 0) return vatIn(next.text);
  return 'unknown';
}

// A sum followed by TOTAL_WORDS is the whole term's ("£60,000 over the three-year term", "in total").
// "£16,000,000 excluding VAT over the four years" (round 12 dev half): its VAT may come between.
const TOTAL_AFTER = new RegExp(
  String.raw`^\s*(?:\)\s*)?(?:(?:excluding|including|exclusive of|inclusive of|exc\.?|inc\.?|ex|plus) VAT,? )?(?:in )?(?:${TOTAL_WORDS.source})`,
  'i',
);

// "... and the total value over four years at £1.8 million": the total named before its sum.
const TOTAL_BEFORE_SUM = /\btotal\b[^.£;]{0,50}$/i;
// "The annual value of the contract is estimated at £450,000": a sum said to be a year's.
const ANNUAL_BEFORE_SUM = /\bannual(?:ly)?\b[^.£;]{0,50}$/i;

/** A larger sum in the sentence that is said to be the whole term's, beside an annual one. */
function totalBeside(text: string, annual: MoneyMention): MoneyMention | undefined {
  return findMoney(text).find(
    (o) =>
      o.amount > annual.amount &&
      (TOTAL_AFTER.test(text.slice(o.end, o.end + 40)) ||
        (o.start > annual.end && TOTAL_BEFORE_SUM.test(text.slice(annual.end, o.start)))),
  );
}

function candidates(passages: Passage[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of passages) {
    if (
      !VALUE_CONTEXT.test(p.text) ||
      NOT_VALUE.test(p.text) ||
      GENERIC_CONTRACTS.test(p.text) ||
      HISTORIC.test(p.text)
    )
      continue;
    if (
      OTHER_CONTRACT.test(p.text) ||
      (p.next && /^(?:That|This) (?:figure|value|sum|amount) is not\b/i.test(p.next.text))
    )
      continue;
    const m = statedSum(p.text);
    if (!m) continue;
    if (
      THRESHOLD.test(p.text) &&
      ((vatOf(p, m) === 'including' && !STATED_AS_VALUE.test(p.text.slice(Math.max(0, m.start - 40), m.start))) ||
        THRESHOLD_AFTER.test(p.text.slice(m.end, m.end + 30)))
    )
      continue;
    // "£20,000 per annum (£60,000 over the three-year term)": the total beside the annual figure.
    const yearly = m.perYear || ANNUAL_BEFORE_SUM.test(p.text.slice(Math.max(0, m.start - 60), m.start));
    const total = yearly ? totalBeside(p.text, m) : undefined;
    if (total) {
      out.push({
        p,
        m: total,
        basis: 'total',
        vat: vatOf(p, total),
        rank: ESTIMATED.test(p.text) ? 0 : 1,
        perYear: m.amount,
      });
      continue;
    }
    // "£96,000 for two years (£48,000 per year)": the sentence's "per year" belongs to the other sum.
    const annual = m.perYear || (ANNUAL.test(p.text) && !TOTAL_WORDS.test(p.text) && findMoney(p.text).length === 1);
    out.push({ p, m, basis: annual ? 'annual' : 'total', vat: vatOf(p, m), rank: ESTIMATED.test(p.text) ? 0 : 1 });
  }
  return out;
}

/**
 * The estimated value: stated (flag, front matter, OCDS, portal), else the best sentence that states
 * it. When the document gives both a total and an annual figure, the total; a range, its upper bound.
 * `lotValues` stand in when the value is given only lot by lot.
 */
export function valueOf(
  input: Pick<FactInput, 'passages' | 'stated' | 'sourceOf' | 'placeOf'>,
  lots?: { values: number[]; vat: Vat; basis: ValueFact['basis']; p: Passage },
): ValueFact | undefined {
  const { passages, stated, sourceOf, placeOf } = input;
  const statedAmount = parseStatedValue(stated.value);
  if (statedAmount !== undefined && statedAmount > 0) {
    return {
      amount: statedAmount,
      currency: 'GBP',
      basis: stated.valueBasis ?? 'total',
      vat: stated.vat ?? 'unknown',
      source: sourceOf('value'),
      ...placeOf('value'),
    };
  }
  const all = candidates(passages);
  const rank = Math.min(...all.map((c) => c.rank));
  const top = all.filter((c) => c.rank === rank);
  const best = top.find((c) => c.basis === 'total') ?? top[0];
  const fallbackVat = () => documentVat(passages.map((p) => p.text));
  if (best) {
    // "The total estimated value is £1.4m" after a lot table headed "Estimated value (excluding VAT)": the lots' VAT.
    const lotsVat =
      lots && lots.vat !== 'unknown' && lots.values.reduce((a, b) => a + b, 0) === best.m.amount ? lots.vat : undefined;
    const vat = best.vat !== 'unknown' ? best.vat : (lotsVat ?? fallbackVat());
    const derivation =
      best.m.rangeFrom !== undefined
        ? `the upper end of ${formatGBP(best.m.rangeFrom)} to ${formatGBP(best.m.amount)}`
        : undefined;
    return {
      amount: best.m.amount,
      currency: 'GBP',
      basis: best.basis,
      vat,
      ...(derivation ? { derivation } : {}),
      ...(best.perYear ? { perYear: best.perYear } : {}),
      ...fromPassage(best.p),
    };
  }
  if (lots && lots.values.length > 0) {
    const amount = lots.values.reduce((a, b) => a + b, 0);
    return {
      amount,
      currency: 'GBP',
      basis: lots.basis,
      vat: lots.vat !== 'unknown' ? lots.vat : fallbackVat(),
      derivation: `the sum of ${lots.values.length} lots: ${lots.values.map(formatGBP).join(' + ')}`,
      ...fromPassage(lots.p),
    };
  }
  return undefined;
}

import type { TenderDocument } from '../../model/document.js';
import { framesOf, type Frame } from '../clauses/frames.js';
import type { Clause } from '../clauses/clauses.js';
import { phraseSet } from '../clauses/phrases.js';
import { REJECTION } from '../clauses/vocabulary.js';
import { perDocument } from './cache.js';

export interface TurnoverDemand {
  passage: Clause;
  frame: Frame;
  /** A minimum stated in pounds. */
  amount?: number;
  /** A minimum stated as a multiple of the contract value. */
  multiple?: { factor: number; of: 'annual' | 'total' | 'unknown' };
  justification?: string;
}

/** Turnover named for other reasons than a floor: definitions, thresholds of other laws, caps and ratios. */
const NOT_A_FLOOR = phraseSet(`
sme
smes
small and medium
medium-sized
micro
micro-entity
modern slavery
section 54
ratio
per cent of your turnover
of your turnover
of its turnover
of their turnover
of the bidder's turnover
`);
/** Words that cap a sum ("no more than £44 million"): not a floor, when a sum or a multiple follows them. */
const CAP = phraseSet(`
no more than
not more than
not greater than
less than
below
up to
at most
maximum
`);
// What a cap must be followed by to cap the turnover: "less than 3 years" caps the years traded.
const CAPPED_SUM =
  /^\s*(?:of\s+)?(?:£|GBP\b|€|twice\b|double\b|(?:one|two|three|four|five|\d+(?:\.\d+)?)\s*(?:x\b|times\b)|\d[\d,.]*(?: \d{3})*\s*(?:pounds|GBP|million|m\b))/i;
/** "up to twice" and "up to 3 x" are caps; a cap above 2 is still a floor the rule judges. */
const CAP_OF_MULTIPLE = /\bup to (?:twice|double|\d+(?:\.\d+)? ?(?:x|times))/i;
/** Words that make a sum beside "turnover" a floor. */
const FLOOR = phraseSet(`
minimum
at least
not less than
no less than
in excess of
exceed
exceeds
exceeding
greater than
more than
above
must have
must demonstrate
must hold
must show
required
requirement
should be
should have
equal to
or more
or greater
or above
threshold of
pass/fail
`);

/** Every minimum turnover a bidder must meet, as an amount or as a multiple of the contract value. */
export const turnoverDemands = perDocument((doc: TenderDocument): TurnoverDemand[] => {
  const out: TurnoverDemand[] = [];
  for (const f of framesOf(doc, 'turnover')) {
    const t = f.clause.text;
    if (f.negated || f.notCondition || f.who === 'buyer') continue;
    // "turnover of at least 2.5 times the annual contract value, a ratio of 2.5:1": a ratio that restates
    // a multiple of the contract value is the floor itself (round 17 dev half).
    const notFloor = NOT_A_FLOOR.all(t);
    if (notFloor.some((h) => h.phrase !== 'ratio' || f.multiples.length === 0)) continue;
    // The figures of a reason given in the clause are not the demand's: "a minimum annual turnover of
    // £600,000, because the provider will hold grant funds of up to £1.5 million a year" (round 15 dev half).
    const reasonAt = f.reason?.clause === f.clause ? t.indexOf(f.reason.text, f.trigger.end) : -1;
    const end = reasonAt > 0 ? reasonAt : t.length;
    const cap = CAP.all(t).find((h) => h.start < end && CAPPED_SUM.test(t.slice(h.end, h.end + 30)));
    // "A bidder whose turnover ... was below £300,000 will not be considered": a floor, stated as who fails it.
    const failsBelow = cap !== undefined && REJECTION.all(t).some((r) => r.start > cap.end);
    if (cap && !failsBelow && !(cap.phrase === 'up to' && CAP_OF_MULTIPLE.test(t))) continue;
    const money = f.amounts.filter((m) => m.start > f.trigger.start - 60 && m.start < end);
    if (!f.multiples.some((m) => m.start < end) && (money.length === 0 || !(FLOOR.test(t) || f.demanded))) continue;
    const demand: TurnoverDemand = {
      passage: f.clause,
      frame: f,
      ...(f.reason ? { justification: f.reason.clause.text } : {}),
    };
    // "... of £500,000 | This is more than twice the annual contract value because ...", "£12,000,000,
    // which is three times the annual value": a multiple after the sum restates it; the sum is the demand.
    // (A sum before the word "turnover" is not one: "For the £600,000 contract, a turnover of twice ...".)
    const multiples = f.multiples.filter(
      (m) => m.start < end && !money.some((x) => x.start > f.trigger.start && x.start < m.start),
    );
    if (multiples.length > 0) demand.multiple = { factor: multiples[0]!.factor, of: multiples[0]!.of };
    else demand.amount = Math.max(...money.map((m) => m.amount));
    out.push(demand);
  }
  return out;
});

/**
 * A turnover demand as a multiple of the annual value: "twice the total value" of a four-year
 * contract is eight times the annual value. The one place this arithmetic lives (the
 * turnover-multiple rule and the portfolio report both use it).
 */
export function multipleOfAnnual(
  d: TurnoverDemand,
  annual: { amount: number; years?: number } | undefined,
): number | undefined {
  if (d.multiple) {
    const years = d.multiple.of === 'total' && annual?.years && annual.years > 1 ? annual.years : 1;
    return d.multiple.factor * years;
  }
  if (d.amount !== undefined && annual && annual.amount > 0) return d.amount / annual.amount;
  return undefined;
}

import type { LotsFact, ValueFact, Vat } from '../../model/facts.js';
import { findMoney } from '../money.js';
import { wordsToNumber } from '../numbers.js';
import type { Passage } from '../passages.js';
import { fromPassage, type FactInput } from './source.js';
import { vatIn } from '../vat.js';
import { BACK_REFERENCE } from '../clauses/vocabulary.js';

// Ways of saying a contract is one lot. A line per phrasing.
const NOT_LOTTED = [
  /\bnot (?:been |be )?(?:divided|split|broken down|separated|lotted)\b[^.]{0,20}\blots?\b/i,
  /\bnot (?:to )?(?:divide|split|break|separate)\b[^.]{0,40}\b(?:into|in) lots\b/i,
  /\bnot (?:been )?lotted\b/i,
  /\blots?\s*[:?-]\s*no\b/i,
  /\b(?:a |one |as a |as one )?single lot\b/i,
  /\bno lots\b/i,
  /\bwill not (?:be )?(?:use|divide|split)[^.]{0,20}\blots?\b/i,
  /\bdivided into lots\s*[:?-]\s*no\b/i,
  /\b(?:as|in|into|is|be|of) one lot\b/i,
  /\bdecided against (?:dividing|splitting|lots)\b/i,
  /\b(?:does|do|did|will) not (?:intend|propose|plan|wish) to (?:divide|split|lot)\b/i,
  // "intends to award one contract for the whole of the Severnvale area" (round 8 dev half).
  /\b(?:award|let|procure|tender)\w*\s+(?:as\s+)?(?:one|a single) contract (?:for|covering) (?:the )?(?:whole|all|entire)\b/i,
  // A heading that gives the reasons: "Reasons for not dividing into lots".
  /\breasons? for not (?:dividing|splitting|lotting)\b/i,
  // A notice's field: "Lots | None: one contract for all four academies".
  /\blots?\s*[|:]\s*(?:none|no|n\/a|not applicable)\b/i,
];
const LOTS_REASON =
  /\b(?:because|as (?:the|this|it|a(?! (?:single|one|whole)\b)|splitting|dividing|lotting)|due to|since|reasons? (?:for|why)|owing to|in order to|so that|given (?:that|the)|this is to|the reason)\b/i;
const LOTS_REASON_SENTENCE =
  /\breasons? (?:for not|why (?:it|the contract|this) (?:is|has) not)\b|\bnot (?:been )?(?:divided|lotted)[^.]{0,200}\b(?:because|as|due to)\b/i;
// The next passage talks about lots ("NHG considered dividing the work by geography ...").
const LOTS_TALK = /\b(?:lots?|lotting|divid(?:e|ed|ing)|split(?:ting)?)\b/i;
const REASON_NEXT =
  /\b(?:would|because|risk|economies|integrat|continuity|single provider|interdependen|depend|concluded|considered)\b/i;
const DIVIDED =
  /\b(?:divided|split|separated|broken down)\s+into\s+(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten|a number of|several|multiple)\s+(?:\w+\s+)?lots\b/i;
const LOT_NUMBER =
  /\blot\s+(?<n>\d{1,2})[a-z]?\b(?![^.]{0,60}\bof (?:the|a|an|this|that) (?:[\w()-]+ ){0,8}?(?:framework|dynamic|DPS|agreement)\b)/gi;
// A row that starts with a lot ("1 | Cars ...", "Lot 2 | ..."); an item or sentence that names one ("Lot 3 (North): ...").
const LOT_ROW = /^\s*(?:lot\s*)?(?<n>\d{1,2})[a-z]?\s*(?:[|:.)–-]|\s(?=\S))/i;
const LOT_ITEM = /^\s*lot\s*(?<n>\d{1,2})\b/i;
const VALUE_WORDS = /\b(?:value|budget|estimated?|worth|price)\b|£/i;
const NOT_LOT_VALUE = /turnover|insurance|liabilit|indemnity/i;
const RATE = /^\s*(?:a|per) (?:day|hour|week|month)\b/i;
const ANNUAL = /\b(?:per annum|per year|annual|each year|a year|p\.a\.)\b/i;

export interface LotValues {
  values: number[];
  vat: Vat;
  basis: ValueFact['basis'];
  /** The first row or item that gave a lot's value. */
  p: Passage;
}

/** Does the passage near a lots table say the table holds values (a header row, a lead-in, the heading)? */
function saysValues(q: Passage): boolean {
  if (q.block.kind === 'table-row')
    return /\blots?\b/i.test(q.text) && VALUE_WORDS.test(q.text) && findMoney(q.text).length === 0;
  return VALUE_WORDS.test(q.text) && /\blots?\b/i.test(q.text) && !NOT_LOT_VALUE.test(q.text);
}

/**
 * In a lot's row with several sums ("1 | North | £18,000,000 | £6,000,000"), the sum in the one
 * column whose header names the value ("Estimated value over four years"), not the turnover's.
 */
function valueColumnOf(p: Passage, passages: Passage[], i: number): number | undefined {
  const cells = p.text.split(' | ');
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const q = passages[k]!;
    if (q.block.kind !== 'table-row') return undefined;
    if (findMoney(q.text).length > 0) continue;
    const heads = q.text.split(' | ');
    // A PDF can run the narrow first headers together ("Lot Title"): the columns line up from the right.
    const shift = cells.length - heads.length;
    if (shift < 0 || shift > 1) return undefined;
    const cols = heads.flatMap((h, c) => (VALUE_WORDS.test(h) && !NOT_LOT_VALUE.test(h) ? [c + shift] : []));
    const money = cols.length === 1 ? findMoney(cells[cols[0]!]!) : [];
    return money.length === 1 ? money[0]!.amount : undefined;
  }
  return undefined;
}

/**
 * Each lot's value, in lot order, from a table of lots (a row per lot with one sum) or from list
 * items and sentences that give "Lot 2 ... £150,000". A table must be said to hold values (a
 * header naming value or budget, or its lead-in), so a table of turnover per lot is not read as values.
 */
export function lotValuesOf(passages: Passage[]): LotValues | undefined {
  const found = new Map<number, { amount: number; p: Passage; i: number }>();
  passages.forEach((p, i) => {
    const row = p.block.kind === 'table-row';
    const lead = (row ? LOT_ROW : LOT_ITEM).exec(p.text);
    if (!lead || NOT_LOT_VALUE.test(p.text)) return;
    const money = findMoney(p.text).filter((m) => !RATE.test(p.text.slice(m.end, m.end + 12)));
    const amount = money.length === 1 ? money[0]!.amount : row ? valueColumnOf(p, passages, i) : undefined;
    if (amount === undefined) return;
    // In PDF the header row can come a row or two after the first lot.
    const near = passages.slice(Math.max(0, i - 6), i + 3).filter((q) => q !== p);
    const n = Number(lead.groups!.n);
    // The row after an accepted lot's row, in the same table: a PDF row of wrapped cells can push
    // the header out of reach.
    const previous = found.get(n - 1);
    const context = row
      ? near.some(saysValues) ||
        (previous !== undefined && previous.p.block.kind === 'table-row' && i - previous.i <= 10) ||
        p.block.headingPath.some((h) => /\bvalues?\b|\bbudget/i.test(h))
      : VALUE_WORDS.test(p.text.replace(/£[\d,.]+\w*/g, ''));
    const leadIn = passages[i - 1];
    if (!context || (!row && leadIn && NOT_LOT_VALUE.test(leadIn.text))) return;
    if (!found.has(n)) found.set(n, { amount, p, i });
  });
  const numbers = [...found.keys()].sort((a, b) => a - b);
  // Lots 1..n with none missing, at least two of them.
  if (numbers.length < 2 || numbers.some((n, k) => n !== k + 1)) return undefined;
  const rows = numbers.map((n) => found.get(n)!);
  const first = rows.reduce((a, b) => (b.i < a.i ? b : a));
  const last = rows.reduce((a, b) => (b.i > a.i ? b : a));
  const around = passages
    .slice(Math.max(0, first.i - 6), last.i + 1)
    .map((q) => q.text)
    .join(' ');
  return {
    values: rows.map((r) => r.amount),
    vat: vatIn(around),
    basis:
      rows.every((r) => ANNUAL.test(r.p.text)) || /\b(?:annual|per annum) (?:value|budget)\b/i.test(around)
        ? 'annual'
        : 'total',
    p: first.p,
  };
}

/** Whether the contract is divided into lots, how many, why not, and each lot's value. */
export function lotsOf(
  { passages, stated, sourceOf, placeOf }: Pick<FactInput, 'passages' | 'stated' | 'sourceOf' | 'placeOf'>,
  values?: LotValues,
): LotsFact {
  const withValues = (l: LotsFact): LotsFact => {
    const v = stated.lotValues ?? values?.values;
    return v && v.length > 1 && l.divided !== false ? { ...l, values: v } : l;
  };
  if (stated.lots !== undefined) {
    return withValues({
      divided: stated.lots > 1,
      count: stated.lots,
      source: sourceOf('lots'),
      ...placeOf('lots'),
      ...(stated.lotsReasons ? { reasons: stated.lotsReasons } : {}),
    });
  }
  const i = passages.findIndex((p) => NOT_LOTTED.some((re) => re.test(p.text)));
  if (i >= 0) {
    const p = passages[i]!;
    const rest = NOT_LOTTED.reduce((t, re) => t.replace(re, ''), p.text);
    const next = p.next;
    const reasonNext =
      next &&
      next.block.index - p.block.index <= 1 &&
      (LOTS_REASON.test(next.text) || (LOTS_TALK.test(next.text) && REASON_NEXT.test(next.text)));
    // "A single supplier is needed because ... The contract is therefore not divided into lots.": the reasons came first.
    const prev = passages[i - 1];
    const reasonBefore =
      prev && prev.block === p.block && BACK_REFERENCE.test(p.text) && LOTS_REASON.test(prev.text) ? prev : undefined;
    const reasonAnywhere = passages.find((q) => LOTS_REASON_SENTENCE.test(q.text) && q !== p);
    const reasons = LOTS_REASON.test(rest)
      ? p.text
      : reasonNext
        ? next.text
        : (reasonBefore?.text ?? reasonAnywhere?.text ?? stated.lotsReasons);
    return { divided: false, count: 1, ...fromPassage(p), ...(reasons ? { reasons } : {}) };
  }
  let divided: { n: number; p: Passage } | undefined;
  // Lots named by number ("Lot 1", "Lot 2"), but not a framework's lots ("Lot 2 of the CCS framework").
  const named = new Set<number>();
  for (const p of passages) {
    const m = divided ? null : DIVIDED.exec(p.text);
    if (m) divided = { n: wordsToNumber(m.groups!.n!) ?? (Number(m.groups!.n) || 2), p };
    for (const l of p.text.matchAll(LOT_NUMBER)) named.add(Number(l.groups!.n));
  }
  const maxLot = named.size >= 2 ? Math.max(...named) : 0;
  const count = Math.max(divided?.n ?? 0, maxLot, values?.values.length ?? 0);
  if (divided) return withValues({ divided: true, count, ...fromPassage(divided.p) });
  if (count >= 2) return withValues({ divided: true, count, source: 'text' });
  return { divided: null, source: 'default' };
}

import { MULTIPLIERS, NUMBER_PHRASE_SOURCE, parseDigits, wordsToNumber } from './numbers.js';
import type { Vat } from '../model/facts.js';
import { wholeDigits } from '../format-numbers.js';
import { vatAfter } from './vat.js';

export interface MoneyMention {
  amount: number;
  currency: 'GBP';
  /** Offsets in the searched text of the whole mention (a range or "words (figures)" counts once). */
  start: number;
  end: number;
  text: string;
  /** "per annum", "per year", "annual" said beside the amount. */
  perYear: boolean;
  vat: Vat;
  /** The lower bound when the text gave a range; `amount` is the upper bound. */
  rangeFrom?: number;
}

// Digits grouped by commas or single spaces ("1,300,000", "1 300,000", "400 000"), or plain.
const NUM = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MULT = String.raw`k|thousand|mn|m|milion|millions|million|bn|billion`;
const CURRENCY_BEFORE = String.raw`(?:£|GBP|Â£)`;
const CURRENCY_AFTER = String.raw`(?:GBP|pounds(?: sterling)?|sterling)`;

// One pattern with alternatives so a mention is found once, leftmost first.
const MONEY_RE = new RegExp(
  [
    // "one million pounds (£1,000,000)": the figure in brackets is the value; the words are part of the mention.
    String.raw`(?<words>\b${NUMBER_PHRASE_SOURCE} pounds(?: sterling)?) ?\(\s*£?\s?(?<wnum>${NUM})(?:[ \u00a0]?(?<wmult>${MULT})\b)?\s*\)`,
    String.raw`${CURRENCY_BEFORE}[ \u00a0]?(?<pnum>${NUM})(?:[ \u00a0]?(?<pmult>${MULT})\b)?`,
    // "£(2,000,000)": some legal templates bracket the figure.
    String.raw`${CURRENCY_BEFORE}[ \u00a0]?\([ \u00a0]?(?<bnum>${NUM})(?:[ \u00a0]?(?<bmult>${MULT})\b)?[ \u00a0]?\)`,
    String.raw`\b(?<snum>${NUM})(?:[ \u00a0]?(?<smult>${MULT}))?[ \u00a0]?${CURRENCY_AFTER}\b`,
    // Not "several hundred thousand pounds": a vague amount is no figure.
    String.raw`(?<!\b(?:several|a few|many|some|hundreds of|thousands of)\s+)\b(?<wordonly>${NUMBER_PHRASE_SOURCE} pounds)\b`,
    // Bare "450k": tenders write budgets this way; a k suffix on a bare number is money in practice.
    String.raw`\b(?<knum>\d{1,3}(?:\.\d+)?)k\b`,
  ].join('|'),
  'gi',
);

const RANGE_JOIN = /^\s*(?:-|–|—|to|and)\s*$/i;
const PER_YEAR_AFTER =
  /^[\s,]*(?:\((?:excluding|exclusive of|ex\.?|exc\.?|including|inc\.?)[^)]{0,20}\)\s*)?(?:(?:excluding|exclusive of|ex\.?|exc\.?|including|inc\.?|plus)\s+VAT\s*)?(?:per annum|per year|a year|each year|p\.?\s?a\.?(?![a-z])|p\/a\b|annually|per contract year|per year of the contract|\/\s?(?:year|yr|annum))/i;
const PER_YEAR_BEFORE = /(?:annual|yearly|per annum|per year|each year)\b[^.£]{0,40}$/i;

/**
 * The largest amount read as money: £10 trillion, several times the UK's whole public spending.
 * Above it a figure is a typo or an attack, and past 2^53 pence-exact arithmetic fails, so a
 * message would print a number the document never gave ("999999999999999700 x").
 */
export const MAX_AMOUNT = 1e13;

const plausible = (n: number | undefined): number | undefined =>
  n !== undefined && Number.isFinite(n) && n <= MAX_AMOUNT ? n : undefined;

function toAmount(num: string | undefined, mult: string | undefined): number | undefined {
  if (!num) return undefined;
  const n = parseDigits(num);
  const m = mult ? (MULTIPLIERS[mult.toLowerCase()] ?? 1) : 1;
  return plausible(n * m);
}

function wordsAmount(words: string): number | undefined {
  const parts = words
    .trim()
    .toLowerCase()
    .split(/[\s-]+/);
  if (parts.pop() !== 'pounds') return undefined;
  return plausible(wordsToNumber(parts.join(' ')));
}

/** Every sum of money in the text, in order. Placeholders ("£x", "£[insert]", "£xxx") have no digits and are never matched. */
export function findMoney(text: string): MoneyMention[] {
  const raw: MoneyMention[] = [];
  MONEY_RE.lastIndex = 0;
  for (let m = MONEY_RE.exec(text); m; m = MONEY_RE.exec(text)) {
    const g = m.groups ?? {};
    let amount: number | undefined;
    if (g.words !== undefined) amount = toAmount(g.wnum, g.wmult);
    else if (g.pnum !== undefined) amount = toAmount(g.pnum, g.pmult);
    else if (g.bnum !== undefined) amount = toAmount(g.bnum, g.bmult);
    else if (g.snum !== undefined) amount = toAmount(g.snum, g.smult);
    else if (g.wordonly !== undefined) amount = wordsAmount(g.wordonly);
    else if (g.knum !== undefined) amount = toAmount(g.knum, 'k');
    if (amount === undefined || amount <= 0) continue;
    raw.push({
      amount,
      currency: 'GBP',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      perYear: false,
      vat: 'unknown',
    });
  }
  // Join ranges ("£100k-£150k", "£100,000 to £150,000", "between £1m and £1.5m"): the upper bound counts.
  const joined: MoneyMention[] = [];
  for (const cur of raw) {
    const prev = joined.at(-1);
    if (prev && RANGE_JOIN.test(text.slice(prev.end, cur.start))) {
      // "£100-150k": the lower figure borrows the upper one's multiplier.
      let from = prev.amount;
      if (from < cur.amount / 1000 && /[km]/i.test(cur.text) && !/[km]/i.test(prev.text)) {
        from = from * (cur.amount >= 1e6 ? 1e6 : 1e3);
      }
      joined[joined.length - 1] = { ...cur, start: prev.start, text: text.slice(prev.start, cur.end), rangeFrom: from };
      continue;
    }
    joined.push(cur);
  }
  for (const mm of joined) {
    const after = text.slice(mm.end, mm.end + 60);
    const before = text.slice(Math.max(0, mm.start - 60), mm.start);
    mm.perYear = PER_YEAR_AFTER.test(after) || PER_YEAR_BEFORE.test(before);
    mm.vat = vatAfter(after);
  }
  return joined;
}

/** "£1,000,000" in the house style of messages. */
export function formatGBP(amount: number): string {
  // By hand, not toLocaleString: ICU formatting was a tenth of a 100-page DOCX's lint time.
  const rounded = amount >= 100 ? Math.round(amount) : Math.round(amount * 100) / 100;
  const [whole, fraction] = (rounded >= 1e21 ? wholeDigits(rounded) : String(rounded)).split('.');
  let grouped = '';
  for (let i = whole!.length; i > 0; i -= 3)
    grouped = whole!.slice(Math.max(0, i - 3), i) + (grouped ? ',' + grouped : '');
  return '£' + grouped + (fraction ? '.' + fraction.padEnd(2, '0') : '');
}

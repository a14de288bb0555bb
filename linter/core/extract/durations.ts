import { NUMBER_WORD_SOURCE, wordsToNumber } from './numbers.js';

export interface DurationMention {
  months: number;
  /** For "3+1+1 years" and "two years plus one plus one": each figure in months. */
  plusParts?: number[];
  /** For "3 x 12 months": the periods, each in months. */
  timesParts?: number[];
  start: number;
  end: number;
  text: string;
}

export interface Term {
  initialMonths: number;
  extensionMonths: number;
  /** The initial term then each optional extension, in months ("3+1+1 years" -> [36, 12, 12]). */
  parts: number[];
  start: number;
  end: number;
}

const UNIT = String.raw`(?<unit>years?|yrs?|months?|weeks?|days?)`;
// "3", "three", "three (3)", "3.5"
const QTY = String.raw`(?<qty>\d+(?:\.\d+)?|${NUMBER_WORD_SOURCE}(?:[ -]${NUMBER_WORD_SOURCE})?(?:\s*\(\d+\))?)`;
// "3+1+1 years", "3 + 2 years": an initial term plus optional extensions.
const PLUS = String.raw`(?<plus>\d+(?:\.\d+)?(?:[ \t]{0,3}\+[ \t]{0,3}\d+(?:\.\d+)?){1,6})[ \t]{0,3}(?<punit>years?|months?)`;
// "two years plus one plus one", "2 years + 1 year + 1 year": the unit after the first figure.
const NUM_OR_WORD = String.raw`(?:\d+(?:\.\d+)?|${NUMBER_WORD_SOURCE})`;
const WORD_PLUS = String.raw`(?<wplus>${NUM_OR_WORD}[ -](?<wunit>years?|months?)(?:[ \t]{0,3}(?:\+|plus)[ \t]{0,3}${NUM_OR_WORD}(?:[ -](?:years?|months?))?){1,6})`;
// "2 x 12 months"
const TIMES = String.raw`(?<tn>\d+)\s*[x×]\s*(?<tq>\d+)\s*(?<tunit>years?|months?)`;
// "a further year", "an additional month": one, said with the article (never "£75,000 a year").
const A_FURTHER = String.raw`(?<afurther>an?\s+(?:further|additional|extra|optional)\s+(?<aunit>year|month))`;
const DURATION_RE = new RegExp(
  String.raw`\b(?:${PLUS}|${WORD_PLUS}|${TIMES}|${A_FURTHER}|${QTY}[ -](?:(?:further|additional|more|extra|optional|consecutive|calendar|academic|contract)\s)?${UNIT})\b`,
  'gi',
);

function toMonths(qty: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('y')) return qty * 12;
  if (u.startsWith('m')) return qty;
  if (u.startsWith('w')) return (qty * 7 * 12) / 365;
  return (qty * 12) / 365;
}

function quantity(s: string): number | undefined {
  const digits = /\((\d+)\)/.exec(s) ?? /^(\d+(?:\.\d+)?)$/.exec(s.trim());
  if (digits) return Number(digits[1]);
  return wordsToNumber(s.replace(/\([^)]{0,20}\)/, '').trim());
}

/** Every length of time in the text ("3 years", "36 months", "three (3) years", "3+1+1 years", "2 x 12 months", "720 days"). */
export function findDurations(text: string): DurationMention[] {
  const out: DurationMention[] = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const g = m.groups ?? {};
    let months: number | undefined;
    let plusParts: number[] | undefined;
    let timesParts: number[] | undefined;
    if (g.plus) {
      plusParts = g.plus.split('+').map((b) => toMonths(Number(b), g.punit!));
    } else if (g.wplus) {
      const figures = g.wplus
        .split(/[ \t]{0,3}\+[ \t]{0,3}|[ \t]{1,3}plus[ \t]{1,3}/i)
        .map((f) => quantity(f.replace(/[ -](?:years?|months?)$/i, '')));
      if (figures.every((f): f is number => f !== undefined)) plusParts = figures.map((f) => toMonths(f, g.wunit!));
    }
    if (plusParts) {
      months = plusParts.reduce((a, b) => a + b, 0);
    } else if (g.afurther) {
      months = toMonths(1, g.aunit!);
    } else if (g.tn) {
      months = Number(g.tn) * toMonths(Number(g.tq), g.tunit!);
      timesParts = Array.from({ length: Math.min(Number(g.tn), 12) }, () => toMonths(Number(g.tq), g.tunit!));
    } else if (g.qty && g.unit) {
      const q = quantity(g.qty);
      if (q !== undefined) months = toMonths(q, g.unit);
    }
    if (months === undefined || months <= 0) continue;
    out.push({
      months,
      ...(plusParts ? { plusParts } : {}),
      ...(timesParts ? { timesParts } : {}),
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  return out;
}

const INITIAL =
  /\b(?:initial(?:ly)?|core|base|fixed)\b[^.;]{0,40}?$|\b(?:for|of|period of|term of|duration of|lasting|contract (?:period|term|length)[^.;]{0,15}?)\s*(?:up to\s+)?$/i;
const EXTENSION =
  /\b(?:extend(?:ing|ed|able)?|extensions?|further|additional|renew(?:ing|al)?|optional)\b[^.;]{0,60}?$/i;
// A duration that states the whole length, extensions included: a check, not a part.
// Each optional word brings its own leading white space, so a run of spaces is read one way only (the
// earlier form, with a \s+ and two \s* in a row, was cubic on a run of spaces).
const TOTAL_BEFORE =
  /\bover\s+(?:a |the )?(?:(?:maximum |whole |full )?(?:period|term) of\s+)?$|\b(?:total|maximum|overall|aggregate|in all|max\.?)(?:\s+(?:possible|contract|term|period|duration|length|of|up to))*\s*(?:\(\s*)?$|\bextendable to (?:a maximum of\s+)?(?:up to\s+)?$|\bup to a maximum of\s+$/i;
const TOTAL_AFTER =
  /^\s*(?:in total|in all|overall|total|maximum|max\b|including (?:all |any )?(?:the )?(?:options? to extend|extensions?))/i;
// "over a term of" states the whole length only when no extension follows it.
const OVER_BEFORE = /\bover\s+(?:a |the )?(?:(?:period|term) of\s+)?$/i;
// "two further periods of", "two optional extensions of", "3 x"
const TIMES_BEFORE =
  /\b(two|three|four|2|3|4)\s+(?:further|additional|optional|separate|possible)?\s*(?:periods?|extensions?|increments?|renewals?)\s+of\s+(?:up to\s+)?$/i;
// "two optional 9-month extensions"
const TIMES_AROUND = /\b(two|three|four|2|3|4)\s+(?:further|additional|optional|separate|possible)?\s*$/i;
const EXTENSION_AFTER = /^[\s-]*(?:extensions?|periods?|renewals?)\b/i;
// Between two extensions, the words that make the second one more: "and a further", "and then by a further".
const ANOTHER_EXTENSION =
  /\b(?:and|plus|followed by|then)\s+(?:then\s+)?(?:by\s+)?(?:a |an )?(?:further|additional)\b/i;

/**
 * The contract term in one sentence: "an initial period of 3 years with an option to extend by up to
 * 2 further years", "3+1+1 years", "two years plus one plus one", "2 x 12 months", "a 36 month
 * contract", "three years (an initial 18 months and two optional 9-month extensions)". Undefined if none.
 */
export function findTerm(text: string): Term | undefined {
  const durations = findDurations(text);
  if (durations.length === 0) return undefined;
  let initial: DurationMention | undefined;
  let total: DurationMention | undefined;
  const extensions: number[] = [];
  let lastExtension: DurationMention | undefined;
  for (const d of durations) {
    const before = text.slice(Math.max(0, d.start - 80), d.start);
    const after = text.slice(d.end, d.end + 40);
    // "£240,000 over a term of 2 years with the option to extend by 12 months": the value's term, extensions to come.
    // "over four years: an initial term of three years ..." states the whole, then splits it.
    const next = text.slice(d.end, d.end + 80);
    const overThenExtend = OVER_BEFORE.test(before) && EXTEND.test(next) && !/\binitial|:/i.test(next);
    if (!overThenExtend && (TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after))) {
      total ??= d;
      continue;
    }
    if (initial && EXTENSION.test(before)) {
      if (lastExtension) {
        // "(1 year plus 1 year)" restates the extension; only "and a further 12 months" adds to it.
        const between = text.slice(lastExtension.end, d.start);
        if (!ANOTHER_EXTENSION.test(between) || /\(/.test(between)) continue;
      }
      const times = TIMES_BEFORE.exec(before) ?? (EXTENSION_AFTER.test(after) ? TIMES_AROUND.exec(before) : null);
      const n = times ? (quantity(times[1]!) ?? 1) : 1;
      const each = d.plusParts ?? d.timesParts ?? [d.months];
      for (let i = 0; i < n; i++) extensions.push(...each);
      lastExtension = d;
    } else if (!initial && (INITIAL.test(before) || !EXTENSION.test(before))) {
      initial = d;
    }
  }
  const last = durations.at(-1)!;
  if (!initial) {
    // Only a total ("up to 4 years in total"): the term without a known split.
    if (!total) return undefined;
    return {
      initialMonths: total.months,
      extensionMonths: 0,
      parts: [total.months],
      start: total.start,
      end: last.end,
    };
  }
  // "3+1+1 years: an initial term of three years, with two optional extensions of one year each":
  // the figures say it all; what follows restates them.
  let parts = initial.plusParts ?? [initial.months, ...extensions];
  // "three years (an initial 18 months and two optional 9-month extensions)": the brackets split the
  // length; the figure before them is the whole.
  if (extensions.length > 0 && Math.abs(extensions.reduce((a, b) => a + b, 0) - initial.months) > 0.5) {
    // Or "60 months, comprising an initial term of three years with the option to extend for up to two further years".
    // "a five-year term (an initial three years plus ...)": the brackets may follow the word "term".
    // "for three years: an initial term of two years plus a possible extension of one year" (round 16 dev half).
    const open =
      /^\s*(?:(?:term|period|contract)\s*)?(?:\(|:|(?:,\s*)?(?:comprising|consisting of|made up of)\b)/i.exec(
        text.slice(initial.end, initial.end + 20),
      );
    const close = !open ? -1 : open[0].trim() === '(' ? text.indexOf(')', initial.end) : text.length;
    if (open && close > 0) {
      const split = findTerm(text.slice(initial.end + open[0].length, close));
      if (
        split &&
        split.parts.length >= 2 &&
        Math.abs(split.initialMonths + split.extensionMonths - initial.months) <= 0.5
      )
        parts = split.parts;
    }
  }
  // "an initial term of 2 years, extendable to a maximum of 4 years": the extension is the difference.
  // "extensions in periods of 12 months, up to 5 years in total": the total says how many.
  const sum = parts.reduce((a, b) => a + b, 0);
  if (total && total.months > parts[0]! && Math.abs(sum - total.months) > 0.5) {
    const rest = total.months - parts[0]!;
    const each = parts[1];
    parts =
      each && Number.isInteger(rest / each)
        ? [parts[0]!, ...Array.from({ length: rest / each }, () => each)]
        : [parts[0]!, rest];
  }
  const initialMonths = parts[0]!;
  const extensionMonths = parts.slice(1).reduce((a, b) => a + b, 0);
  return { initialMonths, extensionMonths, parts, start: initial.start, end: last.end };
}

const EXTEND = /\b(?:extend|extension|extensions|renew|renewal)\w*\b/i;

/** The extension an option offers ("extend for a further two years", "two further periods of 12 months"), in months. */
export function findExtension(text: string): number | undefined {
  const at = text.search(EXTEND);
  if (at < 0) return undefined;
  let months = 0;
  for (const d of findDurations(text.slice(at))) {
    // The words just before the figure ("two further periods of"), not all the text since "extend".
    const before = text.slice(Math.max(at, at + d.start - 80), at + d.start);
    const times =
      /\b(two|three|four|2|3|4)\s+(?:further|additional|optional|separate)?\s*(?:periods?|extensions?|increments?)\s+of\s+(?:up to\s+)?$/i.exec(
        before,
      );
    months += d.months * (times ? (quantity(times[1]!) ?? 1) : 1);
    // "two years in one year increments" names the total once; stop at the first figure.
    if (!times) break;
  }
  return months > 0 ? months : undefined;
}

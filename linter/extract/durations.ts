import { NUMBER_WORD_SOURCE, wordsToNumber } from './numbers.js';

export interface DurationMention {
  months: number;
  start: number;
  end: number;
  text: string;
}

export interface Term {
  initialMonths: number;
  extensionMonths: number;
  start: number;
  end: number;
}

const UNIT = String.raw`(?<unit>years?|yrs?|months?|weeks?|days?)`;
// "3", "three", "three (3)", "3.5"
const QTY = String.raw`(?<qty>\d+(?:\.\d+)?|${NUMBER_WORD_SOURCE}(?:[ -]${NUMBER_WORD_SOURCE})?(?:\s*\(\d+\))?)`;
// "3+1+1 years", "3 + 2 years": an initial term plus optional extensions.
const PLUS = String.raw`(?<plus>\d+(?:\.\d+)?(?:[ \t]{0,3}\+[ \t]{0,3}\d+(?:\.\d+)?){1,6})[ \t]{0,3}(?<punit>years?|months?)`;
// "2 x 12 months"
const TIMES = String.raw`(?<tn>\d+)\s*[x×]\s*(?<tq>\d+)\s*(?<tunit>years?|months?)`;
const DURATION_RE = new RegExp(String.raw`\b(?:${PLUS}|${TIMES}|${QTY}[ -](?:(?:further|additional|more|extra|optional|consecutive|calendar)\s)?${UNIT})\b`, 'gi');

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
    if (g.plus) {
      months = g.plus.split('+').reduce((a, b) => a + toMonths(Number(b), g.punit!), 0);
    } else if (g.tn) {
      months = Number(g.tn) * toMonths(Number(g.tq), g.tunit!);
    } else if (g.qty && g.unit) {
      const q = quantity(g.qty);
      if (q !== undefined) months = toMonths(q, g.unit);
    }
    if (months === undefined || months <= 0) continue;
    out.push({ months, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const INITIAL = /\b(?:initial(?:ly)?|core|base|fixed)\b[^.;]{0,40}?$|\b(?:for|of|period of|term of|duration of|lasting|contract (?:period|term|length)[^.;]{0,15}?)\s*(?:up to\s+)?$/i;
const EXTENSION = /\b(?:extend|extension|extensions|further|additional|renew|optional)\b[^.;]{0,60}?$/i;

/**
 * The contract term in one sentence: "an initial period of 3 years with an option to extend by up to
 * 2 further years", "3+1+1 years", "2 x 12 months", "a 36 month contract". Undefined if none.
 */
export function findTerm(text: string): Term | undefined {
  const durations = findDurations(text);
  if (durations.length === 0) return undefined;
  const plus = /^(\d+(?:\.\d+)?)((?:\s*\+\s*\d+(?:\.\d+)?)+)\s*(years?|months?)$/i.exec(durations[0]!.text);
  if (plus && durations.length === 1) {
    const unit = plus[3]!;
    const first = toMonths(Number(plus[1]), unit);
    const rest = plus[2]!.split('+').filter((x) => x.trim()).reduce((a, b) => a + toMonths(Number(b), unit), 0);
    return { initialMonths: first, extensionMonths: rest, start: durations[0]!.start, end: durations[0]!.end };
  }
  let initial: DurationMention | undefined;
  let extension = 0;
  let lastExtension: DurationMention | undefined;
  for (const d of durations) {
    const before = text.slice(Math.max(0, d.start - 80), d.start);
    if (initial && EXTENSION.test(before)) {
      if (lastExtension) {
        // "(1 year plus 1 year)" restates the extension; only "and a further 12 months" adds to it.
        const between = text.slice(lastExtension.end, d.start);
        if (!/\b(?:and|plus|followed by|then)\s+(?:a |an )?(?:further|additional)\b/i.test(between) || /\(/.test(between)) continue;
      }
      // "two further periods of 12 months"
      const times = /\b(two|three|four|2|3|4)\s+(?:further|additional|optional|separate)?\s*(?:periods?|extensions?)\s+of\s+(?:up to\s+)?$/i.exec(before);
      extension += d.months * (times ? quantity(times[1]!) ?? 1 : 1);
      lastExtension = d;
    } else if (!initial && (INITIAL.test(before) || !EXTENSION.test(before))) {
      initial = d;
    }
  }
  if (!initial) return undefined;
  const last = durations.at(-1)!;
  return { initialMonths: initial.months, extensionMonths: extension, start: initial.start, end: last.end };
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
    const times = /\b(two|three|four|2|3|4)\s+(?:further|additional|optional|separate)?\s*(?:periods?|extensions?|increments?)\s+of\s+(?:up to\s+)?$/i.exec(before);
    months += d.months * (times ? quantity(times[1]!) ?? 1 : 1);
    // "two years in one year increments" names the total once; stop at the first figure.
    if (!times) break;
  }
  return months > 0 ? months : undefined;
}

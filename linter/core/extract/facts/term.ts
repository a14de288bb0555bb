import type { TermFact } from '../../model/facts.js';
import { findDates } from '../dates.js';
import { findExtension, findTerm, type Term } from '../durations.js';
import type { Passage } from '../passages.js';
import { fromPassage, type FactInput } from './source.js';

// What a passage must say to state the contract's term, and what rules it out (a length of
// experience, a clarification window, a notice period). Scored, not first-match: a value sentence
// that mentions "(four years)" loses to the section that says how the contract runs.
const TERM_STRONG =
  /\b(?:contract|agreement|framework|call-off|service|arrangement)\b[^.;]{0,50}\b(?:will|shall|is to|is expected to|would)\s+(?:run|last|be (?:let|awarded|for|in place)|operate|commence)\b|\b(?:initial|contract|framework|call-off|agreement)\s+(?:term|period|duration|length)\b|\bterm of\b|\bduration\b|\bfor (?:a|an) (?:initial |fixed )?(?:period|term)\b|\d\s*\+\s*\d\s*(?:years?|months?)|\byears? plus (?:one|two|\d)\b/i;
// "£110,000 ... over 2 years, starting on 1 November 2027", "£800,000 excluding VAT over four years"; "Prices must be fixed for the first two years of the contract" is no term (round 12 dev half).
const TERM_CONTEXT =
  /\b(?:contract|agreement|framework|term|period|duration|initial|extend|extension|run|last|commission(?:ed)?|award(?:ed)? for|quot(?:e|ation)s?|will take|from \d|complet(?:ed|ion) within|starting on)|£[\d,.]+(?:\s?(?:million|m|k)\b)?[^.;:£]{0,40}\bover (?:a |the )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[ -](?:years?|months?)[.)]?$/i;
const TERM_HEADING = /\b(?:duration|term|contract period|length|period of (?:the )?(?:contract|agreement))\b/i;
const NOT_TERM =
  /not exceeding|\b(?:cash|financial|free) reserves\b|\breserves (?:equal|of)\b|\b(?:equal|equivalent) to\b|\bexclu(?:ded|sion)\b|\b(?:and|or) (?:above|over|more|longer)\b(?! (?:periods?|extensions?)\b)|\bcontracts (?:with|of) (?:a )?(?:duration|term)\b|similar (?:size|project|contract)|clarification|tender period|standstill|accounts|accounting|\bold\b|experience|trading|turnover|\b(?:in|for|over|during|within) the (?:last|past|previous)\b|(?<!will |shall |to |would |and )\blast (?:\w+ )?(?:years?|months?|financial)|\bpast\b|previous|\bprior\b|history|record|\bwithin\b(?! (?:\d{1,2}|one|two|three|six|nine|twelve|eighteen) (?:months?|years?) of (?:the )?(?:start|commencement))|notice period|days? (?:of|from|after)|payment|invoice|retain|retention|insurance|warranty|guarantee|response time|per cent|%|mobilis|\bcurrent contract\b|\bno call-off\b|call-off contracts? may|\bevery \w+ years?\b|\bonce every\b|\bage[ds]? \d|\b(?:prices?|rates?) (?:must|will|shall) be (?:fixed|held)\b|\bfirst (?:\w+ )?(?:years?|months?) of the contract\b/i;
const EXTENSION_SENTENCE = /\b(?:extend|extension|renew(?:al)?)\b/i;
const NO_EXTENSION = /\bno (?:option|provision)\b|\bnot be extended\b|\bno extension\b/i;
const FROM_TO = /\b(?:from|between|commenc|start)\b/i;
const TO = /\b(?:to|until|and|end)\b/i;

/**
 * Whether the passage sits under a heading that names the term: its heading path, or (in a PDF,
 * where a numbered heading in body type is read as a list item) a short title line just before it.
 */
function underTermHeading(p: Passage, before: Passage | undefined): boolean {
  if (p.block.headingPath.some((h) => TERM_HEADING.test(h))) return true;
  return (
    before !== undefined &&
    before.block.index === p.block.index - 1 &&
    before.block.kind !== 'table-row' &&
    before.text.length <= 60 &&
    !/[.:;]\s*$/.test(before.text) &&
    TERM_HEADING.test(before.text)
  );
}

function score(p: Passage, t: Term): number {
  let s = 0;
  if (TERM_STRONG.test(p.text)) s += 2;
  if (p.block.headingPath.some((h) => TERM_HEADING.test(h))) s += 1;
  // A value sentence's "over the maximum contract period (four years)" restates the length.
  if (/£|\bGBP\b|\bpounds\b/.test(p.text)) s -= 1;
  if (t.parts.length > 1) s += 0.5;
  return s;
}

/** "from 1 April 2026 to 31 March 2029": months between two dates. */
function termOfDates(text: string): Term | undefined {
  // The wording first: it is far cheaper than reading the dates, and most passages fail it.
  if (!FROM_TO.test(text) || !TO.test(text)) return undefined;
  const dates = findDates(text);
  const between = (a: string, b: string) => Math.round(((Date.parse(b) - Date.parse(a)) / 86_400_000 / 365.25) * 12);
  // "from 1 June 2027 to 31 May 2030 with an option to extend to 31 May 2032": the third date ends the extension.
  const extendedTo =
    dates.length === 3 && EXTEND_TO.test(text.slice(dates[1]!.end, dates[2]!.start)) ? dates[2] : undefined;
  if (dates.length !== 2 && !extendedTo) return undefined;
  const months = between(dates[0]!.date, dates[1]!.date);
  if (months < 3) return undefined;
  const extension = extendedTo ? between(dates[1]!.date, extendedTo.date) : 0;
  return {
    initialMonths: months,
    extensionMonths: extension,
    parts: extension > 0 ? [months, extension] : [months],
    start: dates[0]!.start,
    end: (extendedTo ?? dates[1]!).end,
  };
}

const EXTEND_TO = /\bextend\w*\b[^.;]{0,40}\b(?:to|until)\s*$/i;

export function formatMonths(months: number): string {
  if (months % 12 === 0) return `${months / 12} year${months === 12 ? '' : 's'}`;
  if (Number.isInteger(months)) return `${months} months`;
  return `${(months / 12).toFixed(2)} years`;
}

/** How a term reads in a message: "5 years (3 + 1 + 1)", "36 months (18 + 9 + 9)", "3 years". */
export function termDerivation(parts: number[]): string {
  const total = parts.reduce((a, b) => a + b, 0);
  if (parts.length <= 1) return formatMonths(total);
  const years = parts.every((p) => p % 12 === 0);
  const figures = parts.map((p) => (years ? p / 12 : Math.round(p * 10) / 10)).join(' + ');
  return years ? `${formatMonths(total)} (${figures})` : `${Math.round(total * 10) / 10} months (${figures})`;
}

function termFact(
  parts: number[],
  place: Omit<TermFact, 'initialMonths' | 'extensionMonths' | 'totalMonths' | 'derivation'>,
): TermFact {
  const initialMonths = parts[0]!;
  const extensionMonths = parts.slice(1).reduce((a, b) => a + b, 0);
  return {
    initialMonths,
    extensionMonths,
    totalMonths: initialMonths + extensionMonths,
    derivation: termDerivation(parts),
    ...place,
  };
}

/** The contract term: stated (flag, front matter, OCDS, portal), else the passage that best states it. */
export function termOf({
  passages,
  stated,
  sourceOf,
  placeOf,
}: Pick<FactInput, 'passages' | 'stated' | 'sourceOf' | 'placeOf'>): TermFact | undefined {
  if (stated.termMonths) {
    const ext = stated.extensionMonths ?? 0;
    const parts =
      stated.extensionMonths !== undefined
        ? ext > 0
          ? [stated.termMonths, ext]
          : [stated.termMonths]
        : withExtension(passages, [stated.termMonths], -1);
    return termFact(parts, { source: sourceOf('termMonths'), ...placeOf('termMonths') });
  }
  let best: { t: Term; p: Passage; i: number; s: number } | undefined;
  passages.forEach((p, i) => {
    // Under a heading that names the term ("3. Value and term"), "over 2 years" is the term.
    const context = TERM_CONTEXT.test(p.text) || underTermHeading(p, passages[i - 1]);
    if (!context || NOT_TERM.test(p.text)) return;
    const found = findTerm(p.text);
    const t = found && found.initialMonths >= 3 ? found : termOfDates(p.text);
    if (!t) return;
    const s = score(p, t);
    if (!best || s > best.s) best = { t, p, i, s };
  });
  if (!best) return undefined;
  const { t, p, i } = best;
  return termFact(withExtension(passages, t.parts, i), fromPassage(p));
}

/**
 * An extension stated apart from the term ("The Council may extend the contract by a further two
 * years"): looked for after the term's own passage first, then anywhere.
 */
function withExtension(passages: Passage[], parts: number[], at: number): number[] {
  if (parts.length > 1) return parts;
  const order = at >= 0 ? [...passages.slice(at + 1), ...passages.slice(0, at)] : passages;
  for (const q of order) {
    if (!EXTENSION_SENTENCE.test(q.text) || NOT_TERM.test(q.text) || NO_EXTENSION.test(q.text)) continue;
    // A sentence giving the whole shape ("3 years with the option to extend for 2 years") that adds up
    // to the stated duration says the duration already includes the extension.
    const shape = findTerm(q.text);
    if (shape && shape.extensionMonths > 0 && Math.abs(shape.initialMonths + shape.extensionMonths - parts[0]!) <= 2)
      return shape.parts;
    const ext = findExtension(q.text);
    if (ext) return [parts[0]!, ext];
  }
  return parts;
}

import { NUMBER_WORD_SOURCE, wordsToNumber } from './numbers.js';

export interface PercentMention {
  value: number;
  start: number;
  end: number;
  text: string;
}

export interface MultipleMention {
  factor: number;
  /** What the multiple is of, as far as the text says. */
  of: 'annual' | 'total' | 'unknown';
  start: number;
  end: number;
  text: string;
}

const PERCENT_RE = new RegExp(
  String.raw`\b(?<n>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|pc\b)|\b(?<w>${NUMBER_WORD_SOURCE}(?:[ -]${NUMBER_WORD_SOURCE})?)\s(?:per\s?cent|percent)\b`,
  'gi',
);

export function findPercentages(text: string): PercentMention[] {
  const out: PercentMention[] = [];
  PERCENT_RE.lastIndex = 0;
  for (let m = PERCENT_RE.exec(text); m; m = PERCENT_RE.exec(text)) {
    const v = m.groups?.n !== undefined ? Number(m.groups.n) : wordsToNumber(m.groups?.w ?? '');
    if (v === undefined) continue;
    out.push({ value: v, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const FACTOR_WORDS: Record<string, number> = { twice: 2, double: 2, treble: 3, triple: 3, thrice: 3 };
// The thing multiplied: "(of) the (estimated) (annual|total) (contract|lot) value|price|budget".
const OF_VALUE = String.raw`(?:of\s+)?(?:the\s+)?(?<qual>(?:(?:estimated|expected|anticipated|maximum|average|indicative|likely|whole|overall|annual|yearly|total|contract|lot|tender|framework|call-off)\s+){0,4})(?:value|price|budget|cost|spend|amount)`;
const MULTIPLE_RE = new RegExp(
  String.raw`\b(?:(?<num>\d+(?:\.\d+)?)\s*(?:x|×|times)|(?<word>${NUMBER_WORD_SOURCE})\s+times|(?<fw>twice|double|treble|triple|thrice)|(?<pct>\d{2,4}(?:\.\d+)?)\s?(?:%|per\s?cent))\s+${OF_VALUE}\b`,
  'gi',
);

/** "three times the contract value", "3x the annual value", "twice the estimated value", "300% of the annual value". */
export function findMultiples(text: string): MultipleMention[] {
  const out: MultipleMention[] = [];
  MULTIPLE_RE.lastIndex = 0;
  for (let m = MULTIPLE_RE.exec(text); m; m = MULTIPLE_RE.exec(text)) {
    const g = m.groups ?? {};
    const factor =
      g.num !== undefined
        ? Number(g.num)
        : g.word !== undefined
          ? wordsToNumber(g.word)
          : g.fw !== undefined
            ? FACTOR_WORDS[g.fw.toLowerCase()]
            : g.pct !== undefined
              ? Number(g.pct) / 100
              : undefined;
    if (factor === undefined || factor <= 0) continue;
    const qual = (g.qual ?? '').toLowerCase();
    // "over the past two financial years" after the value still names annual turnover, not the value's basis.
    const of = /annual|yearly/.test(qual) ? 'annual' : /total|whole|overall/.test(qual) ? 'total' : 'unknown';
    out.push({ factor, of, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

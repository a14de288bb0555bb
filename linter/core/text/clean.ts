import { repairMojibake } from './normalize.js';
import { BIDI, INVISIBLE, isCompatibilityForm, LOOKALIKES, SOFT_HYPHEN } from './lookalikes.js';

/**
 * Text as the rules read it: mojibake repaired, invisible and bidi control characters removed,
 * compatibility forms folded, look-alike letters inside Latin words read as Latin, white space folded
 * to single spaces. With `origin`, each output character's index in the input, so a block's segments
 * can keep pointing at the original columns.
 */

/** What was removed or folded in a document, for the report (TenderDocument.normalised). */
export interface TextChanges {
  invisible: number;
  bidi: number;
  fullwidth: number;
  lookalikes: number;
}

export function noChanges(): TextChanges {
  return { invisible: 0, bidi: 0, fullwidth: 0, lookalikes: 0 };
}

export interface Cleaned {
  text: string;
  /** origin[i] is the index in the (mojibake-repaired) input of output character i; absent when asked not to keep it. */
  origin?: number[];
}

// Anything but printable ASCII and single spaces takes the slow path.
const NEEDS_WORK = /[^\x21-\x7e ]| {2}/;
const MIXED_SCRIPT = /[\u0370-\u03ff\u0400-\u052f]/;
const WORD = /[\p{L}\p{M}\u200b-\u200d\u2060\u00ad]+/gu;
const LATIN = /\p{Script=Latin}/u;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    cp === 0x0c ||
    cp === 0x0b ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Offsets of look-alike letters inside words that mix Latin with Cyrillic or Greek. */
function lookalikesIn(text: string): Set<number> {
  const out = new Set<number>();
  if (!MIXED_SCRIPT.test(text)) return out;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    if (!LATIN.test(word) || !FOREIGN.test(word)) continue;
    for (let i = 0; i < word.length; i++) if (LOOKALIKES[word[i]!] !== undefined) out.add(m.index + i);
  }
  return out;
}

export function cleanText(input: string, changes?: TextChanges, keepOrigin = false): Cleaned {
  const text = repairMojibake(input);
  if (!NEEDS_WORK.test(text)) return keepOrigin ? { text, origin: undefined } : { text };
  const fold = lookalikesIn(text);
  const parts: string[] = [];
  const origin: number[] | undefined = keepOrigin ? [] : undefined;
  let lastSpace = false;
  // Unchanged characters are copied as runs; only changed ones are handled one by one.
  let run = 0;
  const flush = (to: number) => {
    if (to > run) {
      parts.push(text.slice(run, to));
      if (origin) for (let k = run; k < to; k++) origin.push(k);
      lastSpace = text.charCodeAt(to - 1) === 0x20;
    }
  };
  const emit = (s: string, at: number) => {
    parts.push(s);
    if (origin) for (let k = 0; k < s.length; k++) origin.push(at);
    lastSpace = s === ' ';
  };
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const endsSpace = i > run ? text.charCodeAt(i - 1) === 0x20 : lastSpace;
    if ((cp > 0x20 && cp < 0x7f) || (cp === 0x20 && !endsSpace)) {
      i += 1;
      continue;
    }
    flush(i);
    if (cp === SOFT_HYPHEN) {
      // Not counted: Word puts them everywhere.
    } else if (INVISIBLE.has(cp) || (cp < 0x20 && !isSpace(cp)) || cp === 0x7f) {
      if (changes) changes.invisible++;
    } else if (BIDI.has(cp)) {
      if (changes) changes.bidi++;
    } else if (isSpace(cp)) {
      if (!lastSpace) emit(' ', i);
    } else if (isCompatibilityForm(cp)) {
      if (changes) changes.fullwidth++;
      emit(String.fromCodePoint(cp).normalize('NFKC'), i);
    } else if (fold.has(i)) {
      if (changes) changes.lookalikes++;
      emit(LOOKALIKES[text[i]!]!, i);
    } else emit(text.slice(i, i + width), i);
    i += width;
    run = i;
  }
  flush(text.length);
  const out = parts.join('');
  return origin ? { text: out, origin } : { text: out };
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREV =
  /(?:\b(?:e\.g|i\.e|etc|approx|incl|excl|exc|inc|ltd|nos|para|paras|reg|regs|sch|s|ss|st|dr|mr|mrs|ms|co|vs|cf|art|fig|ref|max|min|p\.a|a\.m|p\.m|ex|tel|op|vol|ch|sec|pt))\.$/i;
// A question or clause number ("Q3.", "C5.", "4.2.") ends no sentence.
const NUMBERING = /(?:^|\s)(?:[A-Z]{1,2}\d{1,3}[a-z]?|\d{1,2}(?:\.\d{1,2})*)\.$/;

/**
 * Splits a block's text into sentences with their offsets. A sentence ends at . ! or ? followed by
 * white space and a capital, digit, bracket or quote; abbreviations and decimals do not end one.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /[.!?](?=["'’”)\]]*\s+["'‘“([]?[A-Z0-9£•])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1;
    if (m[0] === '.' && ABBREV.test(text.slice(Math.max(start, end - 6), end))) continue;
    // "approx. £200,000": an abbreviation before a figure; "No. 5": a number sign.
    if (
      m[0] === '.' &&
      /\b(?:approx|c|ca|no|circa)\.$/i.test(text.slice(Math.max(start, end - 7), end)) &&
      /^\s*[£\d]/.test(text.slice(end))
    )
      continue;
    if (m[0] === '.' && NUMBERING.test(text.slice(Math.max(start, end - 8), end)) && end - start <= 8) continue;
    let close = end;
    while (close < text.length && /["'’”)\]]/.test(text[close]!)) close++;
    push(out, text, start, close);
    start = close;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

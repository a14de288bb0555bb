/**
 * Characters that change what the linter reads without changing what a person sees: removed or
 * folded before facts are extracted (linter/core/text/clean.ts). Text copied from web portals and Word
 * carries many of them innocently; some were found to hide a £1.2m turnover demand from every rule.
 */

/** Zero-width and other invisible characters, and byte-order marks inside the text: removed. */
export const INVISIBLE = new Set([
  0x200b, // zero-width space
  0x200c, // zero-width non-joiner
  0x200d, // zero-width joiner
  0x2060, // word joiner
  0x2061,
  0x2062,
  0x2063,
  0x2064, // invisible function application, times, separator, plus
  0xfeff, // byte-order mark / zero-width no-break space
  0x180e, // Mongolian vowel separator
  0x034f, // combining grapheme joiner
]);

/** Bidirectional controls (embeddings, overrides, isolates, marks): removed. */
export const BIDI = new Set([
  0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/** Soft hyphens: invisible unless a line breaks there, and so common in Word text that they are not reported. */
export const SOFT_HYPHEN = 0x00ad;

/**
 * Compatibility forms folded by NFKC: fullwidth and halfwidth forms ("￡１２０万" style text from CJK
 * input methods: ￡, １, ａ), the ideographic space, Latin ligatures PDFs carry ("ﬁnancial"), and the
 * mathematical letters used as "bold" or "italic" text on the web. Superscripts, fractions and
 * circled digits are left alone: folding "10⁶" to "106" would misread a number.
 */
export function isCompatibilityForm(cp: number): boolean {
  return (
    (cp >= 0xff01 && cp <= 0xffee) ||
    cp === 0x3000 ||
    (cp >= 0xfb00 && cp <= 0xfb06) ||
    (cp >= 0x1d400 && cp <= 0x1d7ff)
  );
}

/**
 * Cyrillic and Greek letters that look like Latin ones, read as Latin inside a word that is otherwise
 * Latin ("turnоver" with a Cyrillic о). A word wholly in Cyrillic or Greek is left as it is.
 */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ѵ: 'v',
  ү: 'y',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Greek
  ο: 'o',
  ν: 'v',
  ρ: 'p',
  ι: 'i',
  κ: 'k',
  α: 'a',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

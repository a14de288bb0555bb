/** Number words as tenders write them ("three times", "one million pounds", "five (5) years"). */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

export const NUMBER_WORD_SOURCE =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';

/** "twenty-five", "one hundred", "thirty six" -> number; undefined if not a number phrase. */
export function wordsToNumber(phrase: string): number | undefined {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  for (const w of words) {
    const n = UNITS[w];
    if (n === undefined) return undefined;
    if (n === 100) total = (total || 1) * 100;
    else total += n;
  }
  return total;
}

/** "1,300,000", "1 300,000", "400 000", "1.5" -> number. Separators are commas or single spaces. */
export function parseDigits(s: string): number {
  return Number(s.replace(/[ ,\u00a0\u202f]/g, ''));
}

export const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mil: 1e6, million: 1e6, milion: 1e6, millions: 1e6,
  bn: 1e9, b: 1e9, billion: 1e9,
};

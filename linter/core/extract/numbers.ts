/**
 * Number words as tenders write them ("three times", "two hundred and forty thousand pounds",
 * "five (5) years"). Hand-written on purpose: of the packages measured, words-to-numbers read
 * "two hundred and forty thousand" as 40,200 and compromise took 5 ms a sentence (see
 * docs/facts.md); this table and a dozen lines of arithmetic read every phrasing in the fixtures.
 */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

export const NUMBER_WORD_SOURCE =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';

/** Any word of a number phrase, scales included ("two hundred and forty thousand"). */
// "one million, two hundred thousand": a comma may stand between the scales.
export const NUMBER_PHRASE_SOURCE = String.raw`${NUMBER_WORD_SOURCE}(?:(?:,?[ -]+|,?[ -]+and[ -]+)(?:${NUMBER_WORD_SOURCE}|thousand|million|billion|point)){0,12}`;

/**
 * "twenty-five", "one hundred", "two hundred and forty thousand", "one point two million" -> number;
 * undefined if not a number phrase.
 */
export function wordsToNumber(phrase: string): number | undefined {
  const words = phrase
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter((w) => w && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let decimals: number[] | undefined;
  for (const w of words) {
    if (w === 'point') {
      if (decimals) return undefined;
      decimals = [];
      continue;
    }
    if (w === 'hundred') {
      if (decimals) return undefined;
      current = (current || 1) * 100;
      continue;
    }
    const scale = SCALES[w];
    if (scale !== undefined) {
      const fraction = decimals ? Number(`0.${decimals.join('')}`) : 0;
      total += ((current || (decimals ? 0 : 1)) + fraction) * scale;
      current = 0;
      decimals = undefined;
      continue;
    }
    const n = UNITS[w];
    if (n === undefined) return undefined;
    if (decimals) {
      if (n > 9) return undefined;
      decimals.push(n);
    } else current += n;
  }
  if (decimals) current += Number(`0.${decimals.join('') || '0'}`);
  return total + current;
}

/** "1,300,000", "1 300,000", "400 000", "1.5" -> number. Separators are commas or single spaces. */
export function parseDigits(s: string): number {
  return Number(s.replace(/[ ,\u00a0\u202f]/g, ''));
}

export const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  milion: 1e6,
  millions: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
};

/** "6.7" for a multiple; two decimals when one would round onto the limit ("2.04 x", not "2 x"). */
export function formatMultiple(x: number, limit?: number): string {
  const one = Math.round(x * 10) / 10;
  if (limit !== undefined && one <= limit && x > limit) return String(Math.round(x * 100) / 100);
  return String(one);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The decimal digits of a whole number, never exponent notation: String(1e23) is "1e+23", which
 * digit grouping turned into "£1e,+23". Past 2^53 the digits are the shortest that read back as the
 * same number, then zeros (12345678901234567890123 -> "12345678901234568000000").
 */
export function wholeDigits(n: number): string {
  const s = String(n);
  const m = /^(\d+)(?:\.(\d+))?e\+(\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[1]! + (m[2] ?? '');
  return digits + '0'.repeat(Number(m[3]) - (m[2]?.length ?? 0));
}

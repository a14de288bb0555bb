/** "6.7" for a multiple; two decimals when one would round onto the limit ("2.04 x", not "2 x"). */
export function formatMultiple(x: number, limit?: number): string {
  const one = Math.round(x * 10) / 10;
  if (limit !== undefined && one <= limit && x > limit) return String(Math.round(x * 100) / 100);
  return String(one);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

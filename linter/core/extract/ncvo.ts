import { sources } from '../citations.js';
import { formatGBP } from './money.js';

/**
 * NCVO income bands of UK voluntary organisations, 2018/19 (UK Civil Society Almanac): about 163,150
 * organisations; micro under £10k, small £10k-£100k, medium £100k-£1m, large £1m-£10m, major
 * £10m-£100m, super-major over £100m. 80% are micro or small (income under £100k); about 3% have an
 * income of £1m or more. Only band edges with a published share are used: nothing is interpolated
 * inside a band, so an amount between two edges gets the share of the lower edge as "at least".
 */
export const NCVO = {
  year: '2018/19',
  organisations: 163_150,
  bands: [
    { name: 'micro', from: 0, to: 10_000 },
    { name: 'small', from: 10_000, to: 100_000 },
    { name: 'medium', from: 100_000, to: 1_000_000 },
    { name: 'large', from: 1_000_000, to: 10_000_000 },
    { name: 'major', from: 10_000_000, to: 100_000_000 },
    { name: 'super-major', from: 100_000_000, to: Infinity },
  ],
  /** Published shares with an income below the edge. */
  belowEdge: [
    { edge: 100_000, share: 80 },
    { edge: 1_000_000, share: 97 },
  ],
  citation: sources.ncvo,
} as const;

export interface ShareBelow {
  /** Percentage of voluntary organisations with an income below the amount. */
  share: number;
  /** "about" when the amount is a published band edge, "at least" when it lies above one. */
  qualifier: 'about' | 'at least';
  /** The band edge the share is published for. */
  edge: number;
}

/** What share of UK voluntary organisations has an income below `amount`, as far as the bands support. */
export function shareBelow(amount: number): ShareBelow | undefined {
  let best: ShareBelow | undefined;
  for (const { edge, share } of NCVO.belowEdge) {
    if (amount >= edge) best = { share, edge, qualifier: amount === edge ? 'about' : 'at least' };
  }
  // "about 80%" at exactly £100k is what the source says; above it only "at least" holds.
  return best;
}

/** The sentence a message appends: whom a financial threshold shuts out. Empty below £100,000. */
export function whoItShutsOut(amount: number): string {
  const s = shareBelow(amount);
  if (!s) return '';
  const lead = s.qualifier === 'about' ? 'About' : 'At least';
  const edge = s.edge === amount ? '' : `${s.share}% have less than ${formatGBP(s.edge)}; `;
  return `${lead} ${s.share}% of UK voluntary organisations have a lower income than ${formatGBP(amount)} (${edge}NCVO UK Civil Society Almanac, ${NCVO.year} income bands).`;
}

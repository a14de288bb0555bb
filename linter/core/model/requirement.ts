import { z } from 'zod';
import { Location } from './document.js';

export const RequirementTopic = z.enum([
  'turnover',
  'reserves',
  'accounts',
  'trading-history',
  'insurance',
  'certification',
  'dspt',
  'cyber-essentials',
  'prior-contract',
  'payment',
  'social-value',
  'selection-stage',
  'lots',
]);

/**
 * One thing the document demands of bidders, as the clause analysis read it: the digest of
 * conditions of participation a bidder could work through. Rules judge these; the report lists them.
 */
export const Requirement = z.object({
  topic: RequirementTopic,
  /** The clause as the document words it (a list item without its lead-in). */
  text: z.string(),
  /** The sentence that introduces a list item ("Bidders must:"). */
  leadIn: z.string().optional(),
  location: Location,
  /** Who must meet it. */
  who: z.enum(['bidder', 'subcontractor', 'buyer', 'successful-bidder', 'unstated']),
  /** When: at bid, if requested, by award, by contract start; the words that say so. */
  when: z.enum(['bid', 'request', 'award', 'start', 'unstated']),
  whenText: z.string().optional(),
  /** Routes the text accepts instead ("or equivalent", unaudited accounts, a guarantor). */
  alternatives: z.array(z.object({ kind: z.string(), text: z.string() })),
  /** A stated reason or justification, in the clause or the next one. */
  reason: z.string().optional(),
  /** Sums of money in the clause, in pounds. */
  amounts: z.array(z.number()),
  /** Multiples of the contract value ("three times the annual value"). */
  multiples: z.array(z.number()),
  /** Percentages in the clause. */
  percentages: z.array(z.number()),
});
export type Requirement = z.infer<typeof Requirement>;

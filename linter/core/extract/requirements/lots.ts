import type { TenderDocument } from '../../model/document.js';
import { framesOf, type Frame } from '../clauses/frames.js';
import { phraseSet } from '../clauses/phrases.js';
import { perDocument } from './cache.js';

/** Ways of saying the contract is one lot, besides a negated "divided into lots". */
const ONE_LOT = phraseSet(`
single lot
one lot
a single contract
lots: no
lots: none
lots: n/a
division into lots: no
divided into lots: no
`);

/**
 * The clause that says the contract is not divided into lots and gives its reasons, in the clause or
 * the next one ("Reasons: ...", "because ...", the next paragraph's "The reasons are ...").
 */
export const lotsReasons = perDocument((doc: TenderDocument): Frame | undefined =>
  framesOf(doc, 'lots').find((f) => (f.negated || ONE_LOT.test(f.clause.text)) && f.reason),
);

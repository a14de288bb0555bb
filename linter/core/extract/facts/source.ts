import type { TenderDocument } from '../../model/document.js';
import type { FactSource, StatedFacts } from '../../model/facts.js';
import type { Passage } from '../passages.js';

/** Where a fact read from the text stands: its block and passage, so findings can point at it. */
export const fromPassage = (p: Passage) => ({ source: 'text' as FactSource, block: p.block.index, excerpt: p.text });

/** What every fact module may read: the passages, and the facts stated in structured form. */
export interface FactInput {
  doc: TenderDocument;
  passages: Passage[];
  stated: StatedFacts;
  /** Where a stated fact came from: a flag, or the document's own structure (front matter, OCDS, portal). */
  sourceOf(k: keyof StatedFacts): FactSource;
  /** The block that shows a stated fact, when it has one (an OCDS field, a portal's labelled field). */
  placeOf(k: keyof StatedFacts): { block?: number; excerpt?: string };
}

/** The passages before `p` in the same block, nearest first: a list's lead-in, a table's header row. */
export function before(passages: Passage[], i: number, count: number): Passage[] {
  return passages.slice(Math.max(0, i - count), i).reverse();
}

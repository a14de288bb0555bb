import type { Block, TenderDocument } from '../model/document.js';
import { splitSentences, type Span } from '../text/sentences.js';

/** A unit a rule reports on: a sentence of a paragraph, a whole list item, a table row, or a heading. */
export interface Passage {
  block: Block;
  start: number;
  end: number;
  text: string;
  /** The passage after this one in reading order, for "... . This is because ..." justifications. */
  next?: Passage;
  /** For a passage over several blocks (a clause with its lead-in): each block's piece. */
  parts?: Array<{ block: Block; start: number; end: number; at?: number }>;
  /** What a finding quotes, when it is less than `text` (a list item without its lead-in). */
  excerpt?: string;
  /** Where `excerpt` starts in `text`. */
  bodyAt?: number;
}

const cache = new WeakMap<TenderDocument, Passage[]>();

/**
 * The document as passages, computed once per document and shared by every extractor: rules and
 * extractors never split text themselves. Table cells are left out (their row carries their text).
 */
export function passagesOf(doc: TenderDocument): Passage[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: Passage[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table-cell') continue;
    const spans: Span[] =
      block.kind === 'paragraph'
        ? splitSentences(block.text)
        : [{ start: 0, end: block.text.length, text: block.text }];
    for (const s of spans) out.push({ block, start: s.start, end: s.end, text: s.text });
  }
  for (let i = 0; i + 1 < out.length; i++) out[i]!.next = out[i + 1];
  cache.set(doc, out);
  return out;
}

/**
 * The passage a fact was read from; for facts from flags or fields with no passage of their own,
 * the document's first passage (its title), so a finding still has a place to stand.
 */
export function passageOfFact(
  doc: TenderDocument,
  fact: { block?: number | undefined; excerpt?: string | undefined } | undefined,
): Passage | undefined {
  const passages = passagesOf(doc);
  if (fact?.block !== undefined) {
    const inBlock = passages.filter((p) => p.block.index === fact.block);
    return inBlock.find((p) => p.text === fact.excerpt) ?? inBlock[0] ?? passages[0];
  }
  return passages[0];
}

import { parseMarkdown } from '../../../linter/parse/markdown.js';
import { passagesOf } from '../../../linter/extract/passages.js';
import type { FactInput } from '../../../linter/extract/facts/source.js';
import type { StatedFacts } from '../../../linter/model/facts.js';

/** A fact module's input from a Markdown tender, with nothing stated. */
export function input(markdown: string, stated: StatedFacts = {}): FactInput {
  const doc = parseMarkdown('t.md', markdown);
  return { doc, passages: passagesOf(doc), stated, sourceOf: () => 'flag', placeOf: () => ({}) };
}

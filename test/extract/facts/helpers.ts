import { parseMarkdown } from '../../../linter/core/parse/markdown.js';
import { passagesOf } from '../../../linter/core/extract/passages.js';
import type { FactInput } from '../../../linter/core/extract/facts/source.js';
import type { StatedFacts } from '../../../linter/core/model/facts.js';

/** A fact module's input from a Markdown tender, with nothing stated. */
export function input(markdown: string, stated: StatedFacts = {}): FactInput {
  const doc = parseMarkdown('t.md', markdown);
  return { doc, passages: passagesOf(doc), stated, sourceOf: () => 'flag', placeOf: () => ({}) };
}

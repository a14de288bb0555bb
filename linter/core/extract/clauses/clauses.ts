import type { Block, TenderDocument } from '../../model/document.js';
import type { Passage } from '../passages.js';
import { splitSentences } from '../../text/sentences.js';

/** A piece of one block's text that is part of a clause; `at` is where it starts in the clause's text. */
export interface ClausePart {
  block: Block;
  start: number;
  end: number;
  at: number;
}

export type ClauseKind = 'heading' | 'sentence' | 'list-item' | 'table-row';

/**
 * The unit a reader judges: a sentence (joined across PDF line and page breaks), a list item with
 * its lead-in ("Bidders must:" + "(a) hold ..."), or a table row (with its table's header). A clause
 * is a Passage whose text may span several blocks: `parts` maps it back to each of them.
 */
export interface Clause extends Passage {
  index: number;
  kind: ClauseKind;
  parts: ClausePart[];
  /**
   * The sentence that introduces a list item ("Bidders must:"), as a clause of its own (where a
   * demand the whole list shares is reported); its text is also the start of the item's `text`.
   */
  leadIn?: Clause;
  /** Where the item's own text starts in `text` (after the lead-in); a finding quotes from here. */
  bodyAt: number;
  /** A table row's cells, and the cells of its table's header row. */
  cells?: string[];
  header?: string[];
  /** The heading the clause sits under. */
  heading?: string;
  next?: Clause;
  prev?: Clause;
}

const TERMINAL = /[.!?:;]["'’”)\]]*$/;
// Tested on trimmed text, so no pattern scans a run of trailing white space.
const LEAD_IN = /:$|\b(?:the following|as follows|below)\s?[:.-]?$/i;

const cache = new WeakMap<TenderDocument, Clause[]>();

/** The document as clauses, in reading order, computed once per document and shared by every rule. */
export function clausesOf(doc: TenderDocument): Clause[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: Clause[] = [];
  const push = (kind: ClauseKind, block: Block, start: number, end: number, extra: Partial<Clause> = {}) => {
    const text = block.text.slice(start, end);
    const c: Clause = {
      index: out.length,
      kind,
      block,
      start,
      end,
      text,
      parts: [{ block, start, end, at: 0 }],
      bodyAt: 0,
      ...(block.headingPath.length ? { heading: block.headingPath.at(-1)! } : {}),
      ...extra,
    };
    out.push(c);
    return c;
  };
  let header: string[] | undefined;
  let prevBlock: Block | undefined;
  let leadIn: Clause | undefined;
  const blocks = doc.blocks.filter((b) => b.kind !== 'table-cell');
  for (const block of blocks) {
    if (block.kind !== 'table-row') header = undefined;
    if (block.kind === 'heading') {
      leadIn = undefined;
      push('heading', block, 0, block.text.length);
    } else if (block.kind === 'table-row') {
      const cells = block.text.split(' | ');
      if (!header || prevBlock?.kind !== 'table-row') {
        header = cells;
        push('table-row', block, 0, block.text.length, { cells });
      } else {
        push('table-row', block, 0, block.text.length, { cells, header });
      }
      leadIn = undefined;
    } else if (
      block.kind === 'list-item' ||
      (leadIn && (isItemLike(block) || lastItem(out.at(-1), leadIn, block) || runTogether(block).length > 1))
    ) {
      for (const [start, end] of leadIn ? runTogether(block) : [[0, block.text.length]]) {
        const item = push('list-item', block, start!, end!);
        if (leadIn) attachLeadIn(item, leadIn);
      }
    } else {
      const spans = splitSentences(block.text);
      const last = out.at(-1);
      spans.forEach((s, i) => {
        // A sentence cut by a page or column break: the previous block stopped mid-sentence and this one goes on in lower case.
        if (
          i === 0 &&
          last &&
          last.kind === 'sentence' &&
          prevBlock?.kind === 'paragraph' &&
          last.block === prevBlock &&
          !TERMINAL.test(last.text) &&
          /^[a-z(]/.test(s.text)
        ) {
          extend(last, block, s.start, s.end);
          return;
        }
        push('sentence', block, s.start, s.end);
      });
      const tail = out.at(-1)!;
      leadIn = LEAD_IN.test(tail.text.trimEnd()) && tail.text.length < 400 ? tail : undefined;
    }
    prevBlock = block;
  }
  for (let i = 0; i < out.length; i++) {
    if (i + 1 < out.length) out[i]!.next = out[i + 1];
    if (i > 0) out[i]!.prev = out[i - 1];
  }
  cache.set(doc, out);
  return out;
}

/** A paragraph that reads as an item of the list its lead-in opens (PDFs draw bullets, so items arrive as paragraphs). */
function isItemLike(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  const t = block.text;
  const end = t.trimEnd();
  return (
    t.length < 400 &&
    (/^(?:\(?[a-z0-9ivx]{1,4}[.)]\s|[-•▪◦·●–]\s)/i.test(t) || /^[a-z]/.test(t) || /[;,]$|[;,] (?:and|or)$/i.test(end))
  );
}

// The item before ended "...;" or "...; and": the list goes on, and this is its last item, which
// ends with a full stop ("ISO 45001 certification covering ... engineers."; round 15 dev half, PDF).
const GOES_ON = /[;,]$|[;,] (?:and|or)$/i;

/** A paragraph that closes the list its lead-in opens: the item before it said the list went on. */
function lastItem(prev: Clause | undefined, leadIn: Clause, block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.text.length < 400 &&
    prev?.kind === 'list-item' &&
    prev.leadIn === leadIn &&
    GOES_ON.test(prev.text.trimEnd())
  );
}

// A PDF whose bullets are drawn, not written, runs a list's items into one paragraph: "a minimum
// turnover of £1,000,000 ...; registration with the Care Quality Commission ...; and professional
// indemnity insurance ..." (round 15 dev half). Under a lead-in, each "; " closes an item.
const ITEM_BREAK = /;\s+(?:and\s+|or\s+)?(?=[a-z(])/g;

/** The spans of the items a paragraph under a lead-in runs together; the whole paragraph when it is one. */
function runTogether(block: Block): Array<[number, number]> {
  const text = block.text;
  if (block.kind !== 'paragraph' || !/^[a-z(]/.test(text)) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(ITEM_BREAK)) {
    // Each item a phrase of its own, not "...; this is because ...".
    if (m.index + 1 - from < 25) return [[0, text.length]];
    out.push([from, m.index + 1]);
    from = m.index + m[0].length;
  }
  if (out.length === 0 || text.length - from < 25) return [[0, text.length]];
  out.push([from, text.length]);
  return out;
}

function attachLeadIn(item: Clause, leadIn: Clause): void {
  const sep = ' ';
  const shift = leadIn.text.length + sep.length;
  item.parts = [...leadIn.parts.map((p) => ({ ...p })), ...item.parts.map((p) => ({ ...p, at: p.at + shift }))];
  item.text = leadIn.text + sep + item.text;
  item.leadIn = leadIn;
  item.excerpt = item.text.slice(shift);
  item.bodyAt = shift;
}

function extend(c: Clause, block: Block, start: number, end: number): void {
  const at = c.text.length + 1;
  c.text = `${c.text} ${block.text.slice(start, end)}`;
  c.parts.push({ block, start, end, at });
}

/**
 * What a clause sits under: the line just above it (above its list, for an item) when that line reads
 * as a title (short, no closing punctuation: a PDF prints small headings as plain lines), else its heading.
 */
export function titleAbove(c: Clause): string | undefined {
  let above = c.prev;
  for (let k = 0; c.kind === 'list-item' && above && above.kind === 'list-item' && k < 12; k++) above = above.prev;
  if (above && above.kind !== 'table-row' && above.text.length <= 100 && !/[.;:!?]\s*$/.test(above.text))
    return above.text;
  return c.heading;
}

/** The clause's own words, without a list item's lead-in. */
export function bodyOf(c: Clause): string {
  return c.text.slice(c.bodyAt);
}

/** The clauses after `c` that a reader takes with it: the rest of its question or paragraph group, up to the next heading. */
export function following(c: Clause, max = 2): Clause[] {
  const out: Clause[] = [];
  for (let n = c.next; n && out.length < max; n = n.next) {
    if (n.kind === 'heading') break;
    out.push(n);
  }
  return out;
}

/**
 * Consecutive clauses as one passage, for a requirement a reader takes from several sentences (a
 * selection stage and, two sentences on, who is invited to tender): the excerpt then holds both.
 * Later list items give only their own words, not their lead-in again. `last` must follow `first`.
 */
export function spanOf(first: Clause, last: Clause): Passage {
  if (first === last) return first;
  let text = first.text;
  const parts: NonNullable<Passage['parts']> = first.parts.map((p) => ({ ...p }));
  for (let c = first.next; c; c = c.next) {
    const offset = text.length + 1 - c.bodyAt;
    text += ` ${c.text.slice(c.bodyAt)}`;
    for (const p of c.parts) if (p.at >= c.bodyAt) parts.push({ ...p, at: p.at + offset });
    if (c === last) {
      return {
        block: first.block,
        start: first.start,
        end: first.end,
        text,
        parts,
        bodyAt: first.bodyAt,
        ...(first.bodyAt > 0 ? { excerpt: text.slice(first.bodyAt) } : {}),
      };
    }
  }
  return first;
}

// "(a)", "(ii)", "(3)" after the sentence's start, a colon or a semicolon (and "and"/"or"): an item of
// a list written inline in one sentence.
const INLINE_MARK = /(?:^|[:;,]\s{0,3}(?:and\s|or\s)?)\s{0,3}\(([a-h]|[ivx]{1,4}|\d{1,2})\)\s/g;

/**
 * The items of a list written inline ("bidders must: (a) hold ...; (b) operate ...; and (c) ..."),
 * as [start, end) ranges of `text`, when it has two or more; else none. Each item's own words
 * (an "or equivalent" in (b)) are not another item's.
 */
export function inlineItems(text: string): Array<{ start: number; end: number }> {
  const marks = [...text.matchAll(INLINE_MARK)].map((m) => m.index + m[0].indexOf('('));
  if (marks.length < 2) return [];
  return marks.map((start, i) => ({ start, end: marks[i + 1] ?? text.length }));
}

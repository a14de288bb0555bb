import type { Block, Location } from '../model/document.js';

/** Where offset `at` of a block's text sits in the source file. */
function pointAt(block: Block, at: number): Location {
  const segs = block.segments;
  if (!segs || segs.length === 0) return { ...block.location };
  let seg = segs[0]!;
  for (const s of segs) {
    if (s.at <= at) seg = s;
    else break;
  }
  const loc: Location = { ...seg.loc };
  if (loc.column !== undefined) loc.column += at - seg.at;
  return loc;
}

/** The source location of `block.text.slice(start, end)`, start and end. */
export function locate(block: Block, start: number, end: number): Location {
  const a = pointAt(block, start);
  const b = pointAt(block, Math.max(start, end - 1));
  const loc: Location = { ...block.location, ...a };
  if (b.line !== undefined) loc.endLine = b.line;
  if (b.column !== undefined) loc.endColumn = b.column + 1;
  return loc;
}

/** A passage that may run over several blocks (a clause with its lead-in, a sentence across a page break). */
export interface Spanning {
  block: Block;
  start: number;
  end: number;
  parts?: Array<{ block: Block; start: number; end: number; at?: number }>;
  /** Where the quoted part starts in the passage's text: parts before it (a lead-in) are not located. */
  bodyAt?: number;
}

/** The source location of a passage from the start of its first part to the end of its last. */
export function locatePassage(p: Spanning): Location {
  const body = (p.parts ?? []).filter((x) => (x.at ?? 0) >= (p.bodyAt ?? 0));
  const parts = body.length > 0 ? body : [p];
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const loc = locate(first.block, first.start, first.end);
  if (last === first) return loc;
  const tail = locate(last.block, last.start, last.end);
  if (tail.endLine !== undefined) loc.endLine = tail.endLine;
  if (tail.endColumn !== undefined) loc.endColumn = tail.endColumn;
  return loc;
}

const byNumber = new WeakMap<readonly Block[], Map<number, Block>>();

/** The block a location names by its reading-order number: how views mark a finding's block without searching its text. */
export function blockAt(blocks: readonly Block[], location: Location): Block | undefined {
  if (location.block === undefined) return undefined;
  let map = byNumber.get(blocks);
  if (!map) {
    map = new Map();
    for (const b of blocks)
      if (b.kind !== 'table-cell' && b.location.block !== undefined && !map.has(b.location.block))
        map.set(b.location.block, b);
    byNumber.set(blocks, map);
  }
  return map.get(location.block);
}

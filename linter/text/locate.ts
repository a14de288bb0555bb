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

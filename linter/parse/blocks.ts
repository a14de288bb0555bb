import type { Block, BlockKind, Location, Segment } from '../model/document.js';
import { repairMojibake } from '../text/normalize.js';

/** Mojibake repaired, soft hyphens (invisible unless a line breaks there) removed, white space folded. */
export function cleanPiece(text: string): string {
  return repairMojibake(text).replace(/\u00ad/g, '').replace(/[\s\u00a0]+/g, ' ');
}

/**
 * Builds a block's text from pieces of source text, keeping a segment per piece so offsets in the
 * cleaned text map back to lines and columns (the textlint StringSource pattern).
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  add(text: string, loc?: Location): void {
    if (!text) return;
    const clean = cleanPiece(text);
    // One space between pieces, none at the start.
    const needsGap = this.length > 0 && !this.endsWithSpace() && /^\s/.test(text);
    const piece = (needsGap ? ' ' : '') + (this.length === 0 || this.endsWithSpace() ? clean.trimStart() : clean);
    if (!piece) return;
    if (loc) {
      const lead = piece.length - piece.trimStart().length;
      this.segments.push({ at: this.length + lead, loc });
    }
    this.parts.push(piece);
    this.length += piece.length;
  }

  /**
   * Joins a word split at a line end. A typographic hyphen (U+2010, what a soft hyphen prints as) is
   * dropped: "refur‐" + "bished". A hyphen-minus is kept, with no space: "e-" + "tendering".
   */
  joinHyphenated(text: string, loc?: Location): void {
    const last = this.parts.at(-1);
    if (!last || !/[-\u2010]$/.test(last)) return this.add(text, loc);
    if (last.endsWith('\u2010')) {
      this.parts[this.parts.length - 1] = last.slice(0, -1);
      this.length -= 1;
    }
    const clean = cleanPiece(text).trimStart();
    if (loc) this.segments.push({ at: this.length, loc });
    this.parts.push(clean);
    this.length += clean.length;
  }

  space(): void {
    if (this.length > 0 && !this.endsWithSpace()) {
      this.parts.push(' ');
      this.length += 1;
    }
  }

  private endsWithSpace(): boolean {
    const last = this.parts.at(-1);
    return last !== undefined && last.endsWith(' ');
  }

  text(): string {
    return this.parts.join('').trimEnd();
  }
}

/** Collects blocks in reading order and keeps the heading path current. */
export class BlockSink {
  readonly blocks: Block[] = [];
  /** Blocks a reader counts (cells belong to their row), for formats numbered by block. */
  readingBlocks = 0;
  private headings: Array<{ depth: number; text: string }> = [];

  headingPath(): string[] {
    return this.headings.map((h) => h.text);
  }

  add(kind: BlockKind, text: string, location: Location, extra: Partial<Block> = {}): Block | undefined {
    if (!text.trim()) return undefined;
    if (kind === 'heading') {
      const depth = extra.depth ?? 1;
      this.headings = this.headings.filter((h) => h.depth < depth);
    }
    const block: Block = {
      index: this.blocks.length,
      kind,
      text,
      headingPath: this.headingPath(),
      location,
      ...extra,
    };
    if (kind === 'heading') this.headings.push({ depth: extra.depth ?? 1, text });
    if (kind !== 'table-cell') this.readingBlocks++;
    this.blocks.push(block);
    return block;
  }
}

/** A table row's text: its cells joined by " | ", with each cell's segments shifted into place. */
export function joinCells(cells: TextBuilder[]): { text: string; segments: Segment[] } {
  let text = '';
  const segments: Segment[] = [];
  for (const cell of cells) {
    const t = cell.text();
    if (!t) continue;
    if (text) text += ' | ';
    for (const s of cell.segments) segments.push({ at: s.at + text.length, loc: s.loc });
    text += t;
  }
  return { text, segments };
}

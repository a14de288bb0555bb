import type { Block, BlockKind, Location, Segment } from '../model/document.js';
import { cleanText, noChanges, type TextChanges } from '../text/clean.js';

/**
 * Mojibake repaired, soft hyphens, invisible and bidi control characters removed, compatibility
 * forms and look-alike letters folded, white space folded (linter/core/text/clean.ts).
 */
export function cleanPiece(text: string, changes?: TextChanges): string {
  return cleanText(text, changes).text;
}

/**
 * The changes of the document being built: a BlockSink makes its own current when it is created, and
 * each TextBuilder created after it counts into it. Parsers build one document at a time, from
 * creating its sink to returning it, so the count lands on the right document without every parser
 * passing it along (the extension's page reader builds its blocks the same way).
 */
let current: TextChanges = noChanges();

/**
 * Builds a block's text from pieces of source text, keeping a segment per piece so offsets in the
 * cleaned text map back to lines and columns (the textlint StringSource pattern). Where cleaning
 * removed or folded characters inside a piece, further segments keep the columns after them right.
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  constructor(private readonly changes: TextChanges = current) {}

  add(text: string, loc?: Location): void {
    if (!text) return;
    const mapped = loc?.column !== undefined;
    const { text: clean, origin } = cleanText(text, this.changes, mapped);
    // One space between pieces, none at the start.
    const needsGap = this.length > 0 && !this.endsWithSpace() && /^\s/.test(text);
    const trim = this.length === 0 || this.endsWithSpace();
    const body = trim ? clean.trimStart() : clean;
    const piece = (needsGap ? ' ' : '') + body;
    if (!piece) return;
    if (loc) {
      const lead = piece.length - piece.trimStart().length;
      const start = this.length + lead;
      if (!mapped) this.segments.push({ at: start, loc });
      else {
        // Columns count from the piece's first non-space character, which `loc` points at.
        const base = text.length - text.trimStart().length;
        const dropped = clean.length - body.length;
        const from = lead - (needsGap ? 1 : 0);
        let shift: number | undefined;
        for (let j = from; j < body.length; j++) {
          const o = origin ? origin[dropped + j]! : dropped + j;
          if (o - j === shift) continue;
          shift = o - j;
          const s = {
            at: this.length + (needsGap ? 1 : 0) + j,
            loc: { ...loc, column: Math.max(1, loc.column! + o - base) },
          };
          // Keep the segments in order of offset; a piece of only white space adds nothing.
          this.segments.push(s);
        }
      }
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
    const clean = cleanPiece(text, this.changes).trimStart();
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
  /** Characters removed or folded in this document's text, for the report. */
  readonly changes: TextChanges = noChanges();

  constructor() {
    current = this.changes;
  }

  /** `{ normalised }` for the document when its text had invisible, bidi, fullwidth or look-alike characters. */
  normalised(): { normalised?: TextChanges } {
    const c = this.changes;
    return c.invisible || c.bidi || c.fullwidth || c.lookalikes ? { normalised: { ...c } } : {};
  }

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
    // Every location names its block as a reader counts them (cells share their row's number), so
    // reports and the extension find a finding's block without searching for its text.
    const ordinal =
      kind === 'table-cell' && extra.row !== undefined
        ? this.blocks[extra.row]?.location.block
        : this.readingBlocks + 1;
    const block: Block = {
      index: this.blocks.length,
      kind,
      text,
      headingPath: this.headingPath(),
      location: ordinal === undefined ? location : { ...location, block: ordinal },
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

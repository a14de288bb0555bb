import type { TenderDocument } from '../model/document.js';
import { BlockSink, TextBuilder, joinCells } from './blocks.js';

const BULLET = /^(\s*)(?:[-*•▪◦·]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s+/;

/** Plain text: paragraphs split by blank lines; bullets are list items; short unpunctuated lines alone are headings. */
export function parseText(path: string, source: string): TenderDocument {
  const lines = source.split(/\r?\n/);
  const sink = new BlockSink();
  let para: { text: TextBuilder; line: number; kind: 'paragraph' | 'list-item' } | undefined;
  const flush = () => {
    if (para) sink.add(para.kind, para.text.text(), { line: para.line, column: 1 }, { segments: para.text.segments });
    para = undefined;
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (!raw.trim()) return flush();
    if (raw.includes('\t') && raw.split('\t').filter((c) => c.trim()).length > 1) {
      flush();
      // Each cell cleaned like any other text, with its own column.
      const cells: TextBuilder[] = [];
      let column = 1;
      for (const cell of raw.split('\t')) {
        const t = new TextBuilder();
        t.add(cell.trim(), { line: n, column: column + cell.length - cell.trimStart().length });
        if (t.text()) cells.push(t);
        column += cell.length + 1;
      }
      const { text, segments } = joinCells(cells);
      sink.add('table-row', text, { line: n, column: 1 }, { segments });
      return;
    }
    const bullet = BULLET.exec(raw);
    const next = lines[i + 1] ?? '';
    const prev = lines[i - 1] ?? '';
    const heading =
      !bullet &&
      !para &&
      !prev.trim() &&
      !next.trim() &&
      raw.trim().length < 80 &&
      !/[.,;:]$/.test(raw.trim()) &&
      /^[A-Z0-9]/.test(raw.trim());
    if (heading) {
      flush();
      const t = new TextBuilder();
      t.add(raw, { line: n, column: raw.length - raw.trimStart().length + 1 });
      sink.add(
        'heading',
        t.text(),
        { line: n, column: 1 },
        { depth: /^\d+(\.\d+)+/.test(raw.trim()) ? 2 : 1, segments: t.segments },
      );
      return;
    }
    if (bullet) {
      flush();
      para = { text: new TextBuilder(), line: n, kind: 'list-item' };
      para.text.add(raw.slice(bullet[0].length), { line: n, column: bullet[0].length + 1 });
      return;
    }
    if (!para) para = { text: new TextBuilder(), line: n, kind: 'paragraph' };
    else para.text.space();
    para.text.add(raw, { line: n, column: raw.length - raw.trimStart().length + 1 });
  });
  flush();
  return { path, format: 'text', blocks: sink.blocks, stated: {}, notes: [], ...sink.normalised() };
}

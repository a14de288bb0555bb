import type { SourceComment } from '../model/document.js';

const COMMENT = /<!--([\s\S]*?)-->/g;

/** The `<!-- ... -->` comments in a piece of raw HTML that starts at `line`:`column` of the source. */
export function commentsIn(raw: string, line: number, column: number): SourceComment[] {
  const out: SourceComment[] = [];
  for (const m of raw.matchAll(COMMENT)) {
    const before = raw.slice(0, m.index);
    const startLine = line + (before.match(/\n/g)?.length ?? 0);
    const lastBreak = before.lastIndexOf('\n');
    const startColumn = lastBreak < 0 ? column + before.length : before.length - lastBreak;
    out.push({ text: m[1]!, line: startLine, column: startColumn, endLine: startLine + (m[0].match(/\n/g)?.length ?? 0) });
  }
  return out;
}

import type { SourceComment } from '../model/document.js';

/** The `<!-- ... -->` comments in a piece of raw HTML that starts at `line`:`column` of the source. */
export function commentsIn(raw: string, line: number, column: number): SourceComment[] {
  const out: SourceComment[] = [];
  // indexOf, not /<!--([\s\S]*?)-->/g: that pattern rescans to the end from every "<!--" when no
  // "-->" follows (quadratic on hostile input); here every character is looked at a bounded number of times.
  const newlines = (from: number, to: number) => {
    let n = 0;
    for (let i = raw.indexOf('\n', from); i >= 0 && i < to; i = raw.indexOf('\n', i + 1)) n++;
    return n;
  };
  let startLine = line;
  let scanned = 0;
  for (let open = raw.indexOf('<!--'); open >= 0; open = raw.indexOf('<!--', open)) {
    const close = raw.indexOf('-->', open + 4);
    if (close < 0) break;
    startLine += newlines(scanned, open);
    scanned = open;
    const lastBreak = raw.lastIndexOf('\n', open - 1);
    const startColumn = lastBreak < 0 ? column + open : open - lastBreak;
    out.push({
      text: raw.slice(open + 4, close),
      line: startLine,
      column: startColumn,
      endLine: startLine + newlines(open, close + 3),
    });
    open = close + 3;
  }
  return out;
}

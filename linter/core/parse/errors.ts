/** A file tenderlint cannot read. `code` is stable (JSON output); `message` says what is wrong, for people. */
export class ParseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}

/** Where JSON.parse stopped and why, in words that never quote the text. */
export interface JsonBreak {
  /** What was wrong ("Expected ',' or '}' after property value"), or a fixed phrase when V8 gave no position. */
  what: string;
  line?: number;
  column?: number;
}

/**
 * A JSON.parse error without V8's excerpt of the input ("Unexpected token 'r', "root:x:0:0"... is
 * not valid JSON"): for a config naming /etc/passwd that would print the start of that file.
 */
export function jsonBreak(e: unknown, text: string): JsonBreak {
  const message = (e as Error)?.message ?? '';
  const at = /at position (\d+)/.exec(message);
  if (at) {
    const pos = Number(at[1]);
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const column = pos - before.lastIndexOf('\n');
    const what = message
      .replace(/ in JSON at position.*$/s, '')
      .replace(/'[^']*'/g, (q) => (q.length <= 6 ? q : "'...'"));
    return { what, line, column };
  }
  if (/unexpected end/i.test(message)) {
    const line = text.split('\n').length;
    return { what: 'it ends before the JSON is complete', line, column: text.length - text.lastIndexOf('\n') };
  }
  return { what: 'an unexpected character (it is not JSON)' };
}

/** jsonBreak as one phrase: "Expected ... at line 5, column 3". */
export function describeJsonError(e: unknown, text: string): string {
  const b = jsonBreak(e, text);
  return b.line === undefined ? b.what : `${b.what} at line ${b.line}, column ${b.column}`;
}

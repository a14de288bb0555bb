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

/**
 * A configuration the user must fix: a bad rule level or option, an unreadable config, ignore file or
 * baseline. The CLI prints it and exits 2; the extension shows the problems on its options page.
 */
export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    readonly file?: string,
  ) {
    super(`${file ? file + ': ' : ''}invalid configuration\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

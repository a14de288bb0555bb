import { describe, expect, it } from 'vitest';
import { CLI_OPTIONS } from '../../linter/node/cli-options.js';
import { NO_PREWARM, noPdfInputs } from '../../linter/node/parse-child.js';

// bin/tenderlint.js starts a parse child before the CLI has parsed its flags, so parse-child.ts keeps
// its own list of flags that make a run lint nothing. It must follow the option table.
describe('the flags that skip the prewarmed parse child', () => {
  const flags = new Set(CLI_OPTIONS.flatMap((o) => ['--' + o.name, ...('short' in o ? ['-' + o.short] : [])]));

  it('are all CLI options', () => {
    expect([...NO_PREWARM].filter((f) => !flags.has(f))).toEqual([]);
  });

  it('include every option that prints information instead of linting, and --init', () => {
    const informational = CLI_OPTIONS.filter((o) => o.group === 'Information' && o.name !== 'debug').map(
      (o) => '--' + o.name,
    );
    expect([...informational, '--init'].filter((f) => !NO_PREWARM.has(f))).toEqual([]);
  });
});

// The flag that compiles regular expressions at once helps Markdown, text and DOCX and slows pdf.js.
describe('noPdfInputs', () => {
  const md = 'fixtures/tenders/housing-association-void-clearance.md';
  const docx = 'fixtures/tenders/housing-association-void-clearance.docx';
  const pdf = 'fixtures/tenders/housing-association-void-clearance.pdf';
  it.each([
    [[md], true],
    [['--format', 'json', md, docx], true],
    [['--format', 'json', docx, pdf], false],
    [['fixtures/tenders'], false],
    [['--format', 'json'], false],
    [['-'], false],
    [['fixtures/does-not-exist.md'], false],
  ])('%j -> %s', (argv, expected) => {
    expect(noPdfInputs(argv)).toBe(expected);
  });
});

// Issue 16, item 4: `1. 1. 1. ...` nests a list per marker, and micromark's work grows with the
// square of the depth (16,000 levels took 32 s). The nesting guard counted only ">", "-", "*" and
// "+", so ordered markers went through. Timing is measured in `npm run bench`, not here.
import { describe, expect, it } from 'vitest';
import { checkMarkdownNesting, MAX_MARKDOWN_NESTING, parseBytes } from '../../linter/core/parse/index.js';
import { cli, cleanup, tempDir } from '../cli/helpers.js';

const deep = (marker: string, n: number) => marker.repeat(n) + 'The value is £5.\n';

describe('the Markdown nesting guard', () => {
  it.each([['1. '], ['1) '], ['123456789. '], ['2.\t'], ['- '], ['> '], ['1. - > 2) * ']])(
    'counts "%s" markers',
    (marker) => {
      expect(() => checkMarkdownNesting(deep(marker, 2000))).toThrow(/more than 64 levels deep \(line 1\)/);
    },
  );

  it('lets real documents through: numbered clauses, decimals, dates and money at the start of a line', () => {
    const text = [
      '1. Scope',
      '1.1 The contract',
      '2024. A year',
      '1.5m is the value',
      '10) item',
      '   1. nested',
      '      2. deeper',
      '£1,000. Not a list',
      '1234567890. too many digits for a marker',
    ].join('\n');
    expect(() => checkMarkdownNesting(text)).not.toThrow();
    expect(() => checkMarkdownNesting(deep('1. ', MAX_MARKDOWN_NESTING))).not.toThrow();
  });

  it('refuses 20,000 nested ordered lists (60 KB) before micromark sees them', async () => {
    await expect(parseBytes('deep.md', new TextEncoder().encode(deep('1. ', 20_000)))).rejects.toMatchObject({
      code: 'too-deeply-nested',
    });
  });

  it('the CLI reports the file as too deeply nested', () => {
    const dir = tempDir({ 'deep.md': deep('1. ', 20_000) });
    try {
      const r = cli(['-f', 'json', '--timeout', '5', 'deep.md'], dir);
      expect(JSON.parse(r.stdout).files[0].error).toMatchObject({ code: 'too-deeply-nested' });
    } finally {
      cleanup(dir);
    }
  });
});

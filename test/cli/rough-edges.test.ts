// Issue 16, item 10: terminal escapes in file names, 23-digit amounts, quoted globs through
// directory symlinks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, TURNOVER_TENDER } from './helpers.js';
import { formatGBP } from '../../linter/core/extract/money.js';
import { printable } from '../../linter/report/stylish.js';

let dir: string;
beforeAll(() => {
  dir = tempDir({ 'real/a.md': TURNOVER_TENDER });
  symlinkSync(join(dir, 'real'), join(dir, 'link'));
  writeFileSync(join(dir, 'evil\x1b]0;pwned\x07\x1b[2J.md'), TURNOVER_TENDER);
  mkdirSync(join(dir, 'huge'));
  writeFileSync(
    join(dir, 'huge/a.md'),
    TURNOVER_TENDER.replace('£150,000', '£150,000').replace('£1,000,000', '£99,999,999,999,999,999,999,999'),
  );
});
afterAll(() => cleanup(dir));

describe('stylish output', () => {
  it('escapes terminal control sequences in file names instead of printing them', () => {
    const r = cli(['evil*.md'], dir);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).not.toContain('\x07');
    expect(r.stdout).toContain('evil\\x1b]0;pwned\\x07\\x1b[2J.md');
  });

  it.each([
    ['\x1b[31mred', '\\x1b[31mred'],
    ['bell\x07', 'bell\\x07'],
    ['c1 \u009b2J', 'c1 \\x9b2J'],
    ['bidi \u202etxt.exe', 'bidi \\u202etxt.exe'],
    ['plain £1,000 – ok', 'plain £1,000 – ok'],
  ])('printable(%j)', (raw, shown) => {
    expect(printable(raw)).toBe(shown);
  });
});

describe('23-digit amounts', () => {
  it.each([
    [1e23, '£100,000,000,000,000,000,000,000'],
    // eslint-disable-next-line no-loss-of-precision -- the 23 digits a tender could print; the test pins what the double keeps of them
    [12345678901234567890123, '£12,345,678,901,234,568,000,000'],
    [1e21, '£1,000,000,000,000,000,000,000'],
    [150000, '£150,000'],
    [12.5, '£12.50'],
  ])('formatGBP(%d) is %s', (n, s) => {
    expect(formatGBP(n)).toBe(s);
  });

  // £99,999,999,999,999,999,999,999 is past 2^53: as a double it is 1e23, and any message about it would
  // print a number the document never gave. Amounts above £10 trillion are not read as money (money.ts).
  it('is not read as money, so no message prints a number the document never gave, and no exponent', () => {
    const r = cli(['-f', 'json', 'huge/a.md'], dir);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'turnover-multiple')).toEqual([]);
    expect(r.stdout).not.toMatch(/\de[,+]/);
    expect(r.stdout).not.toContain('100,000,000,000,000,000,000,000');
  });
});

describe('quoted globs', () => {
  it('do not follow a directory symlink into linting a file twice', () => {
    const r = cli(['-f', 'json', '**/a.md'], dir);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['huge/a.md', 'real/a.md']);
  });
});

// Issue 16, items 1 and 5: configs and ignore files are found next to the files being linted, so a
// tender pack or a pull request can carry them. They are read only when they are regular files
// under a size limit, their globs are compiled with limits, and every error names the file and the
// key without quoting what the file holds.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, CLEAN_TENDER, TURNOVER_TENDER } from '../cli/helpers.js';
import { compileGlob, ignoreMatcher, GlobError } from '../../linter/node/ignore.js';

/** A run that would hang or fill memory before the fix is stopped here and fails the test. */
const PROMPT_MS = 30_000;
const SECRET = 'SECRET-TOKEN-3141 root:x:0:0';

let dir: string;
beforeAll(() => {
  dir = tempDir({
    'a.md': TURNOVER_TENDER,
    'secret.txt': `${SECRET}\n`,
    'passwd.json': JSON.stringify({ extends: ['./secret.txt'] }),
    'pipe.json': JSON.stringify({ extends: ['tenderlint:recommended', './fifo.json'] }),
    'zero.json': JSON.stringify({ extends: './dev-zero.json' }),
    'big.json': JSON.stringify({ extends: './huge.json' }),
    'huge.json': JSON.stringify({ rules: {}, pad: 'x'.repeat(2 * 1024 * 1024) }),
    'base.json': JSON.stringify({ rules: { 'turnover-multiple': 'warning' } }),
    'via-link.json': JSON.stringify({ extends: './link-to-base.json' }),
    'dirlink.json': JSON.stringify({ extends: './somedir' }),
    'found/a.md': TURNOVER_TENDER,
    'ign/.tenderlintignore': 'drafts/\n',
    'ign/a.md': CLEAN_TENDER,
    'globs/a.md': TURNOVER_TENDER,
    'bad-ignore/a.md': CLEAN_TENDER,
    'bad-ignore/.tenderlintignore': `# fine\ndrafts/\n${'*a'.repeat(20)}x\n`,
  });
  execFileSync('mkfifo', [join(dir, 'fifo.json')]);
  execFileSync('mkfifo', [join(dir, 'found/tenderlint.config.json')]);
  execFileSync('mkfifo', [join(dir, 'ign/.tenderlintignore.fifo')]);
  symlinkSync('/dev/zero', join(dir, 'dev-zero.json'));
  symlinkSync(join(dir, 'base.json'), join(dir, 'link-to-base.json'));
  mkdirSync(join(dir, 'somedir'));
  // Each config extends the next twice: read naively, 2^24 reads.
  for (let i = 0; i < 24; i++)
    writeFileSync(join(dir, `d${i}.json`), JSON.stringify({ extends: [`./d${i + 1}.json`, `./d${i + 1}.json`] }));
  writeFileSync(join(dir, 'd24.json'), JSON.stringify({ rules: { 'turnover-multiple': 'info' } }));
});
afterAll(() => cleanup(dir));

const run = (...args: string[]) => cli(args, dir, {}, PROMPT_MS);

describe('config files that are not regular files', () => {
  it('an extends entry naming a FIFO is refused at once, naming the config and the key', () => {
    const r = run('--config', 'pipe.json', 'a.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pipe.json');
    expect(r.stderr).toContain('extends.1: "./fifo.json" cannot be read: a named pipe');
  });

  it('an extends entry that is a symbolic link to /dev/zero is refused, not read', () => {
    const r = run('--config', 'zero.json', 'a.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zero.json');
    expect(r.stderr).toContain('extends: "./dev-zero.json" cannot be read: a device');
  });

  it('a discovered tenderlint.config.json that is a FIFO is an error naming it', () => {
    const r = run('found/a.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join('found', 'tenderlint.config.json'));
    expect(r.stderr).toContain('a named pipe');
  });

  it('an extends entry naming a directory says so', () => {
    const r = run('--config', 'dirlink.json', 'a.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('extends: "./somedir" cannot be read: a directory');
  });

  it('a config over the size limit is refused before it is parsed', () => {
    const r = run('--config', 'big.json', 'a.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/extends: "\.\/huge\.json" cannot be read: 2 MB, more than the 1 MB/);
  });

  it('a symbolic link to a regular config file is followed', () => {
    const r = run('-f', 'json', '--config', 'via-link.json', 'a.md');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { severity: string }) => f.severity)).toEqual(['warning']);
  });

  it('extends naming a file that is not JSON never prints its contents', () => {
    const r = run('--config', 'passwd.json', 'a.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('secret.txt');
    expect(r.stderr).toContain('not valid JSON');
    expect(r.stderr).not.toContain('SECRET');
    expect(r.stderr).not.toContain('root:x');
  });

  it('a config named many times over in an extends diamond is read once, so the run ends', () => {
    const r = run('-f', 'json', '--config', 'd0.json', 'a.md');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { severity: string }) => f.severity)).toEqual(['info']);
  });

  it('an ignore file that is a FIFO is an error naming it, not a hang', () => {
    const r = cli(['--ignore-path', '.tenderlintignore.fifo', '.'], join(dir, 'ign'), {}, PROMPT_MS);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.tenderlintignore.fifo');
    expect(r.stderr).toContain('a named pipe');
  });
});

describe('globs in overrides and ignore files', () => {
  const withGlob = (glob: string) => {
    writeFileSync(
      join(dir, 'globs/tenderlint.config.json'),
      JSON.stringify({
        overrides: [{ files: ['*.md'] }, { files: ['drafts/**', glob], rules: { 'turnover-multiple': 'off' } }],
      }),
    );
    return cli(['globs/' + 'a'.repeat(36) + '.md'], dir, {}, PROMPT_MS);
  };
  beforeAll(() => writeFileSync(join(dir, 'globs', 'a'.repeat(36) + '.md'), TURNOVER_TENDER));

  it('twenty "*" each before a letter, then "x", is refused with the file and key, not matched for minutes', () => {
    const r = withGlob(`${'*a'.repeat(20)}x`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join('globs', 'tenderlint.config.json'));
    expect(r.stderr).toContain('overrides.1.files.1: ');
    expect(r.stderr).toContain('"*" wildcards in one path segment');
  });

  it('50,000 "*" is a config error naming the key, not "internal error: Invalid regular expression"', () => {
    const r = withGlob('*'.repeat(50_000));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('overrides.1.files.1: the glob is 50000 characters long');
    expect(r.stderr).not.toMatch(/internal error|Invalid regular expression/);
  });

  it('extglobs, whose nested quantifiers backtrack exponentially, are refused', () => {
    expect(() => compileGlob('+(*a)+(*a)x')).toThrow(GlobError);
    expect(() => compileGlob('@(a|b).md')).toThrow(/extglob/);
  });

  it('ordinary globs still work', () => {
    expect(compileGlob('drafts/**')('drafts/x/y.md')).toBe(true);
    expect(compileGlob('*.{md,pdf}')('a/b/c.pdf')).toBe(true);
    expect(compileGlob('**/itt-*-lot-*.md')('x/itt-3-lot-2.md')).toBe(true);
    expect(compileGlob('./lots/[ab].md')('lots/a.md')).toBe(true);
    expect(compileGlob('lots/[ab].md')('lots/c.md')).toBe(false);
  });

  it('a hostile line in .tenderlintignore is an error naming the file and line', () => {
    const r = cli(['.'], join(dir, 'bad-ignore'), {}, PROMPT_MS);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.tenderlintignore');
    expect(r.stderr).toContain('line 3: ');
  });

  it('gitignore syntax is read by the ignore package: negation, anchoring, directories', () => {
    const m = ignoreMatcher('drafts/\n/top.md\n*.tmp.md\n!keep.tmp.md\n');
    expect(['drafts/a.md', 'x/drafts/a.md', 'top.md', 'a.tmp.md', 'keep.tmp.md', 'sub/top.md'].map(m)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

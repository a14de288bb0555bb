import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cleanup, tempDir, CLEAN_TENDER } from './helpers.js';
import { ignoreMatcher } from '../../linter/node/ignore.js';

describe('gitignore matcher', () => {
  const m = ignoreMatcher(
    ['# comment', 'drafts/', '*.tmp.md', '/top.md', 'archive/**/old-*.md', '!keep.tmp.md', ''].join('\n'),
  );
  it.each([
    ['drafts/a.md', true],
    ['x/drafts/a.md', true],
    ['drafts.md', false],
    ['a.tmp.md', true],
    ['deep/b.tmp.md', true],
    ['keep.tmp.md', false],
    ['top.md', true],
    ['sub/top.md', false],
    ['archive/2024/old-itt.md', true],
    ['archive/old-itt.md', true],
    ['archive/new-itt.md', false],
    ['tender.md', false],
  ])('%s ignored: %s', (path, ignored) => {
    expect(m(path)).toBe(ignored);
  });
});

let dir: string;
beforeAll(() => {
  dir = tempDir({
    '.tenderlintignore': 'drafts/\n*.tmp.md\n',
    'a.md': CLEAN_TENDER,
    'b.tmp.md': CLEAN_TENDER,
    'drafts/c.md': CLEAN_TENDER,
    'sub/d.md': CLEAN_TENDER,
    'other-ignore': 'sub/\n',
  });
});
afterAll(() => cleanup(dir));

describe('.tenderlintignore', () => {
  const paths = (...args: string[]) =>
    JSON.parse(cli(['-f', 'json', ...args], dir).stdout).files.map((f: { path: string }) => f.path);
  it('filters directory walks and globs', () => {
    expect(paths('.')).toEqual(['a.md', 'sub/d.md']);
    expect(paths('**/*.md')).toEqual(['a.md', 'sub/d.md']);
  });
  it('never drops a file named on the command line', () => {
    expect(paths('drafts/c.md', 'b.tmp.md')).toEqual(['b.tmp.md', 'drafts/c.md']);
  });
  it('--ignore-path reads another file', () => {
    expect(paths('--ignore-path', 'other-ignore', '.')).toEqual(['a.md', 'b.tmp.md', 'drafts/c.md']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, TURNOVER_TENDER } from './helpers.js';

/**
 * Whether a run used the cache is seen from outside: the test plants a marker message in the cached
 * results; a hit prints the marker, a miss lints again and prints the real message.
 */
const MARKER = 'FROM THE CACHE';

type CacheFile = {
  tenderlint: string;
  files: Record<string, { key: string; results: Array<{ findings: Array<{ message: string }> }> }>;
};

function plant(cacheFile: string): void {
  const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
  for (const entry of Object.values(data.files))
    for (const r of entry.results) for (const f of r.findings) f.message = MARKER;
  writeFileSync(cacheFile, JSON.stringify(data));
}

function messages(dir: string, ...args: string[]): string[] {
  const r = cli(['-f', 'json', '--cache', ...args, 'a.md'], dir);
  return JSON.parse(r.stdout).files.flatMap((f: { findings: Array<{ message: string }> }) =>
    f.findings.map((x) => x.message),
  );
}

let dir: string;
beforeAll(() => {
  dir = tempDir({ 'a.md': TURNOVER_TENDER });
});
afterAll(() => cleanup(dir));

describe('--cache', () => {
  const cacheFile = () => join(dir, '.tenderlintcache');

  it('writes .tenderlintcache and reuses it for an unchanged file', () => {
    const first = messages(dir);
    expect(first[0]).toMatch(/^Minimum turnover/);
    expect(existsSync(cacheFile())).toBe(true);
    plant(cacheFile());
    expect(messages(dir)).toEqual([MARKER]);
  });

  it('lints again when the file changes', () => {
    plant(cacheFile());
    appendFileSync(join(dir, 'a.md'), '\nThe contract starts in April.\n');
    expect(messages(dir)[0]).toMatch(/^Minimum turnover/);
    // ...and the new result is cached in turn.
    plant(cacheFile());
    expect(messages(dir)).toEqual([MARKER]);
  });

  it('lints again when the config changes', () => {
    plant(cacheFile());
    writeFileSync(join(dir, 'tenderlint.config.json'), JSON.stringify({ rules: { 'turnover-multiple': 'warning' } }));
    expect(messages(dir)[0]).toMatch(/^Minimum turnover/);
    plant(cacheFile());
    expect(messages(dir, '--rule', 'turnover-multiple=info')[0]).toMatch(/^Minimum turnover/);
  });

  it('lints again when the facts from flags change', () => {
    plant(cacheFile());
    expect(messages(dir, '--value', '5000000')[0]).not.toBe(MARKER);
  });

  it('drops the cache written by another tenderlint version', () => {
    messages(dir);
    plant(cacheFile());
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8')) as CacheFile;
    data.tenderlint = '0.0.0-other';
    writeFileSync(cacheFile(), JSON.stringify(data));
    expect(messages(dir)[0]).toMatch(/^Minimum turnover/);
  });

  it('a damaged cache file is ignored and rewritten', () => {
    writeFileSync(cacheFile(), '{ not json');
    expect(messages(dir)[0]).toMatch(/^Minimum turnover/);
    expect(() => JSON.parse(readFileSync(cacheFile(), 'utf8'))).not.toThrow();
  });

  it('--cache-location takes a file, or a directory to put .tenderlintcache in', () => {
    messages(dir, '--cache-location', 'build/lint-cache.json');
    expect(existsSync(join(dir, 'build/lint-cache.json'))).toBe(true);
    messages(dir, '--cache-location', 'cachedir/');
    expect(existsSync(join(dir, 'cachedir/.tenderlintcache'))).toBe(true);
  });
});

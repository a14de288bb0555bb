// Issue 16, item 8: the cache and the output must not lose the report. A cache that cannot be
// written is a warning; a malformed entry is dropped (it crashed the run); a cache location that is
// a pipe, a device or a /proc file is refused at once (one hung the run).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, TURNOVER_TENDER } from '../cli/helpers.js';

const PROMPT_MS = 30_000;
let dir: string;
beforeAll(() => {
  dir = tempDir({ 'a.md': TURNOVER_TENDER, 'not-a-dir': 'a file where a directory is expected\n' });
  execFileSync('mkfifo', [join(dir, 'cache.fifo')]);
  // A link in the test's own folder: a cache written over it replaces the link, never the device.
  symlinkSync('/dev/zero', join(dir, 'zero-link'));
});
afterAll(() => cleanup(dir));

const run = (...args: string[]) => cli(['-f', 'json', ...args, 'a.md'], dir, {}, PROMPT_MS);
const ruleIds = (stdout: string) => JSON.parse(stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);

describe('--cache', () => {
  it('a cache that cannot be written is a warning, and the report is still printed', () => {
    // Root can write a read-only folder, so the cache is put under a regular file instead.
    const r = run('--cache-location', 'not-a-dir/cache.json');
    expect(r.code).toBe(1);
    expect(ruleIds(r.stdout)).toEqual(['turnover-multiple']);
    expect(r.stderr).toMatch(/warning: the cache could not be written to not-a-dir\/cache\.json/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('a cache entry whose results are malformed is dropped and the file linted again', () => {
    const cache = join(dir, 'entries.json');
    expect(run('--cache-location', 'entries.json').code).toBe(1);
    const data = JSON.parse(readFileSync(cache, 'utf8'));
    for (const entry of Object.values<{ results: unknown }>(data.files))
      entry.results = [{ path: 3, findings: 'none' }];
    writeFileSync(cache, JSON.stringify(data));
    const r = run('--cache-location', 'entries.json');
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(1);
    expect(ruleIds(r.stdout)).toEqual(['turnover-multiple']);
  });

  it('a cache file with the wrong shape is dropped', () => {
    writeFileSync(join(dir, 'shape.json'), JSON.stringify({ tenderlint: 'x', files: [1, 2, 3] }));
    const r = run('--cache-location', 'shape.json');
    expect(r.code).toBe(1);
    expect(ruleIds(r.stdout)).toEqual(['turnover-multiple']);
  });

  it.each([
    ['a named pipe', 'cache.fifo', 'a named pipe'],
    ['a file in /proc', '/proc/self/status', '/proc'],
    ['a link to a device', 'zero-link', 'a device'],
  ])('--cache-location naming %s is refused before anything is linted', (_, location, says) => {
    const r = run('--cache-location', location);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--cache-location ${location}: `);
    expect(r.stderr).toContain(says);
  });
});

describe('--output', () => {
  it('a report that cannot be written names the file, not an internal error', () => {
    const r = cli(['-o', 'not-a-dir/report.txt', 'a.md'], dir, {}, PROMPT_MS);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write the report to not-a-dir/report.txt');
    expect(r.stderr).not.toContain('internal error');
  });
});

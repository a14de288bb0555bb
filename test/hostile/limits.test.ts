// Issue 16, item 2: --timeout and --max-memory hold for every file. Small text files used to be
// parsed, and every file's rules run, in the CLI process itself, where neither limit applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cleanup, tempDir, TURNOVER_TENDER } from '../cli/helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir({ 'small.md': TURNOVER_TENDER, 'small.txt': TURNOVER_TENDER });
});
afterAll(() => cleanup(dir));

describe('limits on small files', () => {
  it('a one-page Markdown file is read under --timeout like any other', () => {
    // No process answers within a millisecond, so a file read under the limit is stopped.
    const r = cli(['-f', 'json', '--timeout', '0.001', 'small.md', 'small.txt'], dir);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: { error: { code: string } | null }) => f.error?.code)).toEqual(['timeout', 'timeout']);
  });

  it('and is linted as before within the limits', () => {
    const r = cli(['-f', 'json', 'small.md'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'turnover-multiple',
    ]);
  });

  it('--max-memory below what a parse process needs to start is a usage error', () => {
    const r = cli(['--max-memory', '64', 'small.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-memory takes a whole number of at least 128');
  });
});

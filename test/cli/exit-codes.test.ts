import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, TURNOVER_TENDER, CLEAN_TENDER } from './helpers.js';

const WARNING_TENDER = `# Cleaning

The estimated total value of the contract is £150,000 over one year.

Bidders must hold unrestricted reserves equal to at least three months of their operating costs.
`;

let dir: string;
beforeAll(() => {
  dir = tempDir({
    'turnover.md': TURNOVER_TENDER,
    'clean.md': CLEAN_TENDER,
    'warning.md': WARNING_TENDER,
    'bad/tenderlint.config.json': '{ "rules": { "turnover-multiple": "loud" } }',
    'bad/a.md': CLEAN_TENDER,
    'secret.md': CLEAN_TENDER,
  });
});
afterAll(() => cleanup(dir));

describe('exit codes', () => {
  it('0: no findings', () => {
    expect(cli(['clean.md'], dir).code).toBe(0);
  });
  it('1: an error finding', () => {
    expect(cli(['turnover.md'], dir).code).toBe(1);
  });
  it('0: warnings only, with no --max-warnings', () => {
    const r = cli(['-f', 'json', 'warning.md'], dir);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(r.code).toBe(0);
  });
  it('1: more warnings than --max-warnings; 0 within it', () => {
    expect(cli(['--max-warnings', '0', 'warning.md'], dir).code).toBe(1);
    expect(cli(['--max-warnings', '1', 'warning.md'], dir).code).toBe(0);
  });
  it('2: a usage error', () => {
    const r = cli(['-f', 'xml', 'clean.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format takes one of stylish, json, sarif, github, junit, got "xml"');
    expect(cli(['--threads', '0', 'clean.md'], dir).code).toBe(2);
    expect(cli([], dir).code).toBe(2);
  });
  it('2: a bad config, naming the key and what was expected', () => {
    const r = cli(['bad/a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules.turnover-multiple: expected "off", "info", "warning", "error"');
    expect(r.stderr).toContain(join('bad', 'tenderlint.config.json'));
  });
  it('2: a file that cannot be read, while the others are still linted', () => {
    const r = cli(['-f', 'json', 'turnover.md', 'missing.md'], dir);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['missing.md', 'turnover.md']);
    expect(report.summary).toMatchObject({ errors: 1, failedFiles: 1 });
  });
  it('2: a file without read permission', () => {
    chmodSync(join(dir, 'secret.md'), 0o000);
    // chmod cannot lock root out (CI runs as root): a write-only /proc file refuses root too.
    const secret = process.getuid?.() === 0 ? '/proc/sys/vm/compact_memory' : 'secret.md';
    expect(cli([secret], dir).code).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, FIXTURES, TURNOVER_TENDER } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir({
    'docs/a.docx': 'copy:council-community-transport-pqq.docx',
    'docs/b.pdf': 'copy:icb-office-cleaning-dspt.pdf',
    'c.md': TURNOVER_TENDER,
  });
});
afterAll(() => cleanup(dir));

describe('baseline', () => {
  it('--baseline-write records every finding and exits 0; --baseline then accepts them', () => {
    const before = JSON.parse(cli(['-f', 'json', 'docs'], dir).stdout);
    const total = before.summary.errors + before.summary.warnings + before.summary.infos;
    expect(before.summary.errors).toBeGreaterThan(0);

    const w = cli(['--baseline-write', '.tenderlint-baseline.json', 'docs'], dir);
    expect(w.code).toBe(0);
    expect(w.stderr).toContain(`wrote ${total} finding`);
    const baseline = JSON.parse(readFileSync(join(dir, '.tenderlint-baseline.json'), 'utf8'));
    expect(baseline.version).toBe(1);
    expect(baseline.entries).toHaveLength(total);
    for (const e of baseline.entries) {
      expect(e.path).toMatch(/^docs\/(a\.docx|b\.pdf)$/);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    }

    const r = cli(['-f', 'json', '--baseline', '.tenderlint-baseline.json', 'docs'], dir);
    expect(r.code).toBe(0);
    const after = JSON.parse(r.stdout);
    expect(after.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0, baselined: total });
  });

  it('only new findings count: a new file or a new passage fails, the accepted ones do not', () => {
    cli(['--baseline-write', 'base.json', 'docs', 'c.md'], dir);
    // A new document with the same requirement is new: the baseline names the file.
    cpSync(join(FIXTURES, 'council-community-transport-pqq.docx'), join(dir, 'docs/copy.docx'));
    const r = cli(['-f', 'json', '--baseline', 'base.json', 'docs', 'c.md'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const withFindings = report.files
      .filter((f: { findings: unknown[] }) => f.findings.length)
      .map((f: { path: string }) => f.path);
    expect(withFindings).toEqual(['docs/copy.docx']);
  });

  it('the baseline is found relative to its own directory, whatever the working directory', () => {
    cli(['--baseline-write', 'base2.json', 'c.md'], dir);
    const r = cli(['-f', 'json', '--baseline', '../base2.json', '../c.md'], join(dir, 'docs'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.baselined).toBe(1);
  });

  it('a broken baseline file is a usage error', () => {
    const r = cli(['--baseline', 'c.md', 'c.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the baseline');
  });
});

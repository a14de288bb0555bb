import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The benchmark is not a test (no timings are asserted): this only proves the script runs and
// writes the JSON the README's Performance table is made from.
it('npm run bench runs on tiny inputs and writes its JSON', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'tenderlint-bench-')), 'results.json');
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/bench.mjs'), '--quick', '--core', '--out', out], {
    cwd: ROOT,
  });
  const results = JSON.parse(readFileSync(out, 'utf8')) as {
    rows: Array<Record<string, unknown>>;
    targets: Array<{ name: string; value: number }>;
  };
  const names = results.rows.map((r) => r.name as string);
  expect(names[0]).toBe('CLI cold start, one-page Markdown');
  expect(names.filter((n) => /^(PDF|DOCX|MD) /.test(n))).toHaveLength(3);
  for (const r of results.rows.filter((x) => x.ratio !== undefined)) {
    expect(r.parseOnlyMs).toBeGreaterThan(0);
    expect(r.fullLintMs).toBeGreaterThan(0);
  }
  expect(results.targets.map((t) => t.name)).toContain('Peak memory (PDF)');
  // The whole-command view: tenderlint against each library alone, as fresh processes.
  const whole = results.rows.filter((r) => (r.name as string).startsWith('Whole command, '));
  expect(whole.map((r) => r.name)).toEqual(
    expect.arrayContaining([
      expect.stringContaining('pdf.js text only'),
      expect.stringContaining('mammoth only'),
      expect.stringContaining('remark with remark-gfm'),
    ]),
  );
  for (const r of whole) expect(r.wholeRatio).toBeGreaterThan(0);
  expect(results.targets.every((t) => Number.isFinite(t.value) && t.value > 0)).toBe(true);
}, 120_000);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, FIXTURES } from './helpers.js';

/**
 * Several hundred generated tenders through the parallel lanes give the same report as one lane.
 * The documents come from the Markdown fixtures with their money amounts and dates varied, so the
 * findings differ from file to file, plus every DOCX and PDF fixture, which the lanes' children
 * parse and lint themselves.
 */
const COUNT = 320;

function vary(text: string, i: number): string {
  const factor = [0.25, 0.5, 1, 2, 3, 5, 8][i % 7]!;
  return text
    .replace(/£([\d,]+(?:\.\d+)?)(m| million)?/g, (_, n: string, m: string | undefined) => {
      const v = Math.round(Number(n.replace(/,/g, '')) * factor);
      return `£${v.toLocaleString('en-GB')}${m ?? ''}`;
    })
    .replace(
      /\b(20\d\d)-(\d\d)-(\d\d)\b/g,
      (_, y: string, mo: string, d: string) => `${y}-${mo}-${String(((Number(d) + i) % 28) + 1).padStart(2, '0')}`,
    )
    .replace(
      /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (20\d\d)\b/g,
      (_, d: string, mo: string, y: string) => `${((Number(d) + i) % 28) + 1} ${mo} ${y}`,
    );
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
  const sources = readdirSync(FIXTURES).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (let i = 0; i < COUNT; i++) {
    const src = sources[i % sources.length]!;
    writeFileSync(
      join(dir, `${String(i).padStart(4, '0')}-${src}`),
      vary(readFileSync(join(FIXTURES, src), 'utf8'), i),
    );
  }
  for (const f of readdirSync(FIXTURES).filter((f) => /\.(docx|pdf)$/.test(f)))
    copyFileSync(join(FIXTURES, f), join(dir, f));
});
afterAll(() => cleanup(dir));

describe('worker pool', () => {
  it(`${COUNT + 36} documents: --threads 2 and the automatic choice give the same report as --threads 1`, () => {
    const one = cli(['-f', 'json', '--threads', '1', '.'], dir);
    const two = cli(['-f', 'json', '--threads', '2', '.'], dir);
    const auto = cli(['-f', 'json', '.'], dir);
    const single = JSON.parse(one.stdout);
    expect(single.files).toHaveLength(COUNT + 36);
    expect(
      single.files.filter((f: { format: string; findings: unknown[] }) => f.format === 'pdf' && f.findings.length > 0)
        .length,
    ).toBeGreaterThan(10);
    expect(single.summary.errors + single.summary.warnings).toBeGreaterThan(COUNT / 2);
    // The variation shows: not every copy of a fixture gives the same findings.
    const counts = new Set(single.files.map((f: { findings: unknown[] }) => f.findings.length));
    expect(counts.size).toBeGreaterThan(2);
    expect(JSON.parse(two.stdout)).toEqual(single);
    expect(JSON.parse(auto.stdout)).toEqual(single);
    expect(two.code).toBe(one.code);
  });
});

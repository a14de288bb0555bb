// Issue 16, item 3: one broken line of JSON Lines used to lose the whole file ("line 2 column 1"
// for a break on line 5,000). `lint` now reads it line by line as `tenderlint report` does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOcds } from '../../linter/core/parse/ocds.js';
import { cli, cleanup, tempDir } from '../cli/helpers.js';

const release = (n: number) => ({
  ocid: `ocds-${n}`,
  id: `r${n}`,
  date: '2025-06-02T09:00:00Z',
  buyer: { name: 'Anytown Council' },
  tender: {
    title: `Notice ${n}`,
    description: 'Bidders must have a minimum annual turnover of £1,000,000.',
    value: { amount: 150000, currency: 'GBP' },
  },
});

function notices(n: number, broken: Record<number, string>): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) lines.push(broken[i] ?? JSON.stringify(release(i)));
  return lines.join('\n') + '\n';
}

describe('JSON Lines in parseOcds', () => {
  it('a broken line becomes an entry of its own with its line number; the notices around it are read', () => {
    const docs = parseOcds('n.jsonl', notices(6, { 3: '{"ocid": "ocds-3", "tender": ', 5: '[1, 2' }));
    expect(docs.map((d) => d.path)).toEqual([
      'n.jsonl#ocds-1',
      'n.jsonl#ocds-2',
      'n.jsonl#line-3',
      'n.jsonl#ocds-4',
      'n.jsonl#line-5',
      'n.jsonl#ocds-6',
    ]);
    expect(docs[2]!.failed).toMatchObject({
      code: 'invalid-json',
      message: expect.stringMatching(/^line 3: not valid JSON: .*column/),
    });
    expect(docs[4]!.failed!.message).toMatch(/^line 5: /);
    expect(docs[0]!.failed).toBeUndefined();
  });

  it('a line that is JSON but not OCDS, and a release with an empty ocid, are entries of their own', () => {
    const docs = parseOcds(
      'n.jsonl',
      notices(3, { 2: '{"hello": "world"}', 3: JSON.stringify({ ...release(3), ocid: '' }) }),
    );
    expect(docs.map((d) => d.failed?.code ?? 'ok')).toEqual(['ok', 'not-ocds', 'invalid-ocds']);
  });

  it('a broken single JSON document still fails whole, with the line and column of the break', () => {
    expect(() => parseOcds('n.json', '{\n  "ocid": "ocds-1",\n  "tender": {\n    "title": "x",\n  }\n}')).toThrow(
      /line 5, column 3/,
    );
  });
});

let dir: string;
beforeAll(() => {
  dir = tempDir({});
  writeFileSync(
    join(dir, 'notices.jsonl'),
    notices(10_000, { 5000: '{"ocid": "ocds-5000", "tender": {"title": "cut short' }),
  );
});
afterAll(() => cleanup(dir));

describe('tenderlint lint on 10,000 notices with one broken line', () => {
  it('lints the 9,999 good notices and reports line 5,000', () => {
    const r = cli(['-f', 'json', 'notices.jsonl'], dir);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files as Array<{
      path: string;
      error: { code: string; message: string } | null;
      findings: unknown[];
    }>;
    expect(files).toHaveLength(10_000);
    const bad = files.filter((f) => f.error);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({
      path: 'notices.jsonl#line-5000',
      error: { code: 'invalid-json', message: expect.stringContaining('line 5000: not valid JSON') },
    });
    expect(files.filter((f) => !f.error && f.findings.length > 0)).toHaveLength(9_999);
  });
});

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

// A clone must work with nothing beside it: no test, script or doc may reach outside the
// repository (the team's research folder sits next to some checkouts, not next to a contributor's)
// or name a path of one machine. Built from pieces so this file does not match itself.
const OUTSIDE = [
  ['..', '/shared'].join(''),
  ['/wo', 'rk/'].join(''),
  ['/ho', 'me/'].join(''),
  ['/ro', 'ot/'].join(''),
  ['/Us', 'ers/'].join(''),
  ['C:', '\\\\Users'].join(''),
];

function tracked(): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return (
    out
      .split('\n')
      .filter(Boolean)
      // The real corpus is published material, kept byte for byte; its MANIFEST records where it came from.
      .filter(
        (f) => !f.startsWith('fixtures/corpus/') && !f.startsWith('fixtures/broken/') && f !== 'package-lock.json',
      )
      .filter(
        (f) => /\.(?:ts|mts|mjs|js|json|md|ya?ml|sh|html)$/.test(f) || f.startsWith('.ci/') || f.startsWith('bin/'),
      )
  );
}

describe('the repository stands on its own', () => {
  const files = tracked();
  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('README.md');
  });
  it.each(OUTSIDE)('no test, script or doc names "%s"', (needle) => {
    const hits = files.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes(needle));
    expect(hits).toEqual([]);
  });
  it('the real corpus is in the repository, with sources and licences', () => {
    const manifest = readFileSync(join(ROOT, 'fixtures/corpus/MANIFEST.md'), 'utf8');
    const items = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'fixtures/corpus'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => f && !f.endsWith('MANIFEST.md'));
    expect(items.length).toBeGreaterThanOrEqual(22);
    for (const f of items) {
      const name = f.split('/').pop()!;
      const row = manifest.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, `${name} has a row in the MANIFEST's licence table`).toBeDefined();
      expect(row).toMatch(/Open Government Licence|Public domain/);
    }
  });
});

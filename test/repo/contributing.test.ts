import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// CONTRIBUTING.md sends people to files and folders: every one it names must exist.
it('CONTRIBUTING.md names only paths that exist', () => {
  const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const paths = [...text.matchAll(/`((?:linter|rules|extension|test|scripts|docs)\/[\w./-]*)`/g)].map((m) =>
    m[1]!.replace(/<[^>]+>.*$/, ''),
  );
  expect(paths.length).toBeGreaterThan(15);
  expect(paths.filter((p) => !p.includes('<') && !existsSync(join(ROOT, p)))).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

// `npm ci` refuses a lock file that disagrees with package.json, and one generated on a single
// platform can leave out other platforms' optional native packages (rollup's, esbuild's): then
// `npm ci` fails everywhere with EUSAGE. Checked here without the network.
interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as LockEntry & { engines?: { node?: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** Where npm would find `name` from the package at `from` (its own node_modules, then upward). */
function resolves(from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

describe('package-lock.json', () => {
  it('is a v3 lock', () => {
    expect(lock.lockfileVersion).toBe(3);
  });
  it('records the same dependencies as package.json', () => {
    const root = lock.packages['']!;
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
  });
  it("lists every package's optional dependencies, for every platform", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {}))
        if (!resolves(path, name)) missing.push(`${path || '(root)'} -> ${name}`);
    }
    expect(missing).toEqual([]);
  });
  it('lists every dependency of every package', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path) continue;
      for (const name of Object.keys(entry.dependencies ?? {}))
        if (!resolves(path, name)) missing.push(`${path} -> ${name}`);
    }
    expect(missing).toEqual([]);
  });
  it('declares Node 22 or later', () => {
    expect(pkg.engines?.node).toBe('>=22');
  });
});

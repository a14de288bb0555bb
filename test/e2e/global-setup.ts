import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/**
 * The browser tests load the production build. Build it when it is missing or older than any source
 * it is made from, so `npm test` on a clean clone tests what `npm run build:ext` gives.
 */
export default function setup(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const sources = ['extension', 'linter', 'rules', 'wxt.config.ts', 'package.json']
    .map((p) => join(ROOT, p))
    .filter(existsSync);
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= Math.max(...sources.map(newest))) return;
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
}

import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** tenderlint's version from package.json (two levels up from linter/node/ and the bundle's dist/cli/, three from dist/linter/node/). */
export function tenderlintVersion(): string {
  if (cached) return cached;
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'tenderlint' && pkg.version) return (cached = pkg.version);
    } catch {
      // try the next
    }
  }
  return (cached = '0.0.0');
}

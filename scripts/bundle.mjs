// Bundles the CLI (dist/cli/) from tsc's output, after `tsc -p tsconfig.build.json`.
//
// Why: a one-file run loaded 555 modules (zod, yaml, chrono, micromark, mammoth's dependencies) in
// each of two processes, and resolving them (package.json reads, stats, URL work) was a third of the
// cold start: 0.50-0.56 s unbundled, 0.35-0.40 s bundled, on the one-page Markdown tender, and the
// DOCX whole command 1.16-1.33 s against 0.99-1.13 s (2026-12-02). dist/linter/ stays as tsc wrote
// it for the library, the scripts and the tests that import modules one by one.
//
// Three entries: parse-child.js (bin/tenderlint.js starts the parse child from it before anything
// else loads), cli.js, and the child's isolate-worker.js. With splitting, code they share is one
// chunk, so the prewarmed child that parse-child.js keeps is the one the CLI's isolate takes.
// pdf.js stays outside: it is one large module already, and it finds its own worker and font data.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = join(root, 'dist/linter/node');

/**
 * zod re-exports all 63 of its locales as `z.locales`, and esbuild cannot drop members of a
 * namespace it re-exports: 760 KB of the bundle, most of zod's load. tenderlint's messages are its
 * own and it never calls z.config, so `z.locales` is English only; zod registers English itself
 * (v4/classic/schemas.js), which this leaves as it is.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(a.importer)
        ? { path: join(dirname(a.importer), '../locales/en.js'), namespace: 'zod-en' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-en' }, (a) => ({
      contents: `export { default as en } from ${JSON.stringify(a.path)};`,
      resolveDir: dirname(a.path),
    }));
  },
};

rmSync(join(root, 'dist/cli'), { recursive: true, force: true });
await build({
  entryPoints: ['parse-child.js', 'cli.js', 'isolate-worker.js'].map((f) => join(node, f)),
  outdir: join(root, 'dist/cli'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external: ['pdfjs-dist'],
  // mammoth and its dependencies are CommonJS and call require() for Node's modules.
  banner: {
    js: "import { createRequire as __tenderlintRequire } from 'node:module'; const require = __tenderlintRequire(import.meta.url);",
  },
  plugins: [zodEnglishOnly],
  // Stack traces under --debug map back to the TypeScript (bin/tenderlint.js turns source maps on).
  sourcemap: 'linked',
  logLevel: 'warning',
});

// The engine the extension bundles must stay browser-safe. ESLint's boundary rule says so on every
// edit; this test says so independently of the ESLint config, by walking the import graph from every
// file in linter/core and rules/ and from the extension's entrypoints, and reading what each reached
// file imports at run time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The modules a source file loads at run time: static imports, export-from, import() and require(). Type-only imports are erased and not counted. */
export function runtimeImports(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier))
      found.push(node.moduleSpecifier.text);
    else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]!);
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every repository file reachable from the entries, with the Node builtins it imports and the relative imports that left the engine. */
function walk(entries: string[]) {
  const seen = new Set<string>();
  const problems: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const rel = relative(ROOT, file);
    if (rel.startsWith('linter/node/')) problems.push(`${rel} is in the Node shell but reachable from the engine`);
    for (const spec of runtimeImports(file, readFileSync(file, 'utf8'))) {
      if (isNodeBuiltin(spec)) problems.push(`${rel} imports ${spec}`);
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
    }
  }
  return { seen, problems };
}

const ENGINE = [...tsFiles(join(ROOT, 'linter/core')), ...tsFiles(join(ROOT, 'rules'))];
const EXTENSION = [
  ...tsFiles(join(ROOT, 'extension/entrypoints')),
  ...tsFiles(join(ROOT, 'extension/lib')),
  ...tsFiles(join(ROOT, 'extension/ui')),
  ...tsFiles(join(ROOT, 'extension/adapters')),
];

describe('the browser-safe engine', () => {
  it('finds every kind of run-time import, and not type-only ones', () => {
    const text = [
      "import { readFileSync } from 'node:fs';",
      "import os from 'os';",
      "import type { Stats } from 'node:fs';",
      "export { join } from 'path';",
      "export type { URL } from 'node:url';",
      "const z = await import('node:zlib');",
      "const c = require('crypto');",
      "import { x } from './x.js';",
    ].join('\n');
    expect(runtimeImports('probe.ts', text)).toEqual(['node:fs', 'os', 'path', 'node:zlib', 'crypto', './x.js']);
    expect(
      ['node:fs', 'os', 'fs/promises', 'node:test', 'zod', './x.js', 'chrono-node/en'].filter(isNodeBuiltin),
    ).toEqual(['node:fs', 'os', 'fs/promises', 'node:test']);
  });

  it('linter/core and rules/ never import a Node builtin or the Node shell, directly or through another module', () => {
    const { seen, problems } = walk(ENGINE);
    expect(seen.size).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('the extension reaches only browser-safe code: its own, the engine and the report formatters', () => {
    const { seen, problems } = walk(EXTENSION);
    expect(problems).toEqual([]);
    const outside = [...seen]
      .map((f) => relative(ROOT, f))
      .filter((f) => !/^(extension|linter\/core|linter\/report|rules)\//.test(f));
    expect(outside).toEqual([]);
    expect([...seen].some((f) => relative(ROOT, f) === 'linter/core/lint.ts')).toBe(true);
  });

  it('the report formatters and the portfolio aggregation are pure too: the Node shell hands them data', () => {
    const { problems } = walk([...tsFiles(join(ROOT, 'linter/report')), ...tsFiles(join(ROOT, 'linter/portfolio'))]);
    expect(problems).toEqual([]);
  });

  it('every file in linter/ sits in one of the four rooms', () => {
    const rooms = /^linter\/(core|node|report|portfolio)\//;
    expect(
      tsFiles(join(ROOT, 'linter'))
        .map((f) => relative(ROOT, f))
        .filter((f) => !rooms.test(f)),
    ).toEqual([]);
  });
});

// Collects every regular expression in linter/ and rules/ (the compiled dist/, which npm test builds
// first): regex literals from the syntax tree, and every `new RegExp(...)` / `RegExp(...)` by running
// the modules with RegExp wrapped, so patterns built from String.raw templates are checked as they run.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FoundRegex {
  /** linter/core/extract/money (no dist/, no extension) */
  file: string;
  line?: number;
  source: string;
  flags: string;
  how: 'literal' | 'constructor';
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.js') ? [p] : [];
  });
}

const norm = (p: string) => p.replace(/\\/g, '/').replace(/^.*?\/(?:dist\/)?((?:linter|rules)\/.*?)\.(?:js|ts)$/, '$1');

/** Regex literals and RegExp constructor call sites in the compiled files. */
export function scanSources(root: string): { literals: FoundRegex[]; constructorSites: Map<string, number> } {
  const literals: FoundRegex[] = [];
  const constructorSites = new Map<string, number>();
  for (const file of [...walk(join(root, 'dist/linter')), ...walk(join(root, 'dist/rules'))]) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const key = norm(relative(root, file));
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const end = lit.lastIndexOf('/');
        literals.push({
          file: key,
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          source: lit.slice(1, end),
          flags: lit.slice(end + 1),
          how: 'literal',
        });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        constructorSites.set(key, (constructorSites.get(key) ?? 0) + 1);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructorSites };
}

/** Imports every compiled module with RegExp wrapped; returns the patterns built by project code, by file. */
export async function constructedAtImport(root: string): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const seen: FoundRegex[] = [];
  const record = (args: unknown[]) => {
    const frames = (new Error().stack ?? '').split('\n').slice(2);
    // A dependency's own patterns (chrono-node builds its parsers' at import) are its business, not
    // this project's: the project bounds what it hands them (see linter/core/extract/dates.ts, WINDOW).
    if (frames[0]?.includes('node_modules')) return;
    const own = frames.find((f) => /\/(?:dist\/)?(?:linter|rules)\//.test(f) && !f.includes('node_modules'));
    const m = own && /(\/[^():]+\.(?:js|ts)):(\d+)/.exec(own);
    if (!m) return;
    const re = args[0] instanceof Original ? args[0] : undefined;
    seen.push({
      file: norm(m[1]!),
      line: Number(m[2]),
      source: re ? re.source : String(args[0]),
      flags: typeof args[1] === 'string' ? args[1] : (re?.flags ?? ''),
      how: 'constructor',
    });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    const files = [...walk(join(root, 'dist/linter')), ...walk(join(root, 'dist/rules'))].filter(
      (f) => !/worker\.js$/.test(f),
    );
    for (const f of files) await import(pathToFileURL(f).href);
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { relative, resolve } from 'node:path';
import type { StatedFacts } from './model/facts.js';
import type { FileResult, Report } from './model/report.js';
import { summarise } from './model/report.js';
import { parseBytes, ParseError, formatFromName } from './parse/index.js';
import { lintDocument, resolveRules } from './lint.js';

export interface RunOptions {
  config?: unknown;
  configFile?: string;
  stated?: StatedFacts;
  cwd?: string;
  maxPages?: number;
}

const PATTERN = '**/*.{md,markdown,docx,pdf,html,htm,txt,json,jsonl,ndjson}';
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/*.expected.json', '**/package.json', '**/package-lock.json', '**/tenderlint.config.json', '**/tsconfig*.json', '**/README.md'];

/** Files, directories and globs to a sorted list of files. A path that does not exist is kept so it is reported. */
export async function expandInputs(inputs: string[], cwd = process.cwd()): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const f of await glob(PATTERN, { cwd: abs, ignore: IGNORE, followSymbolicLinks: false, absolute: true })) out.add(f);
    } else if (info) {
      out.add(abs);
    } else if (/[*?[{]/.test(input)) {
      for (const f of await glob(input, { cwd, ignore: ['**/node_modules/**'], absolute: true })) out.add(f);
    } else {
      out.add(abs);
    }
  }
  return [...out].sort();
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Lints one file; never throws for a bad file, which becomes an entry with an error. */
export async function lintFile(path: string, shown: string, options: RunOptions, rules: ReturnType<typeof resolveRules>): Promise<FileResult[]> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const message = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
    return [{ path: shown, format: formatFromName(path) ?? null, facts: null, findings: [], error: { code: err.code ?? 'read-error', message } }];
  }
  try {
    const docs = await parseBytes(shown, bytes, { maxPages: options.maxPages });
    return docs.map((doc) => {
      const { facts, findings, notes } = lintDocument(doc, { config: options.config, rules, stated: options.stated });
      return { path: doc.path, format: doc.format, facts, findings, ...(notes.length ? { notes } : {}), error: null };
    });
  } catch (e) {
    if (e instanceof ParseError) return [{ path: shown, format: formatFromName(path) ?? null, facts: null, findings: [], error: { code: e.code, message: e.message } }];
    // A parser bug must not lose the batch: report it against the file.
    return [{ path: shown, format: formatFromName(path) ?? null, facts: null, findings: [], error: { code: 'internal-error', message: (e as Error).message ?? String(e) } }];
  }
}

/** Lints every input and builds the report. Config errors throw (they are the user's to fix before anything runs). */
export async function run(inputs: string[], options: RunOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const rules = resolveRules(options.config ?? {}, options.configFile);
  const files = await expandInputs(inputs, cwd);
  const results: FileResult[] = [];
  for (const f of files) results.push(...(await lintFile(f, display(f, cwd), options, rules)));
  return { version: 1, files: results, summary: summarise(results) };
}

import { readFile, readlink, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { relative, resolve } from 'node:path';
import type { StatedFacts } from './model/facts.js';
import type { FileResult, Report } from './model/report.js';
import { summarise } from './model/report.js';
import { parseBytes, ParseError, formatFromName } from './parse/index.js';
import { lintDocument, resolveRules } from './lint.js';
import { formatBytes, resolveLimits, type Limits } from './limits.js';
import { parseGuarded } from './parse/isolate.js';

export interface RunOptions {
  config?: unknown;
  configFile?: string;
  stated?: StatedFacts;
  cwd?: string;
  maxPages?: number;
  /** Print the stack trace of an internal error to stderr (`--debug`). */
  debug?: boolean;
  /** File size, DOCX uncompressed size and page limits; defaults in linter/limits.ts. */
  limits?: Partial<Limits>;
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
  const limits = resolveLimits({ ...options.limits, ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}) });
  const failed = (code: string, message: string): FileResult[] => [{ path: shown, format: formatFromName(path) ?? null, facts: null, findings: [], error: { code, message } }];
  try {
    // Look before reading: a FIFO or device would block or never end, and a huge file would fill memory.
    const info = await stat(path);
    if (info.isDirectory()) return failed('EISDIR', 'is a directory');
    if (!info.isFile()) return failed('not-a-file', `not a regular file (${info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'a device'}), so it is not read: reading it could block forever`);
    if (info.size > limits.maxFileSize) {
      return failed('file-too-large', `the file is ${formatBytes(info.size)}, more than the limit of ${formatBytes(limits.maxFileSize)} (raise it with --max-file-size); not read`);
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      const link = await readlink(path).catch(() => undefined);
      if (link !== undefined) return failed('broken-symlink', `a symbolic link to "${link}", which does not exist`);
      return failed('ENOENT', 'no such file');
    }
    if (err.code === 'ELOOP') return failed('symlink-loop', 'a symbolic link loop (the link points, directly or through others, back to itself)');
    const message = err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied: the file cannot be read by this user' : err.message;
    return failed(err.code ?? 'read-error', message);
  }
  try {
    // In a worker with the time and memory limits (parse/isolate.ts): a pathological file cannot hang the run.
    const docs = await parseGuarded(shown, bytes, limits);
    return docs.map((doc) => {
      const { facts, findings, notes } = lintDocument(doc, { config: options.config, rules, stated: options.stated });
      return { path: doc.path, format: doc.format, facts, findings, ...(notes.length ? { notes } : {}), error: null };
    });
  } catch (e) {
    if (e instanceof ParseError) return [{ path: shown, format: formatFromName(path) ?? null, facts: null, findings: [], error: { code: e.code, message: e.message } }];
    // A parser bug must not lose the batch: report it against the file, the stack only with --debug.
    if (options.debug) process.stderr.write(`tenderlint: internal error in ${shown}: ${(e as Error)?.stack ?? String(e)}\n`);
    return failed('internal-error', `tenderlint failed on this file (a bug: please report it): ${(e as Error)?.message ?? String(e)}${options.debug ? '' : ' (run with --debug for the stack trace)'}`);
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

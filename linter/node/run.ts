import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { glob } from 'tinyglobby';
import { relative, resolve, sep } from 'node:path';
import type { StatedFacts } from '../core/model/facts.js';
import type { FileResult, Report } from '../core/model/report.js';
import { summarise } from '../core/model/report.js';
import { formatFromName, ParseError, sniffFormat } from '../core/parse/index.js';
import { lintToResults, resolveRules } from '../core/lint.js';
import type { RuleSetting } from '../core/config.js';
import { ConfigResolver, type FlatConfig } from './config-file.js';
import { readIgnoreFile } from './ignore.js';
import { LintCache, sha256 } from './cache.js';
import { tenderlintVersion } from './version.js';
import { resolveLimits, type Limits } from '../core/limits.js';
import {
  canIsolate,
  lintGuarded,
  parseGuarded,
  warmLane,
  PDF_SPLIT_BYTES,
  type LintSource,
  type PdfSplit,
} from './isolate.js';
import { checkFile, fileError, readChecked, skippedFile } from './read-file.js';

export interface RunOptions {
  /** A config used for every file (API and tests); without it and without configFile, see `discover`. */
  config?: unknown;
  /** The config file for every file (--config), or where `config` came from. */
  configFile?: string;
  /** Use the nearest tenderlint.config.json / package.json "tenderlint" key upward from each file. */
  discover?: boolean;
  /** --rule flags, applied over every config. */
  ruleFlags?: Record<string, RuleSetting>;
  stated?: StatedFacts;
  cwd?: string;
  maxPages?: number;
  /** Print the stack trace of an internal error to stderr (`--debug`). */
  debug?: boolean;
  /** File size, DOCX uncompressed size and page limits; defaults in linter/core/limits.ts. */
  limits?: Partial<Limits>;
  /** Lanes (--threads): files linted at once, each lane with a parse process of its own; 1 is one file at a time; undefined chooses by the number of files. */
  threads?: number;
  /** Cache file or directory (--cache --cache-location); undefined: no cache. */
  cacheLocation?: string;
  /** Gitignore-style file for directory and glob walks; default .tenderlintignore in cwd. */
  ignoreFile?: string;
  /** A problem that does not change the report (the cache could not be written); default: stderr. */
  onWarning?: (message: string) => void;
  /** Called as each file finishes (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Text read from standard input (--stdin), linted as if it were the file `filename`. */
  stdin?: { bytes: Uint8Array; filename: string };
  /** Throw UnmatchedPatternError when a glob or directory matches no files (the CLI's default). */
  errorOnUnmatchedPattern?: boolean;
}

/**
 * A second lane costs a parse process of its own (Node's start, the parsers' loading and their JIT
 * warm-up, about 0.5 s of CPU) and needs some 16 files to earn it back. Measured with
 * `scripts/bench-cli.mjs --threshold` (mixed fixtures, 2 cores): 24 files 1.03 x, 32 files 1.08 x,
 * 48 files 1.21 x, 128 files 1.37 x, 500 files 1.63 x; below 24 a second lane is slower.
 */
export const FILES_PER_WORKER = 16;
/** Below this many files to lint, one lane: another parse process costs more to start than it saves. */
export const POOL_MIN_FILES = 2 * FILES_PER_WORKER;

/**
 * Files sent to a lane's child before the one it is on is answered: with one, the child sat idle
 * for a round trip through the parent after every file (about 1.4 ms, 8% of a 500-file run).
 */
export const IN_FLIGHT = 2;

const PATTERN = '**/*.{md,markdown,docx,pdf,html,htm,txt,json,jsonl,ndjson}';
const IGNORE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/*.expected.json',
  '**/package.json',
  '**/package-lock.json',
  '**/tenderlint.config.json',
  '**/tsconfig*.json',
  '**/README.md',
];
export const IGNORE_FILE = '.tenderlintignore';

function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** A glob or directory that matched no files (exit 2, as ESLint does, unless --no-error-on-unmatched-pattern). */
export class UnmatchedPatternError extends Error {
  constructor(readonly patterns: string[]) {
    super(
      `No files matching ${patterns.map((p) => `"${p}"`).join(', ')} were found (use --no-error-on-unmatched-pattern to allow it)`,
    );
  }
}

export interface ExpandedInputs {
  /** Sorted absolute paths. */
  files: string[];
  /** Files reached through a directory walk or a glob, not named on the command line. */
  walked: Set<string>;
  /** Globs and directories that matched nothing. */
  unmatched: string[];
}

/**
 * Files, directories and globs to a sorted list of files. A path that does not exist is kept so it
 * is reported. The ignore file (gitignore syntax, paths relative to cwd) filters what directory walks
 * and globs find; a file named on the command line is always linted.
 */
export async function expandInputs(
  inputs: string[],
  cwd = process.cwd(),
  ignoreFile: string | false = IGNORE_FILE,
): Promise<ExpandedInputs> {
  const ignored = ignoreFile === false ? () => false : readIgnoreFile(resolve(cwd, ignoreFile), ignoreFile);
  const keep = (abs: string) => {
    const rel = toPosix(relative(cwd, abs));
    return rel.startsWith('../../') || !ignored(rel);
  };
  const out = new Set<string>();
  const walked = new Set<string>();
  const unmatched: string[] = [];
  const addWalked = (found: string[], input: string) => {
    const kept = found.filter(keep);
    if (kept.length === 0) unmatched.push(input);
    for (const f of kept) {
      if (!out.has(f)) walked.add(f);
      out.add(f);
    }
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      addWalked(await glob(PATTERN, { cwd: abs, ignore: IGNORE, followSymbolicLinks: false, absolute: true }), input);
    } else if (info) {
      out.add(abs);
      walked.delete(abs);
    } else if (/[*?[{]/.test(input)) {
      addWalked(
        await glob(input, { cwd, ignore: ['**/node_modules/**'], followSymbolicLinks: false, absolute: true }),
        input,
      );
    } else {
      out.add(abs);
    }
  }
  return { files: [...out].sort(), walked, unmatched };
}

export function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

type ActiveRules = ReturnType<typeof resolveRules>;

export interface LintSourceOptions {
  config: FlatConfig | unknown;
  rules: ActiveRules;
  stated?: StatedFacts;
  limits: Limits;
  debug?: boolean;
  /** Which parse process to use: concurrent lanes parse in parallel (isolate.ts). */
  lane?: number;
  /** Files in the whole run: a long run starts its parse processes with a larger heap (isolate.ts). */
  runFiles?: number;
  /** Whether other lanes run beside this one (isolate.ts picks V8 flags by it). */
  parallel?: boolean;
  /** The config's cache key: the child that parses a file lints it too, and only results cross the process boundary. */
  key: string;
  /** Reached through a directory walk or glob: JSON there that is not OCDS is skipped, not an error. */
  walked?: boolean;
  /** How a large PDF is split across parse processes in a one-lane run (isolate.ts parsePdfSplit). */
  splitPdf?: PdfSplit;
}

function limitsOf(options: { limits?: Partial<Limits>; maxPages?: number }): Limits {
  return resolveLimits({
    ...options.limits,
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
  });
}

/**
 * Lints one file, given as its bytes or, for a lane's child to read itself, its path (checked with
 * checkFile first). Never throws for a bad file, which becomes an entry with an error. The document
 * is dropped once linted.
 */
async function lintSource(
  source: LintSource,
  path: string,
  shown: string,
  options: LintSourceOptions,
): Promise<FileResult[]> {
  const results = await lintSourceOnce(source, path, shown, options);
  // A stray data.json in a folder of tenders is not a tender: skip it with a note rather than fail the run.
  if (!options.walked) return results;
  return results.map((r) => (r.error?.code === 'not-ocds' ? skippedFile(r, `skipped: ${r.error.message}`) : r));
}

async function lintSourceOnce(
  source: LintSource,
  path: string,
  shown: string,
  options: LintSourceOptions,
): Promise<FileResult[]> {
  try {
    // One large PDF in a one-lane run: its pages are read by several parse processes, each under the
    // time and memory limits, and joined here (issue 18); the rules then run on the joined document.
    const split = options.splitPdf;
    if (split && split.parts > 1 && formatFromName(path) === 'pdf') {
      const bytes = 'bytes' in source ? source.bytes : await readChecked(source.file, shown, options.limits);
      if (!(bytes instanceof Uint8Array)) return bytes;
      if (bytes.length >= (split.minBytes ?? PDF_SPLIT_BYTES) && sniffFormat(path, bytes) === 'pdf') {
        const docs = await parseGuarded(shown, bytes, options.limits, {
          lane: options.lane,
          runFiles: options.runFiles,
          splitPdf: split,
        });
        return lintToResults(docs, { config: options.config, rules: options.rules, stated: options.stated });
      }
      source = { bytes };
    }
    // In a child process with the time and memory limits (isolate.ts), whatever the file's size: a
    // pathological file cannot hang the run or fill memory, and neither can the rules on a huge one.
    const results = await lintGuarded(
      shown,
      source,
      options.limits,
      { lane: options.lane, runFiles: options.runFiles, parallel: options.parallel },
      { config: options.config, key: options.key, ...(options.stated ? { stated: options.stated } : {}) },
    );
    if (results) return results;
    let bytes: Uint8Array;
    if ('bytes' in source) bytes = source.bytes;
    else {
      const read = await readChecked(source.file, shown, options.limits);
      if (!(read instanceof Uint8Array)) return read;
      bytes = read;
    }
    const docs = await parseGuarded(shown, bytes, options.limits, { lane: options.lane, runFiles: options.runFiles });
    return lintToResults(docs, { config: options.config, rules: options.rules, stated: options.stated });
  } catch (e) {
    if (e instanceof ParseError) return fileError(path, shown, e.code, e.message);
    // A parser bug must not lose the batch: report it against the file, the stack only with --debug.
    if (options.debug)
      process.stderr.write(`tenderlint: internal error in ${shown}: ${(e as Error)?.stack ?? String(e)}\n`);
    return fileError(
      path,
      shown,
      'internal-error',
      `tenderlint failed on this file (a bug: please report it): ${(e as Error)?.message ?? String(e)}${options.debug ? '' : ' (run with --debug for the stack trace)'}`,
    );
  }
}

/** Memoises resolved rules per distinct flat config. */
export function rulesMemo(): (config: FlatConfig, key: string, file?: string) => ActiveRules {
  const memo = new Map<string, ActiveRules>();
  return (config, key, file) => {
    let r = memo.get(key);
    if (!r) memo.set(key, (r = resolveRules(config, file)));
    return r;
  };
}

/**
 * Most processes one PDF is split across. Each opens the whole document and starts pdf.js, so more
 * parts than cores only add work; measured on 2 cores only, hence the cap.
 */
export const MAX_PDF_PARTS = 4;

/**
 * Parse processes a large PDF is split across: in a one-lane run (a few files, each file in turn),
 * the cores that lanes would otherwise use; none when lanes already spread the files over the cores,
 * or when one thread was asked for (--threads 1).
 */
export function pdfParts(lanes: number, requested?: number): number {
  if (lanes > 1) return 1;
  return Math.max(1, Math.min(requested ?? availableParallelism(), MAX_PDF_PARTS));
}

/** How many files to lint at once (each lane parses in its own child process): 1 for small batches. */
export function chooseThreads(files: number, requested?: number): number {
  const cores = availableParallelism();
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < POOL_MIN_FILES || cores < 2) return 1;
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_WORKER)));
}

/**
 * Lints every input and builds the report. Config errors throw before any file is linted. Files are
 * read, linted and dropped one at a time per lane: only their results are kept.
 */
export async function run(inputs: string[], options: RunOptions = {}): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new ConfigResolver({
    config: options.config,
    configFile: options.configFile,
    discover: options.discover,
    ruleFlags: options.ruleFlags,
    cwd,
  });
  const expanded = await expandInputs(inputs, cwd, options.ignoreFile ?? IGNORE_FILE);
  if (options.errorOnUnmatchedPattern && expanded.unmatched.length) throw new UnmatchedPatternError(expanded.unmatched);
  const stdinPath = options.stdin ? resolve(cwd, options.stdin.filename) : undefined;
  const files = stdinPath ? [...expanded.files.filter((f) => f !== stdinPath), stdinPath] : expanded.files;
  const limits = limitsOf(options);
  const isolated = canIsolate() && process.env.TENDERLINT_ISOLATE !== '0';
  const threads = isolated ? chooseThreads(files.length, options.threads) : 1;
  // The first lane's child starts while the configs are resolved (a one-file run waited ~0.1 s for it).
  if (files.length > 0) warmLane(limits, { lane: 0, runFiles: files.length, parallel: threads > 1 });
  const rulesFor = rulesMemo();
  // Resolve every file's config up front: a bad config stops the run before anything is linted.
  const configs = files.map((f) => {
    const c = resolver.forFile(f);
    rulesFor(c.config, c.key, c.file);
    return c;
  });
  const cache = options.cacheLocation ? LintCache.open(options.cacheLocation, tenderlintVersion(), cwd) : undefined;
  const extraKey = JSON.stringify({ stated: options.stated ?? {}, limits });
  const splitPdf: PdfSplit = { parts: isolated ? pdfParts(threads, options.threads) : 1 };
  const results: FileResult[][] = new Array(files.length);
  let done = 0;
  let next = 0;
  const lintOne = async (i: number, laneIndex: number) => {
    const path = files[i]!;
    const shown = display(path, cwd);
    const { config, key, file } = configs[i]!;
    const lintOptions: LintSourceOptions = {
      config,
      rules: rulesFor(config, key, file),
      stated: options.stated,
      limits,
      debug: options.debug,
      lane: laneIndex,
      runFiles: files.length,
      key,
      parallel: threads > 1,
      walked: expanded.walked.has(path),
      ...(threads > 1 ? {} : { splitPdf }),
    };
    if (path === stdinPath)
      return lintSource({ bytes: options.stdin!.bytes }, path, options.stdin!.filename, lintOptions);
    if (isolated && !cache) {
      // A lane's child reads the file itself: this process only looks at it, and never holds its bytes.
      const bad = await checkFile(path, shown, limits);
      return bad ?? lintSource({ file: path }, path, shown, lintOptions);
    }
    const bytes = await readChecked(path, shown, limits);
    if (!(bytes instanceof Uint8Array)) return bytes;
    const cacheKey = cache ? cache.key(sha256(bytes), key, `${shown}\0${extraKey}`) : '';
    const hit = cache?.get(path, cacheKey);
    if (hit) return hit;
    const out = await lintSource({ bytes }, path, shown, lintOptions);
    cache?.set(path, cacheKey, out);
    return out;
  };
  // Each lane's child parses one file at a time, so memory holds at most `threads` documents (and
  // IN_FLIGHT files' bytes per lane). A one-lane run does one file at a time from end to end.
  const lanes = Math.min(threads, Math.max(files.length, 1));
  const slots = threads > 1 ? lanes * IN_FLIGHT : lanes;
  const slot = async (_: unknown, s: number) => {
    while (next < files.length) {
      const i = next++;
      results[i] = await lintOne(i, s % lanes);
      options.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: slots }, slot));
  const unsaved = cache?.save();
  if (unsaved) (options.onWarning ?? ((m) => process.stderr.write(`tenderlint: warning: ${m}\n`)))(unsaved);
  const flat = results.flat();
  return { version: 1, files: flat, summary: summarise(flat) };
}

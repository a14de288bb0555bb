import picomatch from 'picomatch';
import ignore from 'ignore';
import { ConfigError } from '../core/config-error.js';
import { MAX_CONFIG_BYTES } from '../core/limits.js';
import { readRegularText, UnsafeFile } from './safe-read.js';

/**
 * Globs for config `overrides` (picomatch) and gitignore syntax for .tenderlintignore (the `ignore`
 * package), matched against paths relative to a base directory with forward slashes.
 *
 * Both compile to backtracking regular expressions, and a config or ignore file can come with the
 * files being linted, so every pattern is checked first. Measured on a 255-character file name that
 * does not match: picomatch took 1.3 s with four `*` in one segment and 99 s with five; an extglob
 * such as `+(*a)+(*a)x` took 174 s. Two `*` per segment stay under a millisecond.
 */

/** Longest glob or ignore pattern, in characters. */
export const MAX_GLOB_LENGTH = 1024;
/** Most `*` wildcards in one path segment (a `**` segment aside): the match time grows as the name's length to this power. */
export const MAX_STARS_PER_SEGMENT = 2;
/** Most `**` segments in one glob. */
export const MAX_GLOBSTARS = 4;
/** Most patterns in one ignore file. */
export const MAX_IGNORE_PATTERNS = 10_000;

/** A pattern refused before it is compiled; the message says which limit, the caller names file and key. */
export class GlobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlobError';
  }
}

/** Throws GlobError when a pattern could take long to match. */
export function checkGlob(glob: string): void {
  if (glob.length > MAX_GLOB_LENGTH)
    throw new GlobError(`the glob is ${glob.length} characters long, more than the ${MAX_GLOB_LENGTH} allowed`);
  if (/[@!?+*]\(/.test(glob.replace(/\\./g, ''))) {
    throw new GlobError(
      `"${glob}" uses an extglob (@(...), !(...), ?(...), +(...) or *(...)), which is not supported: list the alternatives with {a,b}`,
    );
  }
  let globstars = 0;
  for (const segment of glob.split('/')) {
    if (segment === '**') {
      if (++globstars > MAX_GLOBSTARS)
        throw new GlobError(`"${glob.slice(0, 80)}" has more than ${MAX_GLOBSTARS} "**" segments`);
      continue;
    }
    const stars = segment.replace(/\\./g, '').split('*').length - 1;
    if (stars > MAX_STARS_PER_SEGMENT) {
      throw new GlobError(
        `"${glob.slice(0, 80)}${glob.length > 80 ? '...' : ''}" has ${stars} "*" wildcards in one path segment; at most ${MAX_STARS_PER_SEGMENT} are allowed (matching slows down steeply with each one)`,
      );
    }
  }
}

/**
 * Whether `path` (relative, forward slashes) matches `glob`. A pattern with no slash matches the
 * file name at any depth (`*.pdf`), as in .gitignore and ESLint overrides. Throws GlobError.
 */
export function compileGlob(glob: string): (path: string) => boolean {
  checkGlob(glob);
  let g = glob.replace(/^\.\//, '');
  if (g.startsWith('/')) g = g.slice(1);
  const isMatch = picomatch(g, { dot: true, noextglob: true, basename: !g.includes('/'), maxLength: MAX_GLOB_LENGTH });
  return (path) => isMatch(path);
}

/**
 * A matcher for gitignore-style text: true when the relative path is ignored. `where` names the file
 * for errors; a pattern over the limits is a ConfigError naming its line.
 */
export function ignoreMatcher(text: string, where = '.tenderlintignore'): (path: string) => boolean {
  const matcher = ignore();
  let patterns = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const pattern = line.trim();
    if (!pattern || pattern.startsWith('#')) return;
    if (++patterns > MAX_IGNORE_PATTERNS)
      throw new ConfigError([`line ${i + 1}: more than ${MAX_IGNORE_PATTERNS} patterns`], where);
    try {
      checkGlob(pattern.replace(/^!/, '').replace(/^\/|\/$/g, ''));
    } catch (e) {
      if (e instanceof GlobError) throw new ConfigError([`line ${i + 1}: ${e.message}`], where);
      throw e;
    }
    matcher.add(line);
  });
  if (patterns === 0) return () => false;
  return (path) => {
    // `ignore` takes relative paths only; a path outside the base directory is never ignored.
    if (!path || path.startsWith('../../') || path.startsWith('/')) return false;
    return matcher.ignores(path);
  };
}

/**
 * Reads an ignore file: a missing one ignores nothing; one that is not a regular file within the
 * size limit (a FIFO, a device) is a ConfigError naming it, never read.
 */
export function readIgnoreFile(file: string, shown = file): (path: string) => boolean {
  let text: string;
  try {
    text = readRegularText(file, MAX_CONFIG_BYTES);
  } catch (e) {
    if (e instanceof UnsafeFile && e.code === 'ENOENT') return () => false;
    if (e instanceof UnsafeFile) throw new ConfigError([`cannot read: ${e.message}`], shown);
    throw e;
  }
  return ignoreMatcher(text, shown);
}

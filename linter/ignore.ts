import { readFileSync } from 'node:fs';

/**
 * Glob patterns for config `overrides` and gitignore syntax for .tenderlintignore, matched against
 * paths relative to a base directory with forward slashes. Small on purpose: `*`, `?`, `**`,
 * `[...]`, `{a,b}`, and gitignore's `!`, leading `/` and trailing `/`.
 */

function escape(ch: string): string {
  return /[.+^$()|\\{}[\]*?]/.test(ch) ? `\\${ch}` : ch;
}

/** A glob to a regular expression source (no anchors). */
export function globSource(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '\\' && i + 1 < glob.length) {
      out += escape(glob[++i]!);
    } else if (ch === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        i++;
        if (atStart && atEnd) {
          if (glob[i + 1] === '/') {
            i++;
            out += '(?:[^/]*/)*';
          } else out += '.*';
        } else out += '[^/]*';
      } else out += '[^/]*';
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        let body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `(?!/)[${body}]`;
        i = end;
      }
    } else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) {
      out += '|';
    } else out += escape(ch);
  }
  return out + ')'.repeat(braces);
}

/**
 * Whether `path` (relative, forward slashes) matches `glob`. A pattern with no slash matches the
 * file name at any depth (`*.pdf`), as in .gitignore and ESLint overrides.
 */
export function compileGlob(glob: string): (path: string) => boolean {
  let g = glob.replace(/^\.\//, '');
  if (!g.includes('/')) g = `**/${g}`;
  else if (g.startsWith('/')) g = g.slice(1);
  const re = new RegExp(`^${globSource(g)}$`);
  return (path) => re.test(path);
}

interface IgnoreRule {
  negate: boolean;
  dirOnly: boolean;
  re: RegExp;
}

/** Parses .gitignore-style text. */
export function parseIgnore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (let line of text.split(/\r?\n/)) {
    line = line.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    if (!line) continue;
    // A slash at the start or in the middle anchors the pattern to the base directory.
    const anchored = line.includes('/');
    const body = globSource(line.replace(/^\//, ''));
    rules.push({ negate, dirOnly, re: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`) });
  }
  return rules;
}

/** A matcher for gitignore-style rules: true when the relative path is ignored. */
export function ignoreMatcher(rules: IgnoreRule[]): (path: string) => boolean {
  if (rules.length === 0) return () => false;
  return (path) => {
    const parts = path.split('/');
    // A pattern that matches a parent directory ignores everything under it.
    const dirs = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
    let ignored = false;
    for (const r of rules) {
      const hit = dirs.some((d) => r.re.test(d)) || (!r.dirOnly && r.re.test(path));
      if (hit) ignored = !r.negate;
    }
    return ignored;
  };
}

/** Reads an ignore file; a missing file ignores nothing. */
export function readIgnoreFile(file: string): (path: string) => boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return () => false;
  }
  return ignoreMatcher(parseIgnore(text));
}

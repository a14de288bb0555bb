// Every regular expression in linter/ and rules/ through recheck (a ReDoS analyser: automata theory,
// then fuzzing). Exponential backtracking is never allowed. Polynomial (quadratic) backtracking is
// allowed only where it is listed below with the reason it stays linear in practice, and the
// extractor tests in adversarial.test.ts run a megabyte of hostile text through every extractor.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSync, type Diagnostics } from 'recheck';
import { ROOT } from '../helpers/cli.js';
import { constructedAtImport, scanSources, type FoundRegex } from './regexes.js';

const BOUNDED_GAP =
  'a bounded gap ([^.]{0,N}, \\w*\\b, {0,N}) between words: at most N characters are tried from each start, so the work is linear in the text (recheck’s fuzzer reads the growth at small sizes as quadratic)';
const SHORT_SLICE = (n: number) =>
  `only ever run on a slice of at most ${n} characters next to a match, so its cost is bounded whatever the document`;

/** file -> a piece of the pattern's source -> why a polynomial verdict is acceptable. */
const ALLOW: Array<{ file: string; has: string; why: string }> = [
  { file: 'linter/core/extract/dates', has: '(?<t>(?:(?:12\\s*)?noon', why: SHORT_SLICE(30) },
  { file: 'linter/core/extract/durations', has: '\\b(?:initial(?:ly)?|core|base|fixed)', why: SHORT_SLICE(80) },
  {
    file: 'linter/core/extract/durations',
    has: '\\b(?:extend|extension|extensions|further|additional|renew|optional)\\b[^.;]{0,60}?$',
    why: SHORT_SLICE(80),
  },
  { file: 'linter/core/extract/durations', has: '\\b(two|three|four|2|3|4)\\s+', why: SHORT_SLICE(80) },
  {
    file: 'linter/core/extract/requirements/acronyms',
    has: "^(?:s|'s|’s)?\\s*\\(\\s*([A-Za-z]",
    why: 'anchored at the start of the text after an acronym: one start position, and the [^)]* runs stop at the first ")"',
  },
  { file: 'linter/report/github', has: '#.*$', why: 'run on one line of a report message, not on document text' },
  {
    file: 'linter/node/ignore',
    has: '(?<!\\\\)\\s+$',
    why: 'run on one line of the user’s own .tenderlintignore, not on document text',
  },
  {
    file: 'linter/core/parse/ocds',
    has: '((?:rn)+)',
    why: 'OCDS notice fields (owned by the OCDS parser; flagged to its owner): a field is a short string',
  },
];
const ALLOW_BOUNDED = /\{\d+,\d+\}|\\w\*\\b/;

/** Files that build a RegExp at run time from input that is not document text, and why that is safe. */
const DYNAMIC: Record<string, string> = {
  'linter/node/ignore':
    'compiles the user’s own .tenderlintignore globs into anchored patterns that are only matched against relative file paths',
};

const seen = new Map<string, FoundRegex>();
let constructorSites: Map<string, number>;
let built: FoundRegex[];

beforeAll(async () => {
  const scanned = scanSources(ROOT);
  constructorSites = scanned.constructorSites;
  built = await constructedAtImport(ROOT);
  for (const r of [...scanned.literals, ...built]) {
    const key = `${r.source}/${r.flags.replace(/[gy]/g, '')}`;
    if (!seen.has(key)) seen.set(key, r);
  }
});

describe('regexes in linter/ and rules/', () => {
  it('are all found: every RegExp constructor call site is seen running', () => {
    expect(seen.size).toBeGreaterThan(200);
    const byFile = new Map<string, number>();
    for (const b of built) byFile.set(b.file, (byFile.get(b.file) ?? 0) + 1);
    const missing = [...constructorSites]
      .filter(([file]) => !DYNAMIC[file])
      .filter(([file, n]) => (byFile.get(file) ?? 0) < n)
      .map(
        ([file, n]) =>
          `${file}: ${n} RegExp call sites, ${byFile.get(file) ?? 0} seen at import (build patterns at module level so this test can check them)`,
      );
    expect(missing).toEqual([]);
  });

  it('have no catastrophic (exponential or unlisted polynomial) backtracking', { timeout: 600_000 }, () => {
    const problems: string[] = [];
    const used = new Set<number>();
    for (const r of seen.values()) {
      let d: Diagnostics;
      try {
        d = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 1500 });
      } catch (e) {
        problems.push(`${r.file}:${r.line} recheck failed: ${(e as Error).message}`);
        continue;
      }
      if (d.status !== 'vulnerable') continue;
      const where = `${r.file}:${r.line ?? '?'} /${r.source.slice(0, 140)}/`;
      if (d.complexity.type === 'exponential') {
        problems.push(`${where} is EXPONENTIAL (attack: ${d.attack.pattern})`);
        continue;
      }
      const listed = ALLOW.findIndex((a) => a.file === r.file && r.source.includes(a.has));
      if (listed >= 0) {
        used.add(listed);
        continue;
      }
      if (ALLOW_BOUNDED.test(r.source) && d.complexity.isFuzz) continue; // BOUNDED_GAP
      problems.push(`${where} is ${d.complexity.summary} (attack: ${d.attack.pattern})`);
    }
    expect(problems).toEqual([]);
    void BOUNDED_GAP;
  });
});

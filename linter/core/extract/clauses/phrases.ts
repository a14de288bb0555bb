// Phrase tables to matchers. A table is one phrase a line; "#" starts a comment. In a phrase:
//   a space matches any run of white space (PDF and DOCX text breaks lines anywhere);
//   "*" at a word's end matches the rest of the word ("insur*": insurance, insured, insurer);
//   "'" matches a straight or curly apostrophe, or none ("employer's": employers, employer’s).
// Phrases match whole words, case-insensitively. Longer phrases win over shorter ones at the same place.

export interface Hit {
  start: number;
  end: number;
  text: string;
  /** The table line that matched, as written (for a table with labels, see `labelled`). */
  phrase: string;
}

export interface PhraseSet {
  /** Every match in `text`, left to right, not overlapping. */
  all(text: string): Hit[];
  /** The first match, if any; with `from`, the first that starts there or later. */
  first(text: string, from?: number): Hit | undefined;
  test(text: string): boolean;
  /**
   * Whether any phrase could match a text with these words (wordsOf): a cheap test before the
   * regular expression, which tries every phrase at every position.
   */
  mayOccur(words: ReadonlySet<string>): boolean;
  /**
   * The words a text must have for any phrase to match (what mayOccur tests): `exact` whole words,
   * `prefixes` word beginnings, `always` when some phrase starts with no letter or digit.
   */
  readonly firstWords: { exact: ReadonlySet<string>; prefixes: readonly string[]; always: boolean };
  readonly phrases: readonly string[];
}

const RUN = /[a-z0-9]+/g;

/** The lower-case letter and digit runs of a text ("Pre-qualification" -> pre, qualification). */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(RUN) ?? []);
}

// A clause's words in order, made once for all the tables asked about it: a prefix ("insur*") is
// then a binary search, not a pass over every word for every table (42 ms of the 51k-word DOCX).
const sortedOf = new WeakMap<ReadonlySet<string>, string[]>();

function sortedWords(words: ReadonlySet<string>): string[] {
  let sorted = sortedOf.get(words);
  if (!sorted) sortedOf.set(words, (sorted = [...words].sort()));
  return sorted;
}

/** The index of the first of `xs`, sorted by `key`, whose key is not less than `min`. */
export function lowerBound<T, K extends number | string>(xs: readonly T[], min: K, key: (x: T) => K): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lines of a table, without comments and blank lines. */
export function lines(table: string): string[] {
  return table
    .split('\n')
    .map((l) => (l.includes('#') ? l.slice(0, l.indexOf('#')) : l).trim())
    .filter(Boolean);
}

function escape(s: string): string {
  return s.replace(/[.+?^${}()[\]\\|/-]/g, (c) => (c === '-' ? '[-‐–]' : c === '/' ? '\\s?/\\s?' : `\\${c}`));
}

function source(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word) => {
      const open = word.endsWith('*');
      const w = open ? word.slice(0, -1) : word;
      const body = w.split("'").map(escape).join("[’'`]?");
      return open ? `${body}[\\w’'-]*` : body;
    })
    .join('\\s+');
}

/** Compiles a table of phrases to one matcher. */
export function phraseSet(table: string | readonly string[]): PhraseSet {
  const phrases = typeof table === 'string' ? lines(table) : [...table];
  // Longest first, so "not required" is preferred over "not" where both start at one place.
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const bodies = sorted.map(source);
  const re = new RegExp(`(?<![\\w£])(?:${bodies.map((b) => `(${b})`).join('|')})(?![\\w])`, 'gi');
  // The index of the phrase that matched: the first group that took part (no array per match;
  // tables have up to a hundred groups and clause analysis runs them on every clause).
  const hitOf = (m: RegExpExecArray): Hit => {
    let i = 1;
    while (i < m.length && m[i] === undefined) i++;
    return { start: m.index, end: m.index + m[0].length, text: m[0], phrase: sorted[i - 1] ?? m[0] };
  };
  const all = (text: string): Hit[] => {
    const out: Hit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push(hitOf(m));
    }
    return out;
  };
  // first and test stop at the first match instead of listing them all.
  const first = (text: string, from = 0): Hit | undefined => {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length > 0) return hitOf(m);
      re.lastIndex++;
    }
    return undefined;
  };
  // Each phrase's first run of letters or digits: the text must have it as a word (or, for a
  // phrase whose first word ends in "*", as the start of one). A phrase with none always may occur.
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let always = false;
  for (const ph of phrases) {
    const lower = ph.toLowerCase();
    const m = /^[a-z0-9]+/.exec(lower);
    if (!m) {
      always = true;
      continue;
    }
    // "insur*" and "employer's" (the apostrophe is optional: "employers") match longer words.
    if (lower[m[0].length] === '*' || lower[m[0].length] === "'") prefixes.push(m[0]);
    else exact.add(m[0]);
  }
  const mayOccur = (words: ReadonlySet<string>): boolean => {
    if (always) return true;
    // Through the smaller of the two sets: a topic's table has up to a hundred first words, a clause a few dozen.
    if (words.size < exact.size) {
      for (const w of words) if (exact.has(w)) return true;
    } else for (const w of exact) if (words.has(w)) return true;
    if (prefixes.length) {
      const sorted = sortedWords(words);
      for (const p of prefixes) if (sorted[lowerBound(sorted, p, (w) => w)]?.startsWith(p)) return true;
    }
    return false;
  };
  return {
    phrases,
    firstWords: { exact, prefixes, always },
    all,
    first,
    test: (text) => first(text) !== undefined,
    mayOccur,
  };
}

/**
 * A table whose lines are "label: phrase" ("bid: with your tender"): one matcher, and each hit's
 * label. Labels name what the phrase means to a reader (a stage, a party, a kind of alternative).
 */
export function labelledSet<L extends string>(table: string): { set: PhraseSet; label(hit: Hit): L } {
  const pairs = lines(table).map((l) => {
    const at = l.indexOf(':');
    return { label: l.slice(0, at).trim() as L, phrase: l.slice(at + 1).trim() };
  });
  const byPhrase = new Map(pairs.map((p) => [p.phrase, p.label]));
  const set = phraseSet(pairs.map((p) => p.phrase));
  return { set, label: (hit) => byPhrase.get(hit.phrase)! };
}

import { Regime } from '../core/model/facts.js';
import { parseDateString } from '../core/extract/dates.js';
import { findMoney } from '../core/extract/money.js';
import { parseSize } from '../core/limits.js';

/**
 * Every command-line option, once. The argument parser, `--help` and the options section of
 * docs/cli.md are all generated from this table (test/cli/options.test.ts keeps them in step), so a
 * flag cannot be parsed but undocumented, or documented but ignored.
 */
export interface CliOption {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** Placeholder for the value in help text. */
  arg?: string;
  default?: string;
  group: OptionGroup;
  description: string;
  /**
   * Checks a value before anything is linted: returns what was expected, or undefined when the value
   * is good. A bad value is a usage error (exit 2) naming the flag and the value.
   */
  check?: (raw: string) => string | undefined;
}

export const OPTION_GROUPS = ['Output', 'Configuration', 'Facts', 'Input', 'Limits', 'Information'] as const;
export type OptionGroup = (typeof OPTION_GROUPS)[number];

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

const oneOf = (values: readonly string[]) => (raw: string) =>
  values.includes(raw) ? undefined : `one of ${values.join(', ')}`;
const wholeNumber = (min: number) => (raw: string) =>
  /^\d+$/.test(raw) && Number(raw) >= min ? undefined : `a whole number of at least ${min}`;
const size = (raw: string) => (parseSize(raw) === undefined ? 'a size such as 100MB, 512k or 1048576' : undefined);
const seconds = (raw: string) =>
  /^\d+(?:\.\d+)?$/.test(raw) && Number(raw) > 0 ? undefined : 'a number of seconds greater than 0';
/** A calendar date that exists ("2026-02-30" does not): ISO or UK day-first. */
const date = (raw: string) =>
  parseDateString(raw) ? undefined : 'a date that exists, such as 2026-03-16 or 16/03/2026';
/** One amount of money, the whole value: "600000", "£1.2m", "GBP 450,000". */
const money = (raw: string) => {
  const trimmed = raw.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed) && Number(trimmed) > 0) return undefined;
  const found = findMoney(trimmed);
  return found.length === 1 && found[0]!.amount > 0 ? undefined : 'an amount such as 600000, £1.2m or "GBP 450,000"';
};

export const CLI_OPTIONS = [
  {
    name: 'format',
    short: 'f',
    type: 'string',
    arg: 'name',
    default: 'stylish',
    group: 'Output',
    description: `${FORMATS.join(' | ')}`,
    check: oneOf(FORMATS),
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    arg: 'file',
    group: 'Output',
    description: 'write the report to a file instead of stdout',
  },
  {
    name: 'quiet',
    short: 'q',
    type: 'boolean',
    group: 'Output',
    description: 'report errors only (warnings and info are dropped)',
  },
  {
    name: 'max-warnings',
    type: 'string',
    arg: 'n',
    group: 'Output',
    description: 'exit 1 when there are more than n warnings',
    check: wholeNumber(0),
  },
  {
    name: 'show-requirements',
    type: 'boolean',
    group: 'Output',
    description:
      'stylish output: list what each document demands of bidders (the conditions the rules judged), with places',
  },
  {
    name: 'show-facts',
    type: 'boolean',
    group: 'Output',
    description:
      'stylish: a line per file with the facts the rules judged on (value, term, dates, regime, buyer), so "no problems" can be told from "nothing read"',
  },
  {
    name: 'color',
    type: 'boolean',
    group: 'Output',
    description: 'colour the stylish output even when stdout is not a terminal',
  },
  {
    name: 'no-color',
    type: 'boolean',
    group: 'Output',
    description: 'never colour the output (default: colour only on a terminal)',
  },
  {
    name: 'config',
    short: 'c',
    type: 'string',
    arg: 'file',
    group: 'Configuration',
    description:
      'config file for every file (default: the nearest tenderlint.config.json or package.json "tenderlint" key upward from each linted file)',
  },
  { name: 'no-config', type: 'boolean', group: 'Configuration', description: 'ignore config files' },
  {
    name: 'rule',
    type: 'string',
    multiple: true,
    arg: 'id=level',
    group: 'Configuration',
    description: "set a rule's level: off | info | warning | error (repeatable)",
  },
  {
    name: 'init',
    type: 'boolean',
    group: 'Configuration',
    description: 'write a starter tenderlint.config.json in the current directory, then exit',
  },
  {
    name: 'baseline',
    type: 'string',
    arg: 'file',
    group: 'Configuration',
    description: 'accept the findings recorded in this baseline file',
  },
  {
    name: 'baseline-write',
    type: 'string',
    arg: 'file',
    group: 'Configuration',
    description: 'record every current finding as accepted, then exit 0',
  },
  {
    name: 'value',
    type: 'string',
    arg: 'amount',
    group: 'Facts',
    description: 'estimated total contract value, e.g. 600000 or "£1.2m"',
    check: money,
  },
  {
    name: 'annual-value',
    type: 'string',
    arg: 'amount',
    group: 'Facts',
    description: 'estimated annual contract value',
    check: money,
  },
  {
    name: 'published',
    type: 'string',
    arg: 'date',
    group: 'Facts',
    description: 'publication / issue date, e.g. 2026-03-02',
    check: date,
  },
  {
    name: 'deadline',
    type: 'string',
    arg: 'date',
    group: 'Facts',
    description: 'tender submission deadline',
    check: date,
  },
  {
    name: 'regime',
    type: 'string',
    arg: 'id',
    group: 'Facts',
    description: Regime.options.join(' | '),
    check: oneOf(Regime.options),
  },
  {
    name: 'stdin',
    type: 'boolean',
    group: 'Input',
    description: 'lint the text read from standard input (also: the file name "-")',
  },
  {
    name: 'stdin-filename',
    type: 'string',
    arg: 'name',
    group: 'Input',
    description:
      'with --stdin: the name that picks the parser, finds the config and appears in the output (default stdin.md)',
  },
  {
    name: 'no-error-on-unmatched-pattern',
    type: 'boolean',
    group: 'Input',
    description: 'a glob or directory that matches no files is not an error',
  },
  {
    name: 'ignore-path',
    type: 'string',
    arg: 'file',
    group: 'Input',
    description: 'gitignore-style file for directory and glob walks (default .tenderlintignore)',
  },
  { name: 'cache', type: 'boolean', group: 'Input', description: 'reuse results for unchanged files and config' },
  {
    name: 'cache-location',
    type: 'string',
    arg: 'path',
    group: 'Input',
    description: 'cache file or directory (default .tenderlintcache)',
  },
  {
    name: 'threads',
    type: 'string',
    arg: 'n',
    group: 'Input',
    description:
      'files linted at once, each lane in a parse process of its own (default: by the number of files; 1 = one at a time)',
    check: wholeNumber(1),
  },
  {
    name: 'max-pages',
    type: 'string',
    arg: 'n',
    default: '2000',
    group: 'Limits',
    description: 'refuse PDFs with more pages',
    check: wholeNumber(1),
  },
  {
    name: 'max-file-size',
    type: 'string',
    arg: 'size',
    default: '100MB',
    group: 'Limits',
    description: 'refuse larger files, e.g. 100MB, 512k',
    check: size,
  },
  {
    name: 'max-docx-uncompressed',
    type: 'string',
    arg: 'size',
    default: '256MB',
    group: 'Limits',
    description: 'refuse a DOCX that inflates to more',
    check: size,
  },
  {
    name: 'timeout',
    type: 'string',
    arg: 'seconds',
    default: '120',
    group: 'Limits',
    description: 'stop reading a file after this long',
    check: seconds,
  },
  {
    name: 'max-memory',
    type: 'string',
    arg: 'MB',
    default: '1024',
    group: 'Limits',
    description: 'resident memory limit of the process that reads and lints a file (128 or more)',
    check: wholeNumber(128),
  },
  { name: 'debug', type: 'boolean', group: 'Information', description: 'print stack traces of internal errors' },
  {
    name: 'list-rules',
    type: 'boolean',
    group: 'Information',
    description: 'list every rule with its default severity',
  },
  {
    name: 'explain',
    type: 'string',
    arg: 'rule-id',
    group: 'Information',
    description: "print a rule's documentation for the terminal",
  },
  { name: 'help', short: 'h', type: 'boolean', group: 'Information', description: 'show this help' },
  { name: 'version', short: 'v', type: 'boolean', group: 'Information', description: 'show the version' },
] as const satisfies readonly CliOption[];

type ValueOf<O> = O extends { type: 'boolean' } ? boolean : O extends { multiple: true } ? string[] : string;
/** Parsed values, typed from the table. */
export type CliValues = { [O in (typeof CLI_OPTIONS)[number] as O['name']]?: ValueOf<O> };
const OPTIONS: readonly CliOption[] = CLI_OPTIONS;

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** The table as node:util parseArgs options (defaults are applied by the CLI, not the parser). */
export function parseArgsOptions(): ParseArgsOptions {
  const out: ParseArgsOptions = {};
  for (const o of OPTIONS)
    out[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  return out;
}

/** Usage errors for flag values, each naming the flag and the value. */
export function checkValues(values: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const o of OPTIONS) {
    if (!o.check) continue;
    const raw = values[o.name];
    for (const v of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
      const expected = o.check(String(v));
      if (expected) problems.push(`--${o.name} takes ${expected}, got "${String(v)}"`);
    }
  }
  return problems;
}

function flagLabel(o: CliOption): string {
  const long = `--${o.name}${o.arg ? ` <${o.arg}>` : ''}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `tenderlint --help`. */
export function helpText(): string {
  const out = [
    'Usage: tenderlint [options] <files | dirs | globs...>',
    '       tenderlint report <OCDS files...> --out report.html   (portfolio report: tenderlint report --help)',
    '',
    'Lints tender documents (DOCX, PDF, Markdown, HTML, text, OCDS JSON) for requirements that shut',
    'small and local suppliers out.',
  ];
  const col = 29;
  for (const group of OPTION_GROUPS) {
    out.push('', `${group}:`);
    for (const o of OPTIONS.filter((x) => x.group === group)) {
      const label = `  ${flagLabel(o)}`;
      const text = wrap(o.description + (o.default ? ` (default ${o.default})` : ''), 100 - col);
      if (label.length < col - 1) out.push(label.padEnd(col) + text[0]);
      else out.push(label, ' '.repeat(col) + text[0]);
      for (const t of text.slice(1)) out.push(' '.repeat(col) + t);
    }
  }
  out.push(
    '',
    'Exit codes: 0 no errors (and warnings within --max-warnings); 1 error findings or too many',
    'warnings; 2 usage or configuration error, no files matched, or a file that could not be read.',
    '',
  );
  return out.join('\n');
}

/** The options section of docs/cli.md (between its <!-- options:start --> and <!-- options:end --> markers). */
export function optionsMarkdown(): string {
  const out: string[] = [];
  for (const group of OPTION_GROUPS) {
    out.push(`**${group}**`, '', '| option | meaning | default |', '| --- | --- | --- |');
    for (const o of OPTIONS.filter((x) => x.group === group)) {
      const flag = `${o.short ? `\`-${o.short}\`, ` : ''}\`--${o.name}${o.arg ? ` <${o.arg}>` : ''}\``;
      out.push(`| ${flag} | ${o.description.replace(/\|/g, '\\|')} | ${o.default ? `\`${o.default}\`` : ''} |`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, ROOT, TURNOVER_TENDER, CLEAN_TENDER } from './helpers.js';
import { CLI_OPTIONS, helpText, optionsMarkdown } from '../../linter/node/cli-options.js';

// The conventions of ESLint and markdownlint-cli2 that CI users rely on.

let dir: string;
beforeAll(() => {
  dir = tempDir({
    'tenders/turnover.md': TURNOVER_TENDER,
    'tenders/clean.md': CLEAN_TENDER,
    'tenders/data.json': '{ "rows": [1, 2, 3] }',
    'empty/notes.csv': 'a,b\n',
  });
});
afterAll(() => cleanup(dir));

function withStdin(args: string[], input: string, cwd = dir) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'bin/tenderlint.js'), ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('patterns that match nothing', () => {
  it('a glob that matches no files is exit 2, naming the pattern', () => {
    const r = cli(['nope/**/*.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No files matching "nope/**/*.md"');
    expect(r.stdout).not.toContain('no problems');
  });
  it('a directory with no tender files is exit 2 too', () => {
    const r = cli(['empty'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"empty"');
  });
  it('--no-error-on-unmatched-pattern allows it and still lints the rest', () => {
    const r = cli(['--no-error-on-unmatched-pattern', 'nope/**/*.md', 'tenders/clean.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no problems in 1 file');
  });
});

describe('bad flag values are usage errors naming the flag and the value', () => {
  it.each([
    [['--deadline', 'tomorrow'], '--deadline', 'tomorrow'],
    [['--deadline', '2026-02-30'], '--deadline', '2026-02-30'],
    [['--published', '2026-13-01'], '--published', '2026-13-01'],
    [['--value', 'lots'], '--value', 'lots'],
    [['--annual-value', '£x'], '--annual-value', '£x'],
    [['--regime', 'wild-west'], '--regime', 'wild-west'],
    [['--format', 'xml'], '--format', 'xml'],
    [['--max-warnings', 'many'], '--max-warnings', 'many'],
    [['--timeout', '0'], '--timeout', '0'],
    [['--max-file-size', 'huge'], '--max-file-size', 'huge'],
  ])('%j', (flags, flag, value) => {
    const r = cli([...flags, 'tenders/clean.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
    expect(r.stderr).toContain(`"${value}"`);
  });
  it('good values pass', () => {
    const r = cli(
      ['--value', '£1.2m', '--published', '16/03/2026', '--deadline', '2026-04-20', 'tenders/clean.md'],
      dir,
    );
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
  });
});

describe('standard input', () => {
  it('--stdin with --stdin-filename: the name picks the parser and appears in the output', () => {
    const r = withStdin(['--stdin', '--stdin-filename', 'drafts/itt.md', '--format', 'json'], TURNOVER_TENDER);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].path).toBe('drafts/itt.md');
    expect(report.files[0].format).toBe('markdown');
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('turnover-multiple');
  });
  it('"-" reads standard input too', () => {
    const r = withStdin(['-'], CLEAN_TENDER);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no problems in 1 file');
  });
  it('the file name picks the parser: HTML read as HTML', () => {
    const r = withStdin(
      ['--stdin', '--stdin-filename', 'notice.html', '--format', 'json'],
      '<html><body><p>Bidders must have a minimum annual turnover of £1,000,000.</p><p>The estimated total value of the contract is £150,000 over one year.</p></body></html>',
    );
    const report = JSON.parse(r.stdout);
    expect(report.files[0].format).toBe('html');
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('turnover-multiple');
  });
  it('--stdin-filename without --stdin is a usage error', () => {
    expect(cli(['--stdin-filename', 'x.md', 'tenders/clean.md'], dir).code).toBe(2);
  });
});

describe('JSON that is not OCDS', () => {
  it('found by a directory walk: skipped with a note, the rest linted, the exit code unchanged', () => {
    const r = cli(['--format', 'json', 'tenders'], dir);
    const report = JSON.parse(r.stdout);
    const data = report.files.find((f: { path: string }) => f.path.endsWith('data.json'));
    expect(data.error).toBeNull();
    expect(data.skipped).toMatch(/not an OCDS/);
    expect(report.summary).toMatchObject({ files: 2, skipped: 1, failedFiles: 0 });
    expect(r.code).toBe(1); // the turnover error, not 2
    expect(cli(['tenders'], dir).stdout).toMatch(/1 file skipped/);
  });
  it('named on the command line: a file error (exit 2), the other files still linted', () => {
    const r = cli(['--format', 'json', 'tenders/data.json', 'tenders/clean.md'], dir);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files.find((f: { path: string }) => f.path.endsWith('data.json')).error.code).toBe('not-ocds');
    expect(report.files.find((f: { path: string }) => f.path.endsWith('clean.md')).error).toBeNull();
  });
});

describe('--explain is rendered for a terminal', () => {
  it('plain text: no HTML comments, tags or Markdown link syntax', () => {
    const r = cli(['--explain', 'turnover-multiple'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('turnover-multiple\n=================');
    expect(r.stdout).not.toMatch(/<!--|<sub>|<\/sub>|\]\(http/);
    expect(r.stdout).toContain('https://www.legislation.gov.uk/');
  });
  it('explains the suppression checks that --list-rules lists', () => {
    const listed = cli(['--list-rules'], dir).stdout;
    expect(listed).toContain('unused-suppression');
    const r = cli(['--explain', 'unused-suppression'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('suppresses no finding');
  });
  it('an unknown id is exit 2', () => {
    expect(cli(['--explain', 'no-such-rule'], dir).code).toBe(2);
  });
});

describe('--init', () => {
  it('writes a starter config with the $schema line, which then lints, and never overwrites', () => {
    const d = tempDir({ 'a.md': CLEAN_TENDER });
    try {
      expect(cli(['--init'], d).code).toBe(0);
      const config = JSON.parse(readFileSync(join(d, 'tenderlint.config.json'), 'utf8'));
      expect(config.$schema).toMatch(/schema\/tenderlint\.config\.schema\.json$/);
      expect(existsSync(join(ROOT, 'schema/tenderlint.config.schema.json'))).toBe(true);
      expect(cli(['a.md'], d).code).toBe(0);
      const again = cli(['--init'], d);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('already exists');
    } finally {
      cleanup(d);
    }
  });
});

describe('one option table for the parser, --help and docs/cli.md', () => {
  const help = helpText();
  const source = readFileSync(join(ROOT, 'linter/node/cli.ts'), 'utf8');
  it.each(CLI_OPTIONS.map((o) => o.name))('--%s is in --help, in docs/cli.md and read by the CLI', (name) => {
    expect(help).toContain(`--${name}`);
    const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    expect(doc).toContain(`\`--${name}`);
    // Parsed but never read would be a flag that silently does nothing.
    const read =
      source.includes(`v.${name.replace(/-(\w)/g, (_, c: string) => c)}`) ||
      source.includes(`v['${name}']`) ||
      source.includes(`v.${name}`);
    expect(read, `linter/node/cli.ts never reads --${name}`).toBe(true);
  });
  it('docs/cli.md carries the generated option tables between its markers', () => {
    const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    const start = doc.indexOf('<!-- options:start -->');
    const end = doc.indexOf('<!-- options:end -->');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    expect(doc.slice(start + '<!-- options:start -->'.length, end).trim()).toBe(optionsMarkdown().trim());
  });
  it('--help mentions the report command', () => {
    expect(cli(['--help'], dir).stdout).toContain('tenderlint report');
  });
});

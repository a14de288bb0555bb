// The broken-file corpus (scripts/make-broken.mjs) through the built CLI: every bad file gets its own
// clear error, the files that can be read are read as what they are, the good tender beside them keeps
// its findings, and the run exits 2 without a stack trace.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, cli, cliJson } from '../helpers/cli.js';
import type { FileResult } from '../../linter/core/model/report.js';

/** Mode 0200 on Linux: nobody, root included, may read it. */
const UNREADABLE_FOR_ROOT = '/proc/sys/vm/compact_memory';

const BROKEN = join(ROOT, 'fixtures/broken');
const GOOD = 'fixtures/tenders/icb-office-cleaning-dspt.md';
type Expect = { code: string; message: string } | { format: string; rule: string; message?: string };
const expected = JSON.parse(readFileSync(join(BROKEN, 'broken.expected.json'), 'utf8')) as Record<string, Expect>;
const name = (f: FileResult) => f.path.split('/').pop()!;
// Named one by one: .tenderlintignore keeps the corpus out of directory walks.
const CORPUS_FILES = Object.keys(expected).map((n) => `fixtures/broken/${n}`);

describe('the broken-file corpus with a good tender among it', () => {
  let run: Awaited<ReturnType<typeof cliJson>>;
  let alone: Awaited<ReturnType<typeof cliJson>>;
  beforeAll(async () => {
    [run, alone] = await Promise.all([cliJson([...CORPUS_FILES, GOOD]), cliJson([GOOD])]);
  });

  it('lists every corpus file and the good tender, and exits 2', () => {
    expect(run.code).toBe(2);
    const names = run.report.files.map(name);
    for (const n of Object.keys(expected)) expect(names).toContain(n);
    expect(run.report.files.some((f) => f.path === GOOD)).toBe(true);
  });

  it.each(Object.entries(expected))('%s', (file, want) => {
    const entries = run.report.files.filter((f) => name(f) === file);
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    if ('code' in want) {
      expect(entry.error, `${file} should fail`).not.toBeNull();
      expect(entry.error!.code).toBe(want.code);
      expect(entry.error!.message).toContain(want.message);
      expect(entry.findings).toEqual([]);
    } else {
      expect(entry.error, `${file}: ${entry.error?.message}`).toBeNull();
      expect(entry.format).toBe(want.format);
      const hit = entry.findings.filter((f) => f.ruleId === want.rule);
      expect(hit.length, `${file} should have a ${want.rule} finding`).toBeGreaterThan(0);
      if (want.message) expect(hit.map((f) => f.message).join('\n')).toContain(want.message);
    }
  });

  it('keeps the good tender’s findings exactly as when it is linted alone', () => {
    const inBatch = run.report.files.find((f) => f.path === GOOD)!;
    const solo = alone.report.files[0]!;
    expect(solo.findings.length).toBeGreaterThan(0);
    expect(inBatch.findings).toEqual(solo.findings);
    expect(inBatch.error).toBeNull();
  });

  it('counts the failed files in the summary', () => {
    const failing = Object.values(expected).filter((e) => 'code' in e).length;
    expect(run.report.summary.failedFiles).toBe(failing);
  });

  it('prints no stack trace, and the stylish summary says files could not be read', async () => {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const stylish = await cli([...CORPUS_FILES, GOOD]);
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toMatch(
      new RegExp(`${Object.values(expected).filter((e) => 'code' in e).length} files could not be read`),
    );
    expect(stylish.stdout).toContain('fixtures/broken/zip-bomb.docx');
    expect(stylish.stdout + stylish.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('directory entries that cannot be read', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenderlint-hostile-'));
    chmodSync(dir, 0o755);
    copyFileSync(join(ROOT, GOOD), join(dir, 'good.md'));
    execFileSyncQuiet('mkfifo', [join(dir, 'pipe.md')]);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
    symlinkSync(join(dir, 'loop.md'), join(dir, 'loop.md'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'again'));
    writeFileSync(join(dir, 'locked.md'), '# Locked\n\nThe total contract value is £40,000.\n');
    chmodSync(join(dir, 'locked.md'), 0o000);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a FIFO, a dangling symlink and a symlink loop named on the command line, and lints the rest', async () => {
    const { code, report } = await cliJson([
      join(dir, 'pipe.md'),
      join(dir, 'dangling.md'),
      join(dir, 'loop.md'),
      join(dir, 'good.md'),
    ]);
    expect(code).toBe(2);
    const by = Object.fromEntries(report.files.map((f) => [name(f), f]));
    expect(by['pipe.md']!.error).toMatchObject({ code: 'not-a-file' });
    expect(by['pipe.md']!.error!.message).toContain('named pipe');
    expect(by['dangling.md']!.error).toMatchObject({ code: 'broken-symlink' });
    expect(by['dangling.md']!.error!.message).toContain('nowhere.md');
    expect(by['loop.md']!.error).toMatchObject({ code: 'symlink-loop' });
    expect(by['good.md']!.error).toBeNull();
    expect(by['good.md']!.findings.length).toBeGreaterThan(0);
  });

  it('walks a directory with symlink loops and a FIFO in it without hanging or reading them', async () => {
    const { report } = await cliJson([dir]);
    const names = report.files.map(name).sort();
    // Symlinks are not followed in a directory walk, and a FIFO is not a file: neither is listed.
    expect(names).toContain('good.md');
    expect(names).not.toContain('pipe.md');
    expect(names).not.toContain('loop.md');
    expect(report.files.find((f) => name(f) === 'good.md')!.findings.length).toBeGreaterThan(0);
    // A glob follows symlinks, so it meets the loops (sub/up -> .., sub/again -> sub): it must still end.
    const glob = await cliJson(['**/*.md'], dir);
    expect(glob.report.files.some((f) => name(f) === 'good.md')).toBe(true);
  });

  it.each([
    ['one lane', []],
    ['two lanes, where the lane reads the file', ['--threads', '2']],
  ])('reports a file this user may not read, and lints the rest (%s)', async (_, threads) => {
    // chmod cannot lock root out, and CI runs as root; a write-only /proc file refuses root too, and
    // switching to another uid would depend on where CI puts the clone.
    const locked = process.getuid?.() === 0 ? UNREADABLE_FOR_ROOT : join(dir, 'locked.md');
    const r = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [BIN, ...threads, '--format', 'json', locked, join(dir, 'good.md')],
        { cwd: ROOT },
        (err, stdout) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout }),
      );
    });
    expect(r.code).toBe(2);
    const files = (JSON.parse(r.stdout) as { files: FileResult[] }).files;
    const bad = files.find((f) => f.error)!;
    expect(bad.error).toMatchObject({ code: 'EACCES' });
    expect(bad.error!.message).toContain('permission denied');
    expect(files.find((f) => name(f) === 'good.md')!.findings.length).toBeGreaterThan(0);
  });
});

describe('limits', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenderlint-limits-'));
    // micromark takes minutes on this (800 KB of "[a]("): the time limit must stop it.
    writeFileSync(join(dir, 'slow.md'), '[a]('.repeat(200_000));
    // 100,000 table rows need well over 64 MB of syntax tree.
    writeFileSync(join(dir, 'big-table.md'), '| a | b |\n|---|---|\n' + '| £5 | 3 years |\n'.repeat(100_000));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over --max-file-size before reading it', async () => {
    const { code, report } = await cliJson([
      '--max-file-size',
      '10k',
      'fixtures/tenders/icb-office-cleaning-dspt.pdf',
      GOOD,
    ]);
    expect(code).toBe(2);
    const pdf = report.files.find((f) => f.path.endsWith('.pdf'))!;
    expect(pdf.error).toMatchObject({ code: 'file-too-large' });
    expect(pdf.error!.message).toContain('10 KB');
    expect(report.files.find((f) => f.path === GOOD)!.findings.length).toBeGreaterThan(0);
  });

  it('refuses a DOCX that inflates past --max-docx-uncompressed', async () => {
    const { report } = await cliJson([
      '--max-docx-uncompressed',
      '4k',
      'fixtures/tenders/icb-office-cleaning-dspt.docx',
    ]);
    expect(report.files[0]!.error).toMatchObject({ code: 'docx-too-large' });
    expect(report.files[0]!.error!.message).toContain('--max-docx-uncompressed');
  });

  it('refuses a PDF with more pages than --max-pages', async () => {
    const { report } = await cliJson(['--max-pages', '1', 'fixtures/tenders/icb-office-cleaning-dspt.pdf']);
    expect(report.files[0]!.error).toMatchObject({ code: 'too-many-pages' });
  });

  // slow.md runs for minutes (over 100 s measured); 10 s leaves room for a fine file's child to start and
  // lint on a loaded machine, where 2 s timed the fine files out too.
  it('stops a file that takes longer than --timeout and goes on with the next', async () => {
    const { code, report } = await cliJson(['--timeout', '10', join(dir, 'slow.md'), join(ROOT, GOOD)]);
    expect(code).toBe(2);
    expect(report.files.find((f) => name(f) === 'slow.md')!.error).toMatchObject({ code: 'timeout' });
    expect(report.files.find((f) => name(f) !== 'slow.md')!.findings.length).toBeGreaterThan(0);
  });

  it('stops a file that needs more memory than --max-memory and goes on with the next', async () => {
    const { code, report } = await cliJson(['--max-memory', '128', join(dir, 'big-table.md'), join(ROOT, GOOD)]);
    expect(code).toBe(2);
    expect(report.files.find((f) => name(f) === 'big-table.md')!.error).toMatchObject({ code: 'out-of-memory' });
    expect(report.files.find((f) => name(f) !== 'big-table.md')!.findings.length).toBeGreaterThan(0);
  });

  // Two lanes with two files in flight each: 3-a.md waits behind the stopped file in one child (and
  // 3-c.md behind 2-fine.md in the other); the waiting file must still be linted, by a new child.
  async function lanesAround(stopped: string, args: string[]) {
    const lanes = mkdtempSync(join(dir, 'lanes-'));
    copyFileSync(join(dir, stopped), join(lanes, `1-${stopped}`));
    for (const n of ['2-fine', '3-a', '3-c', '3-d']) copyFileSync(join(ROOT, GOOD), join(lanes, `${n}.md`));
    const { code, report } = await cliJson(['--threads', '2', ...args, lanes]);
    expect(code).toBe(2);
    const alone = (await cliJson([GOOD])).report.files[0]!;
    const good = report.files.filter((f) => !name(f).startsWith('1-'));
    expect(good).toHaveLength(4);
    for (const f of good) {
      expect(f.error, name(f)).toBeNull();
      expect(
        f.findings.map((x) => x.ruleId),
        name(f),
      ).toEqual(alone.findings.map((x) => x.ruleId));
    }
    return report.files.find((f) => name(f).startsWith('1-'))!;
  }

  it('in a parallel run, sends the files queued behind a file out of memory to a new parser process', async () => {
    expect((await lanesAround('big-table.md', ['--max-memory', '128'])).error).toMatchObject({ code: 'out-of-memory' });
  });

  it('in a parallel run, sends the files queued behind a timed-out file to a new parser process', async () => {
    expect((await lanesAround('slow.md', ['--timeout', '10'])).error).toMatchObject({ code: 'timeout' });
  });

  it('rejects a limit flag that is not a size', async () => {
    const r = await cli(['--max-file-size', 'lots', GOOD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-file-size takes a size');
  });
});

function execFileSyncQuiet(cmd: string, args: string[]): void {
  // mkfifo is in coreutils on every Debian machine.
  execFileSync(cmd, args, { stdio: 'ignore' });
}

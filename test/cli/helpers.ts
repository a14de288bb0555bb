import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'fixtures/tenders');
const NODE = join(ROOT, 'node_modules/.bin/node');
const BIN = join(ROOT, 'bin/tenderlint.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first) on Node 24 in `cwd`. */
export function cli(args: string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 240_000): CliResult {
  const r = spawnSync(NODE, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory with the given files (text, or a fixture path to copy with `copy:`). */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if (content.startsWith('copy:')) cpSync(join(FIXTURES, content.slice(5)), path);
    else writeFileSync(path, content);
  }
  return dir;
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A small Markdown tender with one turnover finding (error) on the line of the turnover sentence. */
export const TURNOVER_TENDER = `# Community transport

The estimated total value of the contract is £150,000 over one year.

Bidders must have a minimum annual turnover of £1,000,000.
`;

/** A tender with nothing to flag. */
export const CLEAN_TENDER = `# Grounds maintenance

The estimated total value of the contract is £40,000 over one year.

Bidders must have a minimum annual turnover of £60,000.
`;

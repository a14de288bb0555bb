import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../linter/core/model/report.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/tenderlint.js', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

/** Every DOCX we have: the fixtures and the real corpus, for tests that must hold on all of them. */
export function everyDocx(): string[] {
  const tenders = join(ROOT, 'fixtures/tenders');
  return [
    ...readdirSync(tenders)
      .filter((f) => f.endsWith('.docx'))
      .map((f) => join(tenders, f)),
    ...readdirSync(CORPUS)
      .filter((f) => f.endsWith('.docx'))
      .map((f) => join(CORPUS, f)),
  ];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first) as a user would. */
export function cli(args: string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export async function cliJson(args: string[], cwd = ROOT): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await cli(['--format', 'json', ...args], cwd);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

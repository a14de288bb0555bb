import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ROOT } from '../helpers/cli.js';

// Firefox Add-ons reviewers get a zip of the sources to rebuild the extension from. It must hold
// what the build needs and none of the repository's tests, their screenshots, build output or a
// file someone left lying about.
const SENTINEL = join(ROOT, 'rules/zz-untracked-sentinel.txt');
let sources: string[];
let buildLog: string;
let manifest: { browser_specific_settings?: { gecko?: Record<string, unknown> }; icons?: Record<string, string> };

beforeAll(async () => {
  writeFileSync(SENTINEL, 'not in git');
  try {
    const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['zip', '-b', 'firefox', '--mv3'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`wxt zip failed:\n${build.stdout}${build.stderr}`);
    buildLog = build.stdout + build.stderr;
  } finally {
    rmSync(SENTINEL, { force: true });
  }
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const zip = await JSZip.loadAsync(readFileSync(join(ROOT, `.output/tenderlint-${version}-sources.zip`)));
  sources = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
  const ext = await JSZip.loadAsync(readFileSync(join(ROOT, `.output/tenderlint-${version}-firefox.zip`)));
  manifest = JSON.parse(await ext.file('manifest.json')!.async('string'));
}, 180_000);
afterAll(() => rmSync(SENTINEL, { force: true }));

describe('the Firefox sources zip', () => {
  it('holds the extension, the linter and rules it bundles, and the build files', () => {
    for (const f of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'linter/core/lint.ts',
      'rules/index.ts',
    ])
      expect(sources).toContain(f);
    expect(sources.some((f) => f.startsWith('extension/entrypoints/'))).toBe(true);
  });
  it('leaves out tests, test output, build output, fixtures, docs, scripts and untracked files', () => {
    expect(
      sources.filter((f) =>
        /^(test|test-output|dist|\.output|fixtures|docs|scripts|bench-output|node_modules)\//.test(f),
      ),
    ).toEqual([]);
    expect(sources).not.toContain('rules/zz-untracked-sentinel.txt');
  });
  // Rollup prints "(!)" before each warning. A build that always warns teaches people to skip them;
  // this one had a chunk that could not split (pdf.ts) and twelve lines of zod annotations.
  it('builds without a Rollup warning', () => {
    expect(buildLog.split('\n').filter((l) => l.includes('(!)'))).toEqual([]);
  });
  it('the Firefox manifest declares that it collects no data', () => {
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

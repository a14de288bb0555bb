import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, cleanup, tempDir } from './helpers.js';

/**
 * The GitHub Action's own shell steps, run here as the runner would run them, with `npx` answered by
 * this checkout's CLI (the Action installs tenderlint from npm, which a test cannot). What is left to
 * GitHub is setup-node and the SARIF upload.
 */
interface Step {
  id?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } };
const steps = action.runs.steps;
const lintStep = steps.find((s) => s.id === 'lint')!;
const gateStep = steps.filter((s) => s.run).at(-1)!;

let dir: string;
let shims: string;
beforeAll(() => {
  dir = tempDir({ 'tenders/cleaning.md': 'copy:icb-office-cleaning-dspt.md', 'tenders/clean.md': '# Grounds maintenance\n\nA plain notice with nothing to flag.\n' });
  shims = join(dir, '.shims');
  mkdirSync(shims);
  // npx --yes tenderlint@VERSION ARGS... -> this checkout's CLI with ARGS, noting the package asked for.
  writeFileSync(
    join(shims, 'npx'),
    `#!/bin/bash\n[ "$1" = "--yes" ] && shift\necho "$1" >> "${join(dir, 'npx-packages.txt')}"\nshift\nexec "${join(ROOT, 'node_modules/.bin/node')}" "${join(ROOT, 'bin/tenderlint.js')}" "$@"\n`,
  );
  chmodSync(join(shims, 'npx'), 0o755);
});
afterAll(() => cleanup(dir));

/** Runs a step's script with bash, its env filled from the inputs as GitHub would (the Action's defaults, then `inputs`). */
function runStep(step: Step, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...inputs };
  const env: Record<string, string> = {};
  for (const [k, expr] of Object.entries(step.env ?? {})) {
    env[k] = expr.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
  }
  const output = join(dir, `github-output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  // As GitHub runs `shell: bash`: bash --noprofile --norc -eo pipefail {0}.
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env, ...extraEnv, NO_COLOR: '1', PATH: `${shims}:${process.env.PATH}`, GITHUB_OUTPUT: output, RUNNER_TEMP: join(dir, '.runner-temp') },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs: readFileSync(output, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action whose scripts take inputs only through env (no ${{ }} in a script, so no script injection)', () => {
    expect(action.runs.using).toBe('composite');
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toContain('${{');
    expect(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });

  it('lints the paths, writes SARIF, prints annotations and sets exit-code without failing the step', () => {
    mkdirSync(join(dir, '.runner-temp'), { recursive: true });
    const r = runStep(lintStep, { paths: 'tenders', version: '0.1.0' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toContain('exit-code=1');
    expect(readFileSync(join(dir, 'npx-packages.txt'), 'utf8').trim().split('\n')).toEqual(['tenderlint@0.1.0', 'tenderlint@0.1.0']);
    const sarif = JSON.parse(readFileSync(join(dir, 'tenderlint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const uris = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    expect(new Set(uris)).toEqual(new Set(['tenders/cleaning.md']));
    // The annotations come from the cache the first command filled.
    expect(r.stdout).toMatch(/^::error file=tenders\/cleaning\.md,line=\d+,col=\d+,(endLine=\d+,endColumn=\d+,)?title=[a-z-]+::/m);
    expect(existsSync(join(dir, '.runner-temp/tenderlint-cache'))).toBe(true);
  });

  it('reports a clean run as exit-code 0, and a usage error as 2', () => {
    expect(runStep(lintStep, { paths: 'tenders/clean.md', 'sarif-file': 'clean.sarif' }).outputs).toContain('exit-code=0');
    expect(runStep(lintStep, { paths: 'tenders', args: '--max-warnings lots', 'sarif-file': 'bad.sarif' }).outputs).toContain('exit-code=2');
  });

  it('fails the job on findings unless fail-on-findings is false, and always on exit 2', () => {
    const gate = (code: string, fail: string) => runStep(gateStep, {}, { TL_CODE: code, TL_FAIL: fail }).code;
    expect(gate('0', 'true')).toBe(0);
    expect(gate('1', 'true')).toBe(1);
    expect(gate('1', 'false')).toBe(0);
    expect(gate('2', 'false')).toBe(2);
  });
});

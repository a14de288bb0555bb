import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cleanup, tempDir, ROOT, TURNOVER_TENDER } from './helpers.js';
import { schemaFiles } from '../../linter/core/config-schema.js';
import { PRESETS } from '../../linter/core/presets.js';
import { rules } from '../../rules/index.js';
import { SUPPRESSION_IDS } from '../../linter/core/suppress.js';
import { compileGlob } from '../../linter/node/ignore.js';

const WARNING_TENDER = `# Cleaning

The estimated total value of the contract is £150,000 over one year.

Bidders must hold unrestricted reserves equal to at least three months of their operating costs.
`;

type Report = {
  files: Array<{
    path: string;
    facts: { regime: { id: string; source: string } };
    findings: Array<{ ruleId: string; severity: string }>;
  }>;
};
const json = (dir: string, ...args: string[]) => JSON.parse(cli(['-f', 'json', ...args], dir).stdout) as Report;
const findingsOf = (r: Report, path: string) =>
  r.files.find((f) => f.path === path)!.findings.map((f) => `${f.ruleId}:${f.severity}`);

let dir: string;
beforeAll(() => {
  dir = tempDir({
    'root.md': WARNING_TENDER,
    // Nearest config upward from each file: sub/ has its own.
    'tenderlint.config.json': JSON.stringify({ rules: { 'reserves-requirement': 'error' } }),
    'sub/a.md': WARNING_TENDER,
    'sub/tenderlint.config.json': JSON.stringify({ extends: 'tenderlint:strict' }),
    // A package.json "tenderlint" key counts as a config.
    'pkg/package.json': JSON.stringify({ name: 'x', tenderlint: { rules: { 'reserves-requirement': 'off' } } }),
    'pkg/a.md': WARNING_TENDER,
    // A package.json without the key does not stop the search.
    'plainpkg/package.json': JSON.stringify({ name: 'y' }),
    'plainpkg/a.md': WARNING_TENDER,
    'psr/tenderlint.config.json': JSON.stringify({ extends: ['tenderlint:recommended', 'tenderlint:psr'] }),
    'psr/a.md': TURNOVER_TENDER,
    'ovr/tenderlint.config.json': JSON.stringify({
      rules: { 'reserves-requirement': 'warning' },
      overrides: [
        { files: ['drafts/**'], rules: { 'reserves-requirement': 'off' } },
        { files: ['*.health.md'], facts: { regime: 'psr' }, rules: { 'reserves-requirement': 'info' } },
      ],
    }),
    'ovr/a.md': WARNING_TENDER,
    'ovr/drafts/b.md': WARNING_TENDER,
    'ovr/deep/c.health.md': WARNING_TENDER,
    'chain/base.json': JSON.stringify({ extends: 'tenderlint:strict', rules: { 'reserves-requirement': 'info' } }),
    'chain/tenderlint.config.json': JSON.stringify({ extends: './base.json' }),
    'chain/a.md': WARNING_TENDER,
    'badpreset/tenderlint.config.json': JSON.stringify({ extends: 'tenderlint:lenient' }),
    'badpreset/a.md': WARNING_TENDER,
    'badkey/tenderlint.config.json': JSON.stringify({ overrides: [{ files: ['*.md'], rulez: {} }] }),
    'badkey/a.md': WARNING_TENDER,
    'loop/tenderlint.config.json': JSON.stringify({ extends: './other.json' }),
    'loop/other.json': JSON.stringify({ extends: './tenderlint.config.json' }),
    'loop/a.md': WARNING_TENDER,
  });
});
afterAll(() => cleanup(dir));

describe('config discovery', () => {
  it('uses the nearest config upward from each linted file', () => {
    const r = json(dir, 'root.md', 'sub/a.md', 'pkg/a.md', 'plainpkg/a.md');
    expect(findingsOf(r, 'root.md')).toEqual(['reserves-requirement:error']);
    expect(findingsOf(r, 'sub/a.md')).toEqual(['reserves-requirement:error']);
    expect(findingsOf(r, 'pkg/a.md')).toEqual([]);
    expect(findingsOf(r, 'plainpkg/a.md')).toEqual(['reserves-requirement:error']);
  });

  it('--config applies one file to everything; --no-config ignores them', () => {
    expect(findingsOf(json(dir, '--config', 'pkg/package.json', 'root.md'), 'root.md')).toEqual([]);
    expect(findingsOf(json(dir, '--no-config', 'root.md'), 'root.md')).toEqual(['reserves-requirement:warning']);
  });
});

describe('presets', () => {
  it('tenderlint:strict raises warnings to errors', () => {
    const r = json(dir, 'sub/a.md');
    expect(findingsOf(r, 'sub/a.md')).toEqual(['reserves-requirement:error']);
    expect(cli(['sub/a.md'], dir).code).toBe(1);
  });

  it('tenderlint:psr states the regime', () => {
    const r = json(dir, 'psr/a.md', 'root.md');
    expect(r.files.find((f) => f.path === 'psr/a.md')!.facts.regime.id).toBe('psr');
    expect(r.files.find((f) => f.path === 'root.md')!.facts.regime.id).not.toBe('psr');
    expect(findingsOf(r, 'psr/a.md')).toContain('turnover-multiple:error');
  });

  it('extends a relative config file, and a later setting wins', () => {
    expect(findingsOf(json(dir, 'chain/a.md'), 'chain/a.md')).toEqual(['reserves-requirement:info']);
  });

  it('every preset names only rules that exist', () => {
    const known = new Set([...rules.map((r) => r.meta.id), ...SUPPRESSION_IDS]);
    for (const [name, preset] of Object.entries(PRESETS)) {
      for (const id of Object.keys(preset().rules ?? {})) expect(known.has(id), `${name}: ${id}`).toBe(true);
    }
  });
});

describe('overrides', () => {
  it('apply per glob, relative to the config file; a glob without a slash matches at any depth', () => {
    const r = json(dir, 'ovr');
    expect(findingsOf(r, 'ovr/a.md')).toEqual(['reserves-requirement:warning']);
    expect(findingsOf(r, 'ovr/drafts/b.md')).toEqual([]);
    expect(findingsOf(r, 'ovr/deep/c.health.md')).toEqual(['reserves-requirement:info']);
    expect(r.files.find((f) => f.path === 'ovr/deep/c.health.md')!.facts.regime.id).toBe('psr');
  });

  it('globs match as documented', () => {
    expect(compileGlob('drafts/**')('drafts/x/y.md')).toBe(true);
    expect(compileGlob('drafts/**')('other/drafts/y.md')).toBe(false);
    expect(compileGlob('*.pdf')('a/b/c.pdf')).toBe(true);
    expect(compileGlob('lots/*.{md,pdf}')('lots/one.pdf')).toBe(true);
    expect(compileGlob('lots/*.{md,pdf}')('lots/x/one.pdf')).toBe(false);
    expect(compileGlob('**/itt-?.md')('x/itt-1.md')).toBe(true);
  });
});

describe('config errors', () => {
  it('an unknown preset names the presets there are', () => {
    const r = cli(['badpreset/a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'extends: no preset "tenderlint:lenient" (tenderlint:recommended, tenderlint:psr, tenderlint:strict)',
    );
  });
  it('an unknown key names where it is', () => {
    const r = cli(['badkey/a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('overrides.0: unknown key "rulez"');
  });
  it('an extends loop is reported, not followed forever', () => {
    const r = cli(['loop/a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('extends itself');
  });
});

describe('published JSON schemas', () => {
  it('schema/ matches what the zod schemas generate (run `npm run schema` when this fails)', () => {
    for (const [name, text] of Object.entries(schemaFiles())) {
      expect(readFileSync(join(ROOT, 'schema', name), 'utf8'), `schema/${name} is stale: run npm run schema`).toBe(
        text,
      );
    }
  });

  it('the config schema knows every rule and its options', () => {
    const schema = JSON.parse(schemaFiles()['tenderlint.config.schema.json']!);
    const ruleProps = schema.properties.rules.properties;
    for (const r of rules) expect(ruleProps[r.meta.id], r.meta.id).toBeDefined();
    expect(JSON.stringify(ruleProps['turnover-multiple'])).toContain('maxMultiple');
    expect(schema.properties.extends).toBeDefined();
    expect(schema.properties.overrides).toBeDefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { cli, cleanup, tempDir, ROOT, TURNOVER_TENDER, CLEAN_TENDER } from './helpers.js';
import { escapeData, escapeProperty } from '../../linter/report/github.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const sarifSchema = JSON.parse(readFileSync(join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8'));
const reportSchema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));

function validator(schema: object) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

let dir: string;
beforeAll(() => {
  dir = tempDir({
    'turnover.md': TURNOVER_TENDER,
    'clean.md': CLEAN_TENDER,
    'docs/tender.docx': 'copy:council-community-transport-pqq.docx',
    'docs/tender.pdf': 'copy:council-community-transport-pqq.pdf',
    'with space.md': TURNOVER_TENDER,
  });
});
afterAll(() => cleanup(dir));

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with rules, levels and regions', () => {
    const r = cli(['-f', 'sarif', '.'], dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = validator(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('tenderlint');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toContain('turnover-multiple');
    expect(ids).toContain('unused-suppression');
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'turnover-multiple');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(rule.helpUri).toMatch(/^https:\/\/.*turnover-multiple\.md$/);
    expect(rule.shortDescription.text.length).toBeGreaterThan(10);

    const md = run.results.find(
      (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        x.locations[0]!.physicalLocation.artifactLocation.uri === 'turnover.md',
    );
    expect(md.ruleId).toBe('turnover-multiple');
    expect(md.level).toBe('error');
    expect(ids[md.ruleIndex]).toBe('turnover-multiple');
    expect(md.locations[0].physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 1 });

    // A space in a path is percent-encoded in the URI.
    expect(
      run.results.some(
        (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          x.locations[0]!.physicalLocation.artifactLocation.uri === 'with%20space.md',
      ),
    ).toBe(true);

    // PDF: the page is a property and starts the message; DOCX: the block.
    const pdf = run.results.filter(
      (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        x.locations[0]!.physicalLocation.artifactLocation.uri === 'docs/tender.pdf',
    );
    expect(pdf.length).toBeGreaterThan(0);
    for (const p of pdf) {
      expect(p.locations[0].properties.page).toBeGreaterThan(0);
      expect(p.message.text).toMatch(/^p\.\d+/);
      expect(p.locations[0].physicalLocation.region.startLine).toBe(1);
    }
    const docx = run.results.filter(
      (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        x.locations[0]!.physicalLocation.artifactLocation.uri === 'docs/tender.docx',
    );
    expect(docx.length).toBeGreaterThan(0);
    for (const d of docx) expect(d.locations[0].properties.block).toBeGreaterThan(0);
  });

  it('records a file that could not be read as a tool notification and still validates', () => {
    const r = cli(['-f', 'sarif', 'turnover.md', 'missing.md'], dir);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    const validate = validator(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(
      log.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri,
    ).toBe('missing.md');
  });

  it('the schema rejects a log with a bad level (the check can fail)', () => {
    const r = cli(['-f', 'sarif', 'turnover.md'], dir);
    const log = JSON.parse(r.stdout);
    log.runs[0].results[0].level = 'fatal';
    expect(validator(sarifSchema)(log)).toBe(false);
  });
});

describe('github', () => {
  it('prints one workflow command per finding with file, line, col and title', () => {
    const r = cli(['-f', 'github', 'turnover.md', 'clean.md'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::error file=turnover\.md,line=5,col=1,endLine=5,endColumn=\d+,title=turnover-multiple::Minimum turnover £1,000,000 is 6\.7 x/,
    );
  });

  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('50% of\r\nvalue')).toBe('50%25 of%0D%0Avalue');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
    const r = cli(['-f', 'github', 'docs/tender.pdf'], dir);
    // No file lines in a PDF: the page leads the message and there is no line= property.
    for (const line of r.stdout.trim().split('\n'))
      expect(line).toMatch(/^::(error|warning|notice) file=docs\/tender\.pdf,title=[a-z-]+::p\.\d+/);
  });
});

describe('junit', () => {
  it('writes a suite per file, a failure per error or warning and a passing case for a clean file', () => {
    const r = cli(['-f', 'junit', 'turnover.md', 'clean.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="tenderlint" tests="2" failures="1" errors="0">/,
    );
    expect(r.stdout).toContain('<testsuite name="turnover.md" tests="1" failures="1" errors="0">');
    expect(r.stdout).toContain('<testcase name="turnover-multiple at 5:1" classname="turnover.md">');
    expect(r.stdout).toContain('<failure type="error" message="Minimum turnover £1,000,000');
    expect(r.stdout).toContain('<testcase name="no problems" classname="clean.md"/>');
  });

  it('reports an unreadable file as an error case', () => {
    const r = cli(['-f', 'junit', 'missing.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('errors="1"');
    expect(r.stdout).toMatch(/<error type="ENOENT" message="no such file"\/>/);
  });
});

describe('json', () => {
  it('matches the published report schema', () => {
    const r = cli(['-f', 'json', '.'], dir);
    const report = JSON.parse(r.stdout);
    const validate = validator(reportSchema);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(report.version).toBe(1);
  });
});

describe('--output and --quiet', () => {
  it('--output writes the report to a file and prints nothing', () => {
    const r = cli(['-f', 'sarif', '--output', 'out/report.sarif', 'turnover.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8'));
    expect(log.runs[0].results[0].ruleId).toBe('turnover-multiple');
  });

  it('--quiet drops warnings and info findings', () => {
    const all = JSON.parse(cli(['-f', 'json', 'docs/tender.pdf'], dir).stdout);
    const quiet = JSON.parse(cli(['-f', 'json', '--quiet', 'docs/tender.pdf'], dir).stdout);
    const severities = (rep: { files: Array<{ findings: Array<{ severity: string }> }> }) =>
      rep.files.flatMap((f) => f.findings.map((x) => x.severity));
    expect(severities(all).some((s) => s !== 'error')).toBe(true);
    expect(severities(quiet).every((s) => s === 'error')).toBe(true);
    expect(severities(quiet)).toHaveLength(severities(all).filter((s) => s === 'error').length);
    expect(quiet.summary.warnings).toBe(0);
  });
});

describe('--show-facts', () => {
  it('prints a line per file with the facts read, even when a file has no findings', () => {
    const dir = tempDir({
      'clean.md':
        '# Wexley Borough Council\n\nWexley Borough Council invites tenders. The estimated value of the contract is £240,000 excluding VAT over three years. The closing date for tenders is 30 March 2026.\n',
    });
    try {
      const r = cli(['--show-facts', '--no-config', 'clean.md'], dir);
      expect(r.stdout).toContain('facts: value £240,000 total excl. VAT (£80,000 a year) · term 3 years');
      expect(r.stdout).toContain('deadline 2026-03-30');
      expect(r.stdout).toContain('buyer Wexley Borough Council (local-authority)');
      expect(cli(['--no-config', 'clean.md'], dir).stdout).not.toContain('facts:');
    } finally {
      cleanup(dir);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cleanup, tempDir } from './helpers.js';
import { parseDirective } from '../../linter/core/suppress.js';

const VALUE = 'The estimated total value of the contract is £150,000 over one year.';
const TURNOVER = 'Bidders must have a minimum annual turnover of £1,000,000.';

function md(...lines: string[]): string {
  return ['# Tender', '', VALUE, '', ...lines, ''].join('\n');
}

type Finding = { ruleId: string; severity: string; location: { line?: number }; message: string };
function lint(dir: string, file: string): { code: number; findings: Finding[]; summary: Record<string, number> } {
  const r = cli(['-f', 'json', file], dir);
  const report = JSON.parse(r.stdout);
  return { code: r.code, findings: report.files[0].findings, summary: report.summary };
}

let dir: string;
beforeAll(() => {
  dir = tempDir({
    'reason.md': md(
      '<!-- tenderlint-disable-next-line turnover-multiple -- the funder requires this level of turnover -->',
      TURNOVER,
    ),
    'no-reason.md': md('<!-- tenderlint-disable-next-line turnover-multiple -->', TURNOVER),
    'unused.md': md('<!-- tenderlint-disable-next-line dspt-small-contract -- not needed -->', TURNOVER),
    'unknown.md': md('<!-- tenderlint-disable-next-line no-such-rule -- typo -->', TURNOVER),
    'range.md': md(
      '<!-- tenderlint-disable turnover-multiple, dspt-small-contract -- agreed by the board -->',
      TURNOVER,
      '',
      '<!-- tenderlint-enable turnover-multiple, dspt-small-contract -->',
      '',
      TURNOVER,
    ),
    'all.md': md('<!-- tenderlint-disable-next-line all -- accepted for this lot -->', TURNOVER),
    'wrapped.md': md(
      '<!-- tenderlint-disable-next-line turnover-multiple -- the passage below',
      'spans lines -->',
      'Bidders must have',
      'a minimum annual turnover of £1,000,000.',
    ),
    'page.html': `<!doctype html><html><body>\n<h1>Tender</h1>\n<p>${VALUE}</p>\n<!-- tenderlint-disable-next-line turnover-multiple -- board approved -->\n<p>${TURNOVER}</p>\n<p>${TURNOVER}</p>\n</body></html>\n`,
    'off.md': md('<!-- tenderlint-disable-next-line dspt-small-contract -- x -->', TURNOVER),
    'off/tenderlint.config.json': JSON.stringify({ rules: { 'unused-suppression': 'off' } }),
  });
});
afterAll(() => cleanup(dir));

describe('inline suppressions', () => {
  it('a disable-next-line with a reason suppresses the finding below it', () => {
    const r = lint(dir, 'reason.md');
    expect(r.findings).toEqual([]);
    expect(r.summary.suppressed).toBe(1);
    expect(r.code).toBe(0);
  });

  it('without a reason the comment is itself an error and suppresses nothing', () => {
    const r = lint(dir, 'no-reason.md');
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.line])).toEqual([
      ['suppression-missing-reason', 'error', 5],
      ['turnover-multiple', 'error', 6],
    ]);
    expect(r.code).toBe(1);
  });

  it('an unused suppression is reported as a warning', () => {
    const r = lint(dir, 'unused.md');
    const unused = r.findings.find((f) => f.ruleId === 'unused-suppression');
    expect(unused).toMatchObject({ severity: 'warning', location: { line: 5 } });
    expect(unused!.message).toContain('dspt-small-contract');
    expect(r.findings.some((f) => f.ruleId === 'turnover-multiple')).toBe(true);
  });

  it('a suppression naming no rule is reported', () => {
    const r = lint(dir, 'unknown.md');
    expect(r.findings.find((f) => f.ruleId === 'unused-suppression')!.message).toContain(
      'names no rule "no-such-rule"',
    );
  });

  it('disable / enable ranges cover the lines between them only; each unused id is reported', () => {
    const r = lint(dir, 'range.md');
    expect(r.findings.filter((f) => f.ruleId === 'turnover-multiple').map((f) => f.location.line)).toEqual([10]);
    expect(r.findings.filter((f) => f.ruleId === 'unused-suppression').map((f) => f.message)).toEqual([
      expect.stringContaining('dspt-small-contract'),
    ]);
    expect(r.summary.suppressed).toBe(1);
  });

  it('"all" suppresses every rule on the next passage', () => {
    expect(lint(dir, 'all.md').findings).toEqual([]);
  });

  it('a comment over several lines applies to the passage after its end', () => {
    const r = lint(dir, 'wrapped.md');
    expect(r.findings).toEqual([]);
  });

  it('works in HTML comments too', () => {
    const r = lint(dir, 'page.html');
    expect(r.findings.filter((f) => f.ruleId === 'turnover-multiple').map((f) => f.location.line)).toEqual([6]);
    expect(r.summary.suppressed).toBe(1);
  });

  it('unused-suppression can be turned off like a rule', () => {
    const r = cli(['-f', 'json', '--rule', 'unused-suppression=off', 'unused.md'], dir);
    expect(JSON.parse(r.stdout).files[0].findings.some((f: Finding) => f.ruleId === 'unused-suppression')).toBe(false);
  });
});

describe('parseDirective', () => {
  const c = (text: string) => ({ text, line: 1, column: 1, endLine: 1 });
  it('reads kind, ids and reason', () => {
    expect(parseDirective(c(' tenderlint-disable-next-line a-rule, b-rule -- why -- really '))).toMatchObject({
      kind: 'disable-next-line',
      ids: ['a-rule', 'b-rule'],
      reason: 'why -- really',
    });
    expect(parseDirective(c(' tenderlint-disable a-rule '))).toMatchObject({ kind: 'disable', ids: ['a-rule'] });
    expect(parseDirective(c(' tenderlint-disable a-rule '))!.reason).toBeUndefined();
    expect(parseDirective(c(' tenderlint-enable '))).toMatchObject({ kind: 'enable', ids: ['all'] });
    expect(parseDirective(c(' just a comment '))).toBeUndefined();
    expect(parseDirective(c(' tenderlint-disabled x -- y '))).toBeUndefined();
  });
});

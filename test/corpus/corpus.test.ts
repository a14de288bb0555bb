import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliJson, CORPUS } from '../helpers/cli.js';
import type { Report } from '../../linter/core/model/report.js';

// Real published tender material (fixtures/corpus). Pins are findings checked by hand against
// test/corpus/labels.json; scripts/evaluate.mjs scores every rule against all the labels.
let report: Report;
let code: number;

beforeAll(async () => {
  ({ report, code } = await cliJson(['.'], CORPUS));
}, 180_000);

const of = (name: string) => report.files.filter((f) => f.path.split('#')[0] === name);
const findings = (name: string, ruleId: string) =>
  of(name).flatMap((f) => f.findings.filter((x) => x.ruleId === ruleId));

describe('the real corpus', () => {
  it('reads every file without an error', () => {
    const files = readdirSync(CORPUS).sort();
    expect(report.files.map((f) => f.path.split('#')[0]).sort()).toEqual(files);
    expect(report.files.filter((f) => f.error)).toEqual([]);
    expect(code).toBe(1);
  });

  it('NHS Lothian X-ray unit: GBP 400 000 on £200,000 over 720 days is 4 x the annual value', () => {
    const f = findings('pcs-nhs-lothian-sxr-unit-2019.json', 'turnover-multiple');
    expect(f).toHaveLength(2);
    expect(f[0]!.message).toContain(
      'Minimum turnover £400,000 is 4 x the annual value £100,000 (£200,000 over 2 years)',
    );
    expect(f[0]!.message).toContain('Against the total value £200,000 it is 2 x');
    expect(f[0]!.location.notice).toBe('ocds-r6ebe6-0000579568');
  });

  it('Heriot-Watt: 1 300,000 GBP on £650,000 over 3 + 2 years is 10 x the annual value', () => {
    const [f] = findings('pcs-heriot-watt-servers-2019.json', 'turnover-multiple');
    expect(f!.message).toContain(
      'Minimum turnover £1,300,000 is 10 x the annual value £130,000 (£650,000 over 5 years (3 + 2))',
    );
    expect(f!.excerpt).toContain('1 300,000 GBP');
  });

  it('NSS Frameworks Scotland 3: £650m in a single lot', () => {
    const [f] = findings('pcs-nss-frameworks-scotland-3-2019.json', 'unlotted-large-contract');
    expect(f!.message).toContain('£650,000,000 contract is let as a single lot');
    expect(f!.location.field).toBe('tender.lots');
  });

  it('Hywel Dda mental health: 14 days under the light touch regime is a warning', () => {
    const [f] = findings('s2w-hywel-dda-mental-health-2025.json', 'short-tender-period');
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('14 days from publication on 12 February 2025 to the deadline on 26 February 2025');
  });

  it('Bath and North East Somerset: a framework call-off is not judged by its one-minute window', () => {
    expect(findings('cf-bathnes-car-park-security-2025.json', 'short-tender-period')).toEqual([]);
    expect(of('cf-bathnes-car-park-security-2025.json')[0]!.facts!.regime.id).toBe('framework-call-off');
  });

  it('Swansea: a 0.01 GBP placeholder is no value', () => {
    const [file] = of('s2w-swansea-boiler-labour-only-2025.json');
    expect(file!.facts!.value).toBeUndefined();
    expect(
      file!.findings.filter((f) =>
        ['turnover-multiple', 'unlotted-large-contract', 'dspt-small-contract'].includes(f.ruleId),
      ),
    ).toEqual([]);
  });

  it('NHS Grampian taxis: "up to twice the estimated contract value" is not over 2 x', () => {
    expect(findings('pcs-nhs-grampian-taxi-2019.json', 'turnover-multiple')).toEqual([]);
  });

  it('Frameworks Scotland 3: the Community Benefits "toolkit" is not the DSPT', () => {
    expect(findings('pcs-nss-frameworks-scotland-3-2019.json', 'dspt-small-contract')).toEqual([]);
  });

  it('G-Cloud 15 how to tender: the timetable dates are read from the table', () => {
    const [file] = of('ccs-rm1557-15-gcloud15-how-to-tender.docx');
    expect(file!.facts!.published?.date).toBe('2025-10-23');
    expect(file!.facts!.clarificationDeadline).toMatchObject({ date: '2025-12-12', time: '15:00' });
    expect(file!.facts!.submissionDeadline).toMatchObject({ date: '2026-01-30', time: '15:00' });
    expect(findings('ccs-rm1557-15-gcloud15-how-to-tender.docx', 'short-tender-period')).toEqual([]);
  });

  it('18F request for quotation: two days to ask questions', () => {
    const [f] = findings('us-18f-gsa-rfq-fedramp-dashboard-2016.md', 'short-clarification-period');
    expect(f!.message).toContain('2 days from publication on 30 March 2016');
  });
});

import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOcds } from '../../linter/core/parse/ocds.js';
import { lintDocument } from '../../linter/core/lint.js';

// The real notices in fixtures/corpus (Contracts Finder, Public Contracts Scotland, Sell2Wales), read
// through the OCDS parser and linted with the default rules. Each expectation below was checked by
// reading the notice (and test/corpus/labels.json, where the hand labels and the issue disagree).
const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

function lintNotice(name: string) {
  const path = `${CORPUS}/${name}.json`;
  const docs = parseOcds(path, readFileSync(path, 'utf8'));
  expect(docs).toHaveLength(1);
  const doc = docs[0]!;
  return { doc, ...lintDocument(doc) };
}

const VALUE_RULES = [
  'turnover-multiple',
  'unlotted-large-contract',
  'dspt-small-contract',
  'insurance-level',
  'below-threshold-selection',
];

describe('real OCDS notices', () => {
  it('NHS National Services Scotland: a £650m framework in a single lot, no reasons (unlotted-large-contract)', () => {
    const { doc, facts, findings } = lintNotice('pcs-nss-frameworks-scotland-3-2019');
    expect(facts.value).toMatchObject({ amount: 650_000_000, source: 'ocds' });
    expect(facts.lots).toMatchObject({ divided: false, count: 1 });
    const lots = findings.filter((f) => f.ruleId === 'unlotted-large-contract');
    expect(lots).toHaveLength(1);
    expect(lots[0]!.severity).toBe('warning');
    expect(lots[0]!.message).toContain('£650,000,000');
    expect(lots[0]!.message).toContain('single lot');
    // The finding names the notice and quotes the field that triggered it.
    expect(lots[0]!.location).toMatchObject({ notice: 'ocds-r6ebe6-0000548866', field: 'tender.lots' });
    expect(lots[0]!.excerpt).toBe('Lots: 1 (a single lot)');
    expect(doc.notice).toMatchObject({
      id: 'ocds-r6ebe6-0000548866',
      url: 'https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=APR350379',
    });
    // "Community Benefits toolkit" is not the NHS DSPT.
    expect(findings.map((f) => f.ruleId)).not.toContain('dspt-small-contract');
  });

  it('Hywel Dda mental health: 14 days under the light touch regime is a short-tender-period warning, not an error', () => {
    const { facts, findings } = lintNotice('s2w-hywel-dda-mental-health-2025');
    expect(facts.regime.id).toBe('light-touch'); // "conducted under the public contract regulation 2015 Light Touch regime"
    const period = findings.filter((f) => f.ruleId === 'short-tender-period');
    expect(period).toHaveLength(1);
    expect(period[0]!.severity).toBe('warning');
    expect(period[0]!.message).toContain('14 days');
    expect(period[0]!.location).toMatchObject({ notice: 'ocds-kuma6s-148107', field: 'tender.tenderPeriod.endDate' });
    expect(period[0]!.excerpt).toBe('Tender submission deadline: 2025-02-26T12:00:00Z');
  });

  it('Bath and North East Somerset: a framework call-off with a one-minute window gets no period finding', () => {
    const { facts, findings } = lintNotice('cf-bathnes-car-park-security-2025');
    expect(facts.regime).toMatchObject({ id: 'framework-call-off', source: 'ocds' });
    expect(facts.published?.date).toBe('2025-01-23');
    expect(facts.submissionDeadline?.date).toBe('2025-01-23');
    expect(findings.map((f) => f.ruleId)).not.toContain('short-tender-period');
  });

  it('Swansea boiler: 0.01 GBP is a placeholder, so no value is taken and no value-based rule fires', () => {
    const { doc, facts, findings } = lintNotice('s2w-swansea-boiler-labour-only-2025');
    expect(facts.value).toBeUndefined();
    expect(doc.stated.value).toBeUndefined();
    expect(doc.notes.join(' ')).toMatch(/0\.01 GBP, a placeholder/);
    expect(findings.filter((f) => VALUE_RULES.includes(f.ruleId))).toEqual([]);
    expect(findings.some((f) => /£0\.01/.test(f.message))).toBe(false);
    // The stripped tabs are gone: "(c) tGAS safe" reads "(c) GAS safe".
    expect(doc.blocks.some((b) => b.text === '(c) GAS safe, CORGI')).toBe(true);
  });

  it('Heriot-Watt servers: "1 300,000 GBP" on £650,000 over 3 + 2 years is 10 x the annual value (decided by reading the notice)', () => {
    // The issue expected "no term given, exactly 2 x, no finding". The notice does give a term:
    // lots[0].contractPeriod runs 2019-06-11 to 2022-06-11 (3 years) and lots[0].renewal says "The
    // University reserves the right to extend the Agreement for a further two years". The estimated
    // value of a notice covers the whole term with its options, so the annual value is £650,000 / 5 =
    // £130,000 and the £1,300,000 turnover floor is 10 x it: a turnover-multiple error, as the hand
    // label in test/corpus/labels.json says. Against the total value it is exactly 2 x, and the message
    // says so too, so a reader who takes the total as the benchmark sees both figures.
    const { facts, findings } = lintNotice('pcs-heriot-watt-servers-2019');
    expect(facts.term).toMatchObject({ initialMonths: 36, extensionMonths: 24, totalMonths: 60 });
    expect(facts.annualValue?.amount).toBe(130_000);
    const turnover = findings.filter((f) => f.ruleId === 'turnover-multiple');
    expect(turnover).toHaveLength(1);
    expect(turnover[0]!.severity).toBe('error');
    expect(turnover[0]!.message).toContain(
      '£1,300,000 is 10 x the annual value £130,000 (£650,000 over 5 years (3 + 2))',
    );
    expect(turnover[0]!.message).toContain('Against the total value £650,000 it is 2 x');
    expect(turnover[0]!.excerpt).toContain('1 300,000 GBP');
    expect(turnover[0]!.location).toMatchObject({
      notice: 'ocds-r6ebe6-0000580017',
      field: 'tender.selectionCriteria.criteria[0].description',
    });
  });

  it('NHS Lothian X-ray unit: GBP 400 000 on £200,000 over 720 days is 4 x the annual value, with the total comparison too', () => {
    const { facts, findings } = lintNotice('pcs-nhs-lothian-sxr-unit-2019');
    // durationInDays 720 is the portal's 24 months x 30, so the term is 2 years, not 1.97.
    expect(facts.term?.totalMonths).toBe(24);
    expect(facts.annualValue?.amount).toBe(100_000);
    const turnover = findings.filter((f) => f.ruleId === 'turnover-multiple');
    // The "general" and the "business area" turnover are two demands (labels.json: turn 2).
    expect(turnover.length).toBeGreaterThanOrEqual(1);
    for (const f of turnover) {
      expect(f.severity).toBe('error');
      expect(f.message).toContain('£400,000 is 4 x the annual value £100,000 (£200,000 over 2 years)');
      expect(f.message).toContain('Against the total value £200,000 it is 2 x');
      expect(f.excerpt).toContain('GBP 400 000');
      expect(f.location.notice).toBe('ocds-r6ebe6-0000579568');
    }
  });

  it('NHS Supply Chain: "Â£131,000,000" is read as £131,000,000 and the £543m notice with no lots is flagged', () => {
    const { doc, findings } = lintNotice('cf-nhs-supply-chain-mis-framework-2025');
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('circa £131,000,000');
    expect(text).not.toContain('Â');
    const lots = findings.filter((f) => f.ruleId === 'unlotted-large-contract');
    expect(lots).toHaveLength(1);
    expect(lots[0]!.message).toContain('£543,000,000');
    expect(lots[0]!.excerpt).toBe('Estimated value: 543,000,000 GBP');
  });

  it('every finding on every notice names its notice and quotes a field or passage', () => {
    for (const name of [
      'cf-bathnes-car-park-security-2025',
      'cf-martock-recreation-ground-2025',
      'cf-nhs-supply-chain-mis-framework-2025',
      'cf-skanska-bridge-waterproofing-2025',
      'pcs-heriot-watt-servers-2019',
      'pcs-marine-scotland-patrol-vessel-2019',
      'pcs-nhs-grampian-taxi-2019',
      'pcs-nhs-lothian-pat-testing-2019',
      'pcs-nhs-lothian-sxr-unit-2019',
      'pcs-nss-frameworks-scotland-3-2019',
      'pcs-queens-cross-landscape-architect-2019',
      'pcs-uoe-confidential-waste-2019',
      's2w-hywel-dda-mental-health-2025',
      's2w-swansea-boiler-labour-only-2025',
      's2w-western-bay-substance-use-2025',
    ]) {
      const { doc, findings } = lintNotice(name);
      for (const f of findings) {
        expect(f.location.notice, `${name} ${f.ruleId}`).toBe(doc.notice!.id);
        expect(f.location.field, `${name} ${f.ruleId}`).toBeTruthy();
        expect(f.excerpt.trim().length, `${name} ${f.ruleId}`).toBeGreaterThan(0);
        // No stripped-escape debris in what a reader is shown.
        expect(f.excerpt, `${name} ${f.ruleId}`).not.toMatch(/[a-z.]rn\s[A-Z—]/);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { SCOTLAND_REGULATED, THRESHOLD_TABLE, thresholdsOn } from '../../linter/core/extract/thresholds.js';
import rule from '../../rules/below-threshold-selection.js';
import { lintExample } from '../rules/harness.js';

describe('the dated threshold table', () => {
  it.each([
    ['pa2023', '2025-06-02', 139_688, 214_904, 5_372_609, 663_540],
    ['pa2023', '2025-12-31', 139_688, 214_904, 5_372_609, 663_540],
    ['pa2023', '2026-01-01', 135_018, 207_720, 5_193_000, 663_540],
    ['pa2023-wales', '2026-03-02', 135_018, 207_720, 5_193_000, 663_540],
    ['pcr2015', '2024-06-03', 139_688, 214_904, 5_372_609, 663_540],
    ['scotland', '2024-06-03', 139_688, 214_904, 5_372_609, 663_540],
  ] as const)(
    '%s on %s: %d central, %d others, works %d, light touch %d',
    (law, day, central, others, works, lightTouch) => {
      expect(thresholdsOn(law, day)).toMatchObject({
        goodsServicesCentral: central,
        goodsServicesSubCentral: others,
        works,
        lightTouch,
        vat: 'including',
      });
    },
  );

  it('has the 2026 utilities figures, and no row before 2024 or for Scotland after 2025 (not confirmed)', () => {
    expect(thresholdsOn('pa2023', '2026-02-01')).toMatchObject({ utilities: 415_440, utilitiesLightTouch: 884_720 });
    expect(thresholdsOn('pcr2015', '2023-06-01')).toBeUndefined();
    expect(thresholdsOn('scotland', '2026-02-01')).toBeUndefined();
    expect(thresholdsOn('pa2023', undefined)).toBe(THRESHOLD_TABLE.at(-1));
    expect(SCOTLAND_REGULATED).toMatchObject({ goodsServices: 50_000, works: 2_000_000, vat: 'excluding' });
  });

  it('rows do not overlap for any law', () => {
    for (const law of ['pa2023', 'pa2023-wales', 'pcr2015', 'psr', 'scotland'] as const) {
      const rows = THRESHOLD_TABLE.filter((r) => r.laws.includes(law));
      for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.until! < rows[i]!.from).toBe(true);
    }
  });

  // £210,000 with VAT: under the 2024 figure (£214,904), over the 2026 one (£207,720).
  const text =
    'Kingsbridge District Council is the buyer. The estimated total value is £210,000 including VAT. Only organisations that pass the PQQ will be invited to tender.';
  it('judges a procurement by the figures in force when it began', () => {
    const before = lintExample(rule, {
      text,
      facts: { authority: 'sub-central', begun: '2025-06-02', published: '2025-06-02' },
    });
    expect(before.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'under the £214,904 threshold for authorities other than central government (the 2024 thresholds)',
      ),
    ]);
    expect(
      lintExample(rule, { text, facts: { authority: 'sub-central', begun: '2026-03-02', published: '2026-03-02' } }),
    ).toEqual([]);
  });
});

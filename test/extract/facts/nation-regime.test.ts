import { describe, expect, it } from 'vitest';
import { nationOf, nationOfAddress } from '../../../linter/core/extract/facts/nation.js';
import { regimeOf } from '../../../linter/core/extract/facts/regime.js';

describe('nationOf', () => {
  it.each([
    [{ name: 'Glenmore and Lough Neagh Borough Council', top: [], whole: '' }, 'northern-ireland'],
    [{ name: 'Ardcarron Council', top: ['Council Offices, Ardcarron, IV1 1AA'], whole: '' }, 'scotland'],
    [{ name: 'Ardcarron Council', top: [], whole: 'under the Procurement Reform (Scotland) Act 2014' }, 'scotland'],
    [{ name: 'Ravensholme City Council', top: ['High Court of England and Wales'], whole: '' }, 'england'],
    [{ top: [], whole: '' }, 'unknown'],
    // A lot covering several nations places the service, not the buyer (round 4 dev half).
    [
      { name: 'Public Buying Agency', top: ['3 | TTM: Scotland, Wales and Northern Ireland | £6,000,000'], whole: '' },
      'england',
    ],
    [{ name: 'Ardcarron Council', top: ['Council Offices, Ardcarron, Scotland'], whole: '' }, 'scotland'],
  ] as const)('%j', (signals, nation) => expect(nationOf(signals).nation).toBe(nation));

  it('reads OCDS addresses: NUTS region, country, postcode', () => {
    expect(nationOfAddress({ region: 'UKM75' })).toBe('scotland');
    expect(nationOfAddress({ region: 'UKL18' })).toBe('wales');
    expect(nationOfAddress({ countryName: 'England' })).toBe('england');
    expect(nationOfAddress({ region: 'UK', postalCode: 'CF15 7QZ' })).toBe('wales');
  });
});

const base = {
  text: '',
  nation: 'england' as const,
  authority: 'sub-central' as const,
  contractType: 'services' as const,
};

describe('regimeOf', () => {
  it.each([
    [{ ...base, nation: 'scotland' as const }, 'scotland', 'scotland'],
    [
      { ...base, text: 'This further competition is run under the framework agreement.' },
      'framework-call-off',
      'pa2023',
    ],
    // "The call-off will be awarded on ..." is this call-off, not a framework being set up (round 14 dev half).
    [
      {
        ...base,
        text: 'The Council invites the providers appointed to Lot 2 to take part in this further competition. The call-off will be awarded on quality 70% and price 30%.',
      },
      'framework-call-off',
      'pa2023',
    ],
    // "Suppliers on the framework" are its members, named by a call-off (round 17 dev half).
    [
      {
        ...base,
        text: 'The Council invites the suppliers on Lot 3 to take part in a further competition. All suppliers on the framework lot have already met its conditions of participation.',
      },
      'framework-call-off',
      'pa2023',
    ],
    [
      {
        ...base,
        text: 'The ICB is using the competitive process under the Health Care Services (Provider Selection Regime) Regulations 2023.',
      },
      'psr',
      'psr',
    ],
    [
      {
        ...base,
        text: 'The PSR applies, so the thresholds (for example £663,540 for light touch contracts) do not apply.',
      },
      'psr',
      'psr',
    ],
    [
      { ...base, text: 'This is procured under the light touch arrangements of the Procurement Act 2023.' },
      'light-touch',
      'pa2023',
    ],
    [
      { ...base, text: 'Restricted procedure under the Public Contracts Regulations 2015.', begun: '2024-10-16' },
      'pcr2015',
      'pcr2015',
    ],
    [{ ...base, text: 'This is a request for quotations.', begun: '2024-06-01' }, 'pcr2015', 'pcr2015'],
    [{ ...base, text: 'Requests for Quotations: grass cutting.' }, 'below-threshold', 'pa2023'],
    [
      {
        ...base,
        value: {
          amount: 24_000,
          currency: 'GBP' as const,
          basis: 'total' as const,
          vat: 'excluding' as const,
          source: 'text' as const,
        },
      },
      'below-threshold',
      'pa2023',
    ],
    [
      {
        ...base,
        text: 'An open procedure under the Procurement Act 2023.',
        value: {
          amount: 150_000,
          currency: 'GBP' as const,
          basis: 'total' as const,
          vat: 'including' as const,
          source: 'text' as const,
        },
      },
      'pa2023',
      'pa2023',
    ],
    [{ ...base, nation: 'wales' as const }, 'pa2023', 'pa2023-wales'],
    [{ ...base, text: 'COMPETITIVE PROCESS UNDER THE PROVIDER SELECTION REGIME' }, 'psr', 'psr'],
    [{ ...base, text: 'the provider selection regime competitive process' }, 'psr', 'psr'],
    // Round 9 dev half: the regime named to say it does not apply.
    [
      {
        ...base,
        text: 'It is not a health care service for the purposes of the Provider Selection Regime, and it is being procured as a below-threshold contract under Part 6 of the Procurement Act 2023.',
      },
      'below-threshold',
      'pa2023',
    ],
    // £210,000 including VAT: above the 2026 sub-central threshold (£207,720), below the 2024 one (£214,904).
    [
      {
        ...base,
        begun: '2025-06-02',
        value: {
          amount: 210_000,
          currency: 'GBP' as const,
          basis: 'total' as const,
          vat: 'including' as const,
          source: 'text' as const,
        },
      },
      'below-threshold',
      'pa2023',
    ],
    [
      {
        ...base,
        begun: '2026-03-02',
        value: {
          amount: 210_000,
          currency: 'GBP' as const,
          basis: 'total' as const,
          vat: 'including' as const,
          source: 'text' as const,
        },
      },
      'pa2023',
      'pa2023',
    ],
  ])('%j', (signals, id, law) => {
    const r = regimeOf(signals);
    expect([r.id, r.law]).toEqual([id, law]);
  });
});

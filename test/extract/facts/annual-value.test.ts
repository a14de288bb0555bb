import { describe, expect, it } from 'vitest';
import { annualOf, totalOf } from '../../../linter/core/extract/facts/annual-value.js';
import type { TermFact, ValueFact } from '../../../linter/core/model/facts.js';

const value = (amount: number, basis: 'annual' | 'total', derivation?: string): ValueFact => ({
  amount,
  basis,
  currency: 'GBP',
  vat: 'excluding',
  source: 'text',
  ...(derivation ? { derivation } : {}),
});
const term = (initialMonths: number, extensionMonths: number, derivation: string): TermFact => ({
  initialMonths,
  extensionMonths,
  totalMonths: initialMonths + extensionMonths,
  derivation,
  source: 'text',
});

describe('annual and total value', () => {
  it.each([
    [value(4_500_000, 'total'), term(36, 24, '5 years (3 + 1 + 1)'), 900_000, '£4,500,000 over 5 years (3 + 1 + 1)'],
    [value(900_000, 'annual'), term(36, 24, '5 years (3 + 1 + 1)'), 900_000, '£900,000 a year as stated'],
    [value(200_000, 'total'), term(3.5, 0, '3.5 months'), 200_000, '£200,000 over 3.5 months'],
    [value(300_000, 'total'), undefined, 300_000, '£300,000 total; no contract term found, so the total is used'],
    // "£600,000 per annum, £1,800,000 over the initial term" of a 3 + 1 year contract (round 13 dev half).
    [
      { ...value(1_800_000, 'total'), perYear: 600_000 },
      term(36, 12, '4 years (3 + 1)'),
      600_000,
      '£600,000 a year as stated beside the total £1,800,000',
    ],
  ])('annual %#', (v, t, amount, derivation) => {
    expect(annualOf({ value: v, term: t })).toMatchObject({ amount, derivation });
  });

  it('the total from an annual value and the term, with its arithmetic', () => {
    expect(totalOf({ value: value(150_000, 'annual'), term: term(36, 0, '3 years') })).toEqual({
      amount: 450_000,
      derivation: '£150,000 a year x 3 years = £450,000',
    });
    expect(totalOf({ value: value(150_000, 'annual'), term: undefined })).toBeUndefined();
    expect(
      totalOf({
        value: value(30_000_000, 'total', 'the sum of 3 lots: £18,000,000 + £7,500,000 + £4,500,000'),
        term: undefined,
      })?.derivation,
    ).toBe('£30,000,000 (the sum of 3 lots: £18,000,000 + £7,500,000 + £4,500,000)');
  });
});

import { describe, expect, it } from 'vitest';
import { findMoney, formatGBP } from '../../linter/core/extract/money.js';

// [text, expected amounts in order]; phrasings from rules.md and fixtures/corpus.
const cases: Array<[string, number[]]> = [
  ['a minimum annual turnover of £1.2m', [1_200_000]],
  ['a minimum annual turnover of £1,200,000', [1_200_000]],
  ['GBP 450,000', [450_000]],
  ['a budget of 450k', [450_000]],
  ['£ 400 000 in total', [400_000]],
  ['turnover of 1 300,000 GBP for the last 3 years', [1_300_000]], // Heriot-Watt (PCS 2019)
  ['yearly turnover of GBP 400 000 for the last 3 years', [400_000]], // NHS Lothian (PCS 2019)
  ['not less than one million pounds (£1,000,000)', [1_000_000]], // G-Cloud 15 insurance schedule
  ['not less than fifty million pounds (£50,000,000) for each claim', [50_000_000]],
  ['a value of £2 million', [2_000_000]],
  ['between £100k-£150k', [150_000]],
  ['£100,000 to £150,000', [150_000]],
  ['Employer’s (Compulsory) Liability Insurance = 10milion GBP', [10_000_000]], // UoE typo (PCS 2019)
  ['Public Liability Insurance = 1million GBP', [1_000_000]],
  ['= 5M GBP each', [5_000_000]], // Heriot-Watt
  ['Public Liability Insurance = 5 Million GBP', [5_000_000]], // Marine Scotland
  ["Employer's Liability Insurance = GBP 5 Million.", [5_000_000]], // NHS Grampian
  ['turnover of 500,000 GBP', [500_000]],
  ['£1,000,000.00', [1_000_000]],
  ['£2.5bn programme', [2_500_000_000]],
  ['five million pounds', [5_000_000]],
  // Round 6 dev half: a comma between the scales; a vague amount is no figure.
  ['is one million, two hundred thousand pounds (excluding value added tax)', [1_200_000]],
  ['equipment worth several hundred thousand pounds during shipment', []],
  ['circa £131,000,000 however', [131_000_000]], // NHS Supply Chain (after mojibake repair)
  // Above £10 trillion a figure is a typo or an attack: past 2^53 the arithmetic would print numbers the text never gave.
  ['a minimum annual turnover of £99,999,999,999,999,999,999,999', []],
  ['£20,000,000,000,000 (twenty trillion)', []],
  ['a ceiling of £10,000,000,000,000', [10_000_000_000_000]],
  // Placeholders are never values.
  ['Employer’s (Compulsory) Liability Insurance = £x', []],
  ['a value of £[insert]', []],
  ['£xxx per annum', []],
  ['£TBC', []],
  ['3 years and 12 months', []],
];

describe('findMoney', () => {
  it.each(cases)('%s', (text, amounts) => {
    expect(findMoney(text).map((m) => m.amount)).toEqual(amounts);
  });

  it('marks sums per year', () => {
    expect(findMoney('£150,000 per annum')[0]!.perYear).toBe(true);
    expect(findMoney('an annual value of £150,000')[0]!.perYear).toBe(true);
    expect(findMoney('£150,000 p.a.')[0]!.perYear).toBe(true);
    expect(findMoney('£600,000 over four years')[0]!.perYear).toBe(false);
  });

  it('reads VAT beside the sum', () => {
    expect(findMoney('£600,000 (excluding VAT)')[0]!.vat).toBe('excluding');
    expect(findMoney('£600,000 exc. VAT')[0]!.vat).toBe('excluding');
    expect(findMoney('£720,000 including VAT')[0]!.vat).toBe('including');
    expect(findMoney('£600,000')[0]!.vat).toBe('unknown');
    // The words of extract/vat.ts, starting within 40 characters in the same sentence.
    expect(findMoney('£108,000 including Value Added Tax (VAT)')[0]!.vat).toBe('including');
    expect(findMoney('£600,000. The figure excludes nothing; all prices exclude VAT')[0]!.vat).toBe('unknown');
    expect(
      findMoney('£600,000 for the whole of the four-year term and its two extensions, excluding VAT')[0]!.vat,
    ).toBe('unknown');
  });

  it('keeps the range bounds and the offsets of the whole mention', () => {
    const [m] = findMoney('Budget: £100k-£150k a year');
    expect(m).toMatchObject({ amount: 150_000, rangeFrom: 100_000, text: '£100k-£150k', start: 8, perYear: true });
  });

  it('formats pounds the way messages show them', () => {
    expect(formatGBP(1_000_000)).toBe('£1,000,000');
    expect(formatGBP(101_265.82)).toBe('£101,266');
    expect(formatGBP(0.01)).toBe('£0.01');
  });
});

import { describe, expect, it } from 'vitest';
import { valueOf } from '../../../linter/core/extract/facts/value.js';
import { lotValuesOf, lotsOf } from '../../../linter/core/extract/facts/lots.js';
import { input } from './helpers.js';

// [text, amount, basis, vat]; phrasings from the issue, LABELS.md and the evaluation set's dev half.
const cases: Array<[string, number | undefined, 'annual' | 'total' | undefined, string | undefined]> = [
  // Both figures in one sentence, the total's VAT between it and its term, or the term in two words (round 12 dev half).
  [
    'Its estimated value is £4,000,000 per annum, or £16,000,000 excluding VAT over the four years, divided into two lots as follows.',
    16_000_000,
    'total',
    'excluding',
  ],
  [
    'The estimated value is £720,000 per annum, £3,600,000 over the maximum five-year term.',
    3_600_000,
    'total',
    'unknown',
  ],
  // "The expected spend is" is the estimate, not past spending (round 13 dev half).
  [
    'The expected spend is approximately £600,000 per annum, £1,800,000 over the initial term (excluding Value Added Tax).',
    1_800_000,
    'total',
    'excluding',
  ],
  // Both figures in one sentence: the total (round 4 dev half).
  [
    'The contract is worth £20,000 per annum (£60,000 over the three-year term) excluding VAT and will start on 1 April 2026.',
    60_000,
    'total',
    'excluding',
  ],
  [
    'The estimated value of the contract is £1.2m excluding VAT over the maximum contract period (four years).',
    1_200_000,
    'total',
    'excluding',
  ],
  [
    'The estimated contract value is between £850,000 and £950,000 per annum, depending on the hours commissioned.',
    950_000,
    'annual',
    'unknown',
  ],
  ['The call-off contract is worth approximately £75,000 a year, excluding VAT.', 75_000, 'annual', 'excluding'],
  ['The estimated value is two hundred and forty thousand pounds over three years.', 240_000, 'total', 'unknown'],
  ['The contract value is £(2,000,000) in total.', 2_000_000, 'total', 'unknown'],
  [
    'The estimated value of the contract is £60,000 to £90,000 per annum, excluding VAT.',
    90_000,
    'annual',
    'excluding',
  ],
  [
    'The total value of the contract over the 36 months is estimated at approximately 450k, excluding VAT.',
    450_000,
    'total',
    'excluding',
  ],
  [
    'The contract value is estimated at £96,000 excluding VAT for two years (£48,000 per year).',
    96_000,
    'total',
    'excluding',
  ],
  [
    'The Council has allocated between £50,000 and £60,000, excluding VAT, for the whole commission.',
    60_000,
    'total',
    'excluding',
  ],
  [
    "The Council's budget for this work is approximately £8k a year. Please quote a fixed annual price for each year, excluding VAT.",
    8_000,
    'annual',
    'excluding',
  ],
  [
    'The estimated total contract value is GBP 1,350,000 (excluding VAT) for the 36 months.',
    1_350_000,
    'total',
    'excluding',
  ],
  [
    'The Trust expects the contract to cost between £40,000 and £55,000 per annum excluding VAT, depending on the cleaning hours proposed.',
    55_000,
    'annual',
    'excluding',
  ],
  // Not the value: the past, a framework's whole value, a threshold, a rate, a comparison.
  ['For information, the current annual spend on the two schemes is about £790,000.', undefined, undefined, undefined],
  [
    'The framework has an estimated total value of £14 million across all member institutions. That figure is not the value of this call-off.',
    undefined,
    undefined,
    undefined,
  ],
  [
    'This is above the services threshold of £214,904 that applies to sub-central authorities.',
    undefined,
    undefined,
    undefined,
  ],
  [
    'The framework maximum rates (for example £38.50 a day for a small van) are a ceiling only.',
    undefined,
    undefined,
    undefined,
  ],
  ['As the contract is worth less than £30,000, the Council need not advertise it.', undefined, undefined, undefined],
  ['The estimated value is £[insert].', undefined, undefined, undefined],
  // "in its current form" describes the programme, not a past figure (round 5 dev half).
  [
    "The estimated value of the contract is one million five hundred thousand pounds (£1,500,000) excluding VAT over its maximum duration, and the contract will run for two years if the Agency's programme continues in its current form.",
    1_500_000,
    'total',
    'excluding',
  ],
  // A range after a long subject, and a vague "several hundred thousand pounds" that is no figure (round 6 dev half).
  [
    "The University's budget for the equipment, installation and five years of maintenance is £450k to £600k, excluding VAT. Suppliers will carry the risk of loss of equipment worth several hundred thousand pounds.",
    600_000,
    'total',
    'excluding',
  ],
  [
    'The estimated total value, including the optional extension, is one million, two hundred thousand pounds (excluding value added tax).',
    1_200_000,
    'total',
    'excluding',
  ],
  ['The budget is up to £108,000 including Value Added Tax (VAT).', 108_000, 'total', 'including'],
  // The annual value, then the total named before its own sum (round 8 dev half).
  [
    '1.3 The annual value of the contract is estimated at £450,000 and the total value over four years at £1.8 million. All values in this notice are exclusive of VAT.',
    1_800_000,
    'total',
    'excluding',
  ],
  // "c." before the sum (round 9 dev half).
  ['- Estimated value: c. £250k p/a, excluding Value Added Tax (VAT).', 250_000, 'annual', 'excluding'],
  // What the buyer expects to spend is its estimate (round 8 dev half).
  ['We expect to spend up to £25,000 over two years (excluding VAT).', 25_000, 'total', 'excluding'],
  // A value that says it is above the threshold (round 8 dev half); the threshold's own figure is none.
  [
    'The estimated value of the contract is £180,000 excluding Value Added Tax (VAT), which is £216,000 including VAT and therefore above the threshold for goods and services.',
    180_000,
    'total',
    'excluding',
  ],
  ['The threshold for goods and services contracts is £214,904 including VAT.', undefined, undefined, undefined],
  [
    'This is a regulated procurement for the purposes of the Procurement Reform (Scotland) Act 2014, as its value exceeds the £50,000 threshold for goods and services.',
    undefined,
    undefined,
    undefined,
  ],
  [
    'Because the estimated value including VAT (£144,000) is above the threshold that applies to the Trust, this procurement is run under the Procurement Act 2023.',
    undefined,
    undefined,
    undefined,
  ],
  // The value stated as the value, with VAT, in a sentence that goes on to the threshold (round 15 dev half).
  [
    'The Council has estimated the value at £210,000 including Value Added Tax (VAT) over the maximum term, which is below the threshold in force when this procurement began, so it is run under Part 6 of the Procurement Act 2023.',
    210_000,
    'total',
    'including',
  ],
  ['The estimated value is £96,000 including VAT, which is below the threshold.', 96_000, 'total', 'including'],
  // The figures an estimate was made from are not a current spend (round 7 dev half).
  [
    'The estimated value of the contract is £40,000 per annum excluding VAT, based on the management fee and the current meal numbers (food and labour costs are recharged at cost under the cost-plus model).',
    40_000,
    'annual',
    'excluding',
  ],
  // A count of past grants and their worth is history, not the estimate (round 5 dev half).
  [
    'Between 2024 and 2026 the Agency made 46 grants, worth £2.1 million in total, to community groups.',
    undefined,
    undefined,
    undefined,
  ],
];

describe('valueOf', () => {
  it.each(cases)('%s', (text, amount, basis, vat) => {
    const v = valueOf(input(text));
    expect(v ? [v.amount, v.basis, v.vat] : undefined).toEqual(amount === undefined ? undefined : [amount, basis, vat]);
  });

  it('sums the lots when only the lots have values, and says so', () => {
    const md = `The framework is divided into three lots.\n\n| Lot | Title | Estimated value (excluding VAT) |\n|---|---|---|\n| 1 | Cars | £18,000,000 |\n| 2 | Heavy vehicles | £7,500,000 |\n| 3 | Emergency hire | £4,500,000 |\n`;
    const i = input(md);
    const lots = lotValuesOf(i.passages);
    expect(lots?.values).toEqual([18_000_000, 7_500_000, 4_500_000]);
    expect(valueOf(i, lots)).toMatchObject({
      amount: 30_000_000,
      basis: 'total',
      vat: 'excluding',
      derivation: 'the sum of 3 lots: £18,000,000 + £7,500,000 + £4,500,000',
    });
  });

  it('takes the VAT of the lots from a statement after their table (round 7 dev half)', () => {
    const md = `The services are divided into three lots.\n\n| Lot | Area | Estimated value for the full term |\n|---|---|---|\n| 1 | Town | £1,350,000 |\n| 2 | Villages | £900,000 |\n\nAll values exclude Value Added Tax.\n`;
    const i = input(md);
    expect(valueOf(i, lotValuesOf(i.passages))).toMatchObject({ amount: 2_250_000, vat: 'excluding' });
  });

  it("takes the VAT of a stated total that is the lots' sum from the lot table's header (round 11 dev half)", () => {
    const md = `| Lot | Description | Estimated value (excluding Value Added Tax) |\n|---|---|---|\n| Lot 1 | Glassware | £600,000 |\n| Lot 2 | Chemicals | £500,000 |\n| Lot 3 | Protective equipment | £300,000 |\n\nThe total estimated value is £1.4m over the full term.\n`;
    const i = input(md);
    expect(valueOf(i, lotValuesOf(i.passages))).toMatchObject({ amount: 1_400_000, vat: 'excluding' });
  });

  it("reads each lot's value from the value column when the row also gives its turnover", () => {
    const md = `| Lot | Title | Estimated value over four years (excl. VAT) | Minimum annual turnover |\n|---|---|---|---|\n| 1 | North | £18,000,000 | £6,000,000 |\n| 2 | South | £22,000,000 | £8,000,000 |\n`;
    expect(lotValuesOf(input(md).passages)?.values).toEqual([18_000_000, 22_000_000]);
  });

  it('does not read a table of turnover per lot as lot values', () => {
    const md = `The minimum annual turnover required is:\n\n| Lot | Minimum turnover |\n|---|---|\n| 1 | £3,000,000 |\n| 2 | £1,500,000 |\n`;
    expect(lotValuesOf(input(md).passages)).toBeUndefined();
  });

  it.each([
    ['| Key facts | |\n|---|---|\n| Lots | None: one contract for all four academies |', false, false],
    [
      'The contract is not divided into lots.\n\nNHG considered dividing the work by geography and by system type. It decided against this because the systems share one controller.',
      false,
      true,
    ],
    ['The contract is not divided into lots.\n\nBidders must hold ISO 9001.', false, false],
    // Round 5 dev half.
    [
      'The services will be let as one contract, and the Council does not intend to divide the requirement into lots or to award separate contracts for different parts of the district.',
      false,
      false,
    ],
    [
      '### Reasons for not dividing into lots\n\nThe Agency considered dividing the service desk and device support into separate lots. It decided against this because the services share one set of tickets.',
      false,
      true,
    ],
    // Round 9 dev half: the reasons come first, "therefore" points back to them.
    [
      'A single supplier is needed because the systems share one data model and must operate as one integrated service. The contract is therefore not divided into lots.',
      false,
      true,
    ],
    ['The systems are old. The contract is therefore not divided into lots.', false, false],
    // Round 8 dev half: "let as a single contract" is how it is let, not a reason.
    ['The contract will be let as a single contract and is not divided into lots.', false, false],
    // Round 8 dev half: one contract for the whole area, no word "lot", no reason.
    [
      'The ICB has considered whether the service should be split into smaller contracts and intends to award one contract for the whole of the Severnvale area.',
      false,
      false,
    ],
  ] as const)('lots: %s', (md, divided, reasons) => {
    const l = lotsOf(input(md));
    expect([l.divided, Boolean(l.reasons)]).toEqual([divided, reasons]);
  });

  it('a stated value wins over the text', () => {
    expect(valueOf(input('The estimated value is £1m.', { value: '£600k', valueBasis: 'annual' }))).toMatchObject({
      amount: 600_000,
      basis: 'annual',
      source: 'flag',
    });
  });
});

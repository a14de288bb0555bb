import { describe, expect, it } from 'vitest';
import { termDerivation, termOf } from '../../../linter/core/extract/facts/term.js';
import { input } from './helpers.js';

// [text, initial, extension, derivation]
const cases: Array<[string, [number, number, string] | undefined]> = [
  [
    '### Duration\n\nThe contract will run for two years plus one plus one. The Council may extend the contract by one year, and then by a further year.',
    [24, 24, '4 years (2 + 1 + 1)'],
  ],
  [
    'The estimated value is £1.5 million excluding VAT over five years: an initial three years with the option to extend for a further two years.',
    [36, 24, '5 years (3 + 2)'],
  ],
  [
    'The contract will run for an initial term of 12 months with the option to extend for up to a further 3 x 12 months.',
    [12, 36, '4 years (1 + 1 + 1 + 1)'],
  ],
  [
    'The contract is for three years (an initial 18 months and two optional 9-month extensions).',
    [18, 18, '36 months (18 + 9 + 9)'],
  ],
  [
    "The contract will run for an initial period of 24 months, with extensions in periods of 12 months at the Council's discretion, up to 5 years in total.",
    [24, 36, '5 years (2 + 1 + 1 + 1)'],
  ],
  [
    'Little Ashby Parish Council would like quotations for cutting the grass for three years from 1 April 2026 to 31 March 2029.',
    [36, 0, '3 years'],
  ],
  ['The contract will run for 36 months from 1 May 2026. There is no option to extend.', [36, 0, '3 years']],
  ['The contract will last 3 years from 1 June 2026.', [36, 0, '3 years']],
  // Under a heading that names the term, a value sentence's "over 2 years" is the term (round 4 dev half).
  [
    '### 3. Value and term\n\nThe estimated value is £60,000 excluding VAT over 2 years (£30,000 a year). There is no extension option.',
    [24, 0, '2 years'],
  ],
  // The term in a value sentence that says when it starts; prices fixed for two years are no term (round 12 dev half).
  ['The estimated value is £110,000 including VAT over 2 years, starting on 1 November 2027.', [24, 0, '2 years']],
  // Round 15 dev half: the value's own "over four years" when nothing else states the term; "academic years".
  ['The estimated value is £800,000 excluding VAT over four years.', [48, 0, '4 years']],
  ['Each lot contract will run for three academic years from 1 August 2026, with no extension.', [36, 0, '3 years']],
  [
    'The contract is worth £60,000 in total, exclusive of VAT, for a three-year contract starting on 1 September 2027. Prices must be fixed for the first two years of the contract.',
    [36, 0, '3 years'],
  ],
  // "extending", "will take" and "and last" (round 5 dev half).
  [
    'The contract will run for two years from 4 January 2027 with the option of extending it for one further year.',
    [24, 12, '3 years (2 + 1)'],
  ],
  ['The evaluation will take 18 months from the start date of Monday 5 October 2026.', [18, 0, '18 months']],
  ['The contract will start on 1 October 2026 and last three years.', [36, 0, '3 years']],
  // "in one or more periods" is how the extension may be taken (round 8 dev half).
  [
    "2.2 The contract will be awarded for an initial term of three years with the option to extend for up to a further two years (in one or more periods) at the ICB's sole discretion.",
    [36, 24, '5 years (3 + 2)'],
  ],
  ['Contracts of three years or more are subject to an annual review.', undefined],
  // Work to be done within a period of its start (round 11 dev half).
  [
    'The work must be completed within 12 months of the start date, which is expected to be 1 June 2026.',
    [12, 0, '1 year'],
  ],
  // A date range and the date an extension would run to (round 9 dev half).
  [
    'The contract will run from 1 June 2027 to 31 May 2030 with an option to extend to 31 May 2032, subject to satisfactory performance and budget approval.',
    [36, 24, '5 years (3 + 2)'],
  ],
  // A length that is not the contract's.
  ['Bidders must have at least three years of experience in the last five years.', undefined],
  ['Suppliers must hold cash reserves equal to at least three months of the annual contract value.', undefined],
];

describe('termOf', () => {
  it.each(cases)('%s', (text, want) => {
    const t = termOf(input(text));
    expect(t ? [t.initialMonths, t.extensionMonths, t.derivation] : undefined).toEqual(want);
  });

  it('adds an extension stated apart to a stated term', () => {
    expect(
      termOf(
        input('The University reserves the right to extend the Agreement for a further two years.', { termMonths: 36 }),
      ),
    ).toMatchObject({ initialMonths: 36, extensionMonths: 24, source: 'flag' });
  });

  it('prints the parts as messages show them', () => {
    expect(termDerivation([36, 12, 12])).toBe('5 years (3 + 1 + 1)');
    expect(termDerivation([36])).toBe('3 years');
    expect(termDerivation([18, 9, 9])).toBe('36 months (18 + 9 + 9)');
  });
});

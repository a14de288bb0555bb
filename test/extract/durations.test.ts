import { describe, expect, it } from 'vitest';
import { findDurations, findExtension, findTerm } from '../../linter/core/extract/durations.js';

const durations: Array<[string, number[]]> = [
  ['for 3 years', [36]],
  ['36 months', [36]],
  ['three (3) years', [36]],
  ['a period of five years', [60]],
  ['3+1+1 years', [60]],
  ['2 x 12 months', [24]],
  ['durationInDays 720 days', [(720 * 12) / 365]],
  ['an 18-month contract', [18]],
  ['twenty-four months', [24]],
  ['52 weeks', [(52 * 7 * 12) / 365]],
  ['1.5 years', [18]],
  ['up to 3+3+1 years', [84]],
  ['one year', [12]],
  ['within the past three (3) years', [36]], // 18F RFQ
  ['no duration here', []],
];

describe('findDurations', () => {
  it.each(durations)('%s', (text, months) => {
    const got = findDurations(text).map((d) => d.months);
    expect(got.length).toBe(months.length);
    got.forEach((g, i) => expect(g).toBeCloseTo(months[i]!, 5));
  });
});

const terms: Array<[string, [number, number] | undefined]> = [
  // The whole length first, then how it is made up (blind evaluation set, dev half).
  [
    'Duration of the contract: 60 months, comprising an initial term of three years with the option to extend for up to two further years.',
    [36, 24],
  ],
  // Round 16 dev half: the whole after "for", its make-up after a colon.
  [
    'The Council estimates the value of the contract at £1,500,000 excluding VAT for three years: an initial term of two years plus a possible extension of one year.',
    [24, 12],
  ],
  [
    'The contract will run for two years from 1 April 2025, with the option for the Town Council to extend it for a further year.',
    [24, 12],
  ],
  ['The fee is £75,000 a year for 3 years.', [36, 0]],
  [
    'The contract will run for an initial period of 3 years with an option to extend by up to 2 further years.',
    [36, 24],
  ],
  ['The contract term is 3+1+1 years.', [36, 24]],
  ['The contract is for 2 x 12 months.', [24, 0]],
  ['a 36 month contract', [36, 0]],
  ['an initial period of 3 years (with an option to extend for a further period(s) of up to 3+3+1 years)', [36, 84]], // Western Bay
  ['3 years with the option to extend for further 2 years (1 year plus 1 year)', [36, 24]], // UoE (PCS 2019)
  ['The framework will last four years.', [48, 0]],
  ['an initial term of 24 months with two further periods of 12 months', [24, 24]],
  ['an initial term of 2 years and a further 12 months and a further 12 months', [24, 24]],
  ['The service will be commissioned for five (5) years with the option to extend for up to two (2) years.', [60, 24]],
  ['No term.', undefined],
];

describe('findTerm', () => {
  it.each(terms)('%s', (text, expected) => {
    const t = findTerm(text);
    expect(t ? [t.initialMonths, t.extensionMonths] : undefined).toEqual(expected);
  });

  it('reads an extension stated on its own', () => {
    expect(
      findExtension(
        'The University reserves the right to extend the Agreement for a further two years subject to performance.',
      ),
    ).toBe(24);
    expect(findExtension('Option to extend for two years in one year increments')).toBe(24); // Hywel Dda (Sell2Wales)
    expect(findExtension('No extension is offered.')).toBeUndefined();
  });
});

// Phrasings from the issue and from tenders written by people who had not seen the extractor.
const shapes: Array<[string, number[]]> = [
  ['The contract will run for two years plus one plus one.', [24, 12, 12]],
  [
    'The contract will be let for a term of 3+1+1 years: an initial term of three years from 1 September 2026, with two optional extensions of one year each.',
    [36, 12, 12],
  ],
  [
    'The contract will run for an initial term of 12 months with the option to extend for up to a further 3 x 12 months.',
    [12, 12, 12, 12],
  ],
  [
    'The contract will run for an initial period of three years, with the option to extend for up to two further years (up to 5 years in total).',
    [36, 24],
  ],
  ['The contract is for three years (an initial 18 months and two optional 9-month extensions).', [18, 9, 9]],
  [
    'The framework will run for an initial period of 24 months from 1 May 2026, with the option for the Agency to extend it for 2 x 12 months.',
    [24, 12, 12],
  ],
  [
    'The call-off contract will run for two years from 4 January 2027, with an option for the Council to extend for a further 12 months.',
    [24, 12],
  ],
  ['an initial term of 2 years, extendable to a maximum of 4 years', [24, 24]],
  ['The contract will run for 36 months from 1 May 2026.', [36]],
  ['2 years + 1 year + 1 year', [24, 12, 12]],
  [
    'The estimated contract value is £240,000 excluding VAT over a term of 2 years with the option to extend by 12 months.',
    [24, 12],
  ],
  [
    'The estimated value is £4,200,000 excluding VAT over four years: an initial term of three years with the option to extend for one further year.',
    [36, 12],
  ],
  // r16-16 (blind dev half)
  [
    'The estimated contract value is £1.5 million excluding VAT for a five-year term (an initial three years plus two optional extensions of one year each), starting on 1 June 2027.',
    [36, 24],
  ],
  // r13-02 (blind dev half)
  [
    'The contract will run for an initial period of three years from 1 May 2027, with the option to extend by one year and then by a further one year (3+1+1).',
    [36, 12, 12],
  ],
];

describe('findTerm: the parts of the term', () => {
  it.each(shapes)('%s', (text, parts) => {
    expect(findTerm(text)?.parts).toEqual(parts);
  });
});

import { describe, expect, it } from 'vitest';
import { findMultiples, findPercentages } from '../../linter/core/extract/ratios.js';

const multiples: Array<[string, Array<[number, string]>]> = [
  ['a turnover of at least three times the contract value', [[3, 'unknown']]],
  ['turnover of 3x the annual value', [[3, 'annual']]],
  ['3 x the annual contract value', [[3, 'annual']]],
  ['300% of the annual value', [[3, 'annual']]],
  ['twice the estimated contract value', [[2, 'unknown']]],
  ['Turnover should be up to twice the estimated contract value over the past two financial years', [[2, 'unknown']]], // NHS Grampian
  ['double the total contract value', [[2, 'total']]],
  ['four times the value of the lot', [[4, 'unknown']]],
  ['2.5 times the annual contract price', [[2.5, 'annual']]],
  ['treble the contract value', [[3, 'unknown']]],
  ['five times the estimated annual value', [[5, 'annual']]],
  ['200 per cent of the contract value', [[2, 'unknown']]],
  ['1.5x the yearly contract value', [[1.5, 'annual']]],
  ['two times the total value', [[2, 'total']]],
  ['three times the maximum lot value', [[3, 'unknown']]],
  // Not multiples of the value.
  ['2 x 12 months', []],
  ['Turnover Ratio | 1.50 | - | 2.00', []], // CCS FVRA table
  ['three times a week', []],
];

describe('findMultiples', () => {
  it.each(multiples)('%s', (text, expected) => {
    expect(findMultiples(text).map((m) => [m.factor, m.of])).toEqual(expected);
  });
});

const percentages: Array<[string, number[]]> = [
  ['Social value will be weighted at 10%', [10]],
  ['a 5 % weighting', [5]],
  ['ten per cent of the total score', [10]],
  ['7.5 per cent', [7.5]],
  ['Quality 60%, Price 30%, Social Value 10%', [60, 30, 10]],
  ['fifteen percent', [15]],
  ['no percentages here', []],
];

describe('findPercentages', () => {
  it.each(percentages)('%s', (text, expected) => {
    expect(findPercentages(text).map((p) => p.value)).toEqual(expected);
  });
});

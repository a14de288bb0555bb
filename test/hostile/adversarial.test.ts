// A megabyte of hostile text through every extractor and through the whole rule set: long runs of
// digits and commas, of date-like fragments, of a repeated keyword, of white space, of non-space.
// A pattern that backtracks quadratically takes hours on these, so the test timing out is the failure;
// nothing here measures time (npm run bench does).
import { describe, expect, it } from 'vitest';
import { TEXT_EXTRACTORS } from '../helpers/extractors.js';
import { extractFacts } from '../../linter/core/extract/facts/index.js';
import { turnoverDemands } from '../../linter/core/extract/requirements/turnover.js';
import { dsptFacts } from '../../linter/core/extract/requirements/dspt.js';
import { accountsFacts } from '../../linter/core/extract/requirements/accounts.js';
import { undefinedAcronyms } from '../../linter/core/extract/requirements/acronyms.js';
import { certificationDemands, dataHandling } from '../../linter/core/extract/requirements/certifications.js';
import {
  paymentTerms,
  priorContractDemands,
  reservesDemands,
  socialValueWeightings,
} from '../../linter/core/extract/requirements/conditions.js';
import { insuranceFacts } from '../../linter/core/extract/requirements/insurance.js';
import { saysBelowThreshold, selectionStage } from '../../linter/core/extract/requirements/selection.js';
import { lintDocument } from '../../linter/core/lint.js';
import { parseText } from '../../linter/core/parse/text.js';
import { commentsIn } from '../../linter/core/parse/comments.js';
import { checkMarkdownNesting, decodeText } from '../../linter/core/parse/index.js';

const MB = 1 << 20;
const fill = (unit: string, prefix = '', suffix = '') =>
  prefix + unit.repeat(Math.ceil((MB - prefix.length - suffix.length) / unit.length)) + suffix;

export const HOSTILE: Record<string, string> = {
  digits: fill('9'),
  'digits and commas': fill('1,'),
  'grouped thousands': fill('1,000,', '£'),
  'pound signs': fill('£1,'),
  'decimal points': fill('1.'),
  'plus chains': fill('1+'),
  'times chains': fill('3 x '),
  'slash dates': fill('12/12/'),
  'day month no year': fill('1 January '),
  'iso fragments': fill('2026-01-'),
  weekdays: fill('Monday, '),
  'times of day': fill('12:00 '),
  'number words': fill('one '),
  'hyphenated number words': fill('twenty-'),
  turnover: fill('turnover '),
  'minimum annual turnover of': fill('minimum annual turnover of ', 'Bidders must have a '),
  years: fill('3 years '),
  extend: fill('extend by a further '),
  insurance: fill('public liability insurance of £'),
  dspt: fill('DSPT at '),
  'not lotted': fill('not lotted '),
  percent: fill('10% '),
  acronyms: fill('ABC (DEF '),
  'open brackets': fill('('),
  'e-mail-like run': fill('abcdefghij'),
  'at signs': fill('a@'),
  'url run': fill('www.', 'see '),
  'white space': fill(' \t', 'must', 'x'),
  'sentence ends': fill('. A'),
  mojibake: fill('Â£â€'),
  window: fill('window '),
  because: fill('because '),
};

function doc(text: string) {
  return parseText('hostile.txt', text);
}

// These check that every extractor and rule ends on a megabyte (no catastrophic backtracking), not how
// fast: a megabyte of "1 January " took 39 s for the extractors on a machine at load 8, past vitest's
// 60 s default once the rest of the suite runs beside it. Speed belongs to `npm run bench`.
const FINISHES_WITHIN = 240_000;

describe('a megabyte of hostile text', () => {
  it.each(Object.keys(HOSTILE))(
    '%s: every extractor finishes',
    (name) => {
      const text = HOSTILE[name]!;
      expect(text.length).toBeGreaterThanOrEqual(MB);
      for (const extract of TEXT_EXTRACTORS) extract(text);
      commentsIn(text, 1, 1);
      checkMarkdownNesting(text);
      decodeText(new TextEncoder().encode(text));
      const d = doc(text);
      expect(d.blocks.length).toBeGreaterThan(0);
      extractFacts(d);
      for (const extract of [
        turnoverDemands,
        dsptFacts,
        accountsFacts,
        undefinedAcronyms,
        certificationDemands,
        dataHandling,
        paymentTerms,
        priorContractDemands,
        reservesDemands,
        socialValueWeightings,
        insuranceFacts,
        saysBelowThreshold,
        selectionStage,
      ]) {
        extract(d);
      }
    },
    FINISHES_WITHIN,
  );

  it.each(Object.keys(HOSTILE))(
    '%s: every rule finishes',
    (name) => {
      const { findings } = lintDocument(doc(HOSTILE[name]!));
      expect(Array.isArray(findings)).toBe(true);
    },
    FINISHES_WITHIN,
  );

  it('an unclosed comment opener repeated is scanned once', () => {
    expect(commentsIn(fill('<!--'), 1, 1)).toEqual([]);
    expect(commentsIn(fill('<!-- x -->\n'), 1, 1).length).toBeGreaterThan(90_000);
  });
});

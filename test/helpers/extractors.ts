import { findMoney } from '../../linter/core/extract/money.js';
import { findDates } from '../../linter/core/extract/dates.js';
import { findDurations, findExtension, findTerm } from '../../linter/core/extract/durations.js';
import { findMultiples, findPercentages } from '../../linter/core/extract/ratios.js';
import { splitSentences } from '../../linter/core/text/sentences.js';
import { repairMojibake } from '../../linter/core/text/normalize.js';

/** Every text extractor, for the tests that feed them all the same hostile or random text. */
export const TEXT_EXTRACTORS: ReadonlyArray<(text: string) => unknown> = [
  findMoney,
  findDates,
  findDurations,
  findTerm,
  findExtension,
  findMultiples,
  findPercentages,
  splitSentences,
  repairMojibake,
];

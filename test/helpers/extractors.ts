import { findMoney } from '../../linter/extract/money.js';
import { findDates } from '../../linter/extract/dates.js';
import { findDurations, findExtension, findTerm } from '../../linter/extract/durations.js';
import { findMultiples, findPercentages } from '../../linter/extract/ratios.js';
import { splitSentences } from '../../linter/text/sentences.js';
import { repairMojibake } from '../../linter/text/normalize.js';

/** Every text extractor, for the tests that feed them all the same hostile or random text. */
export const TEXT_EXTRACTORS: ReadonlyArray<(text: string) => unknown> = [
  findMoney, findDates, findDurations, findTerm, findExtension, findMultiples, findPercentages, splitSentences, repairMojibake,
];

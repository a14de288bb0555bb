import type { Rule } from '../linter/rule.js';
import turnoverMultiple from './turnover-multiple.js';
import dsptSmallContract from './dspt-small-contract.js';
import unlottedLargeContract from './unlotted-large-contract.js';
import shortTenderPeriod from './short-tender-period.js';
import shortClarificationPeriod from './short-clarification-period.js';
import needsOcr from './needs-ocr.js';

/** Every rule, in the order findings and docs list them: the headline rules first. */
export const rules: readonly Rule[] = [
  turnoverMultiple,
  dsptSmallContract,
  unlottedLargeContract,
  shortTenderPeriod,
  shortClarificationPeriod,
  needsOcr,
] as unknown as readonly Rule[];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}

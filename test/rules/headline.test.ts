import turnoverMultiple from '../../rules/turnover-multiple.js';
import dsptSmallContract from '../../rules/dspt-small-contract.js';
import unlottedLargeContract from '../../rules/unlotted-large-contract.js';
import shortTenderPeriod from '../../rules/short-tender-period.js';
import shortClarificationPeriod from '../../rules/short-clarification-period.js';
import { testRuleExamples } from './harness.js';

// The five headline rules are held to their own examples the same way as every other rule.
for (const rule of [turnoverMultiple, dsptSmallContract, unlottedLargeContract, shortTenderPeriod, shortClarificationPeriod]) {
  testRuleExamples(rule);
}

import type { Rule } from '../linter/core/rule.js';
import turnoverMultiple from './turnover-multiple.js';
import dsptSmallContract from './dspt-small-contract.js';
import unlottedLargeContract from './unlotted-large-contract.js';
import shortTenderPeriod from './short-tender-period.js';
import shortClarificationPeriod from './short-clarification-period.js';
import auditedAccounts from './audited-accounts.js';
import accountsHistory from './accounts-history.js';
import insuranceBeforeAward from './insurance-before-award.js';
import insuranceLevel from './insurance-level.js';
import certificationEquivalent from './certification-equivalent.js';
import cyberEssentialsPlus from './cyber-essentials-plus.js';
import priorContract from './prior-contract.js';
import paymentTerms from './payment-terms.js';
import socialValueWeighting from './social-value-weighting.js';
import reservesRequirement from './reserves-requirement.js';
import belowThresholdSelection from './below-threshold-selection.js';
import plainLanguage from './plain-language.js';
import reservedCompetition from './reserved-competition.js';
import suitabilityContradiction from './suitability-contradiction.js';
import paymentPerformanceSmallContract from './payment-performance-small-contract.js';
import shortlistCriteriaMissing from './shortlist-criteria-missing.js';
import clarificationAfterDeadline from './clarification-after-deadline.js';
import deadlineOnHoliday from './deadline-on-holiday.js';
import pastDeadline from './past-deadline.js';
import psrKeyCriteria from './psr-key-criteria.js';
import needsOcr from './needs-ocr.js';

/** Every rule, in the order findings and docs list them: the headline rules first, then the rest in the order of rules.md (the checks the 2025-2026 rules support after plain-language). */
export const rules: readonly Rule[] = [
  turnoverMultiple,
  dsptSmallContract,
  unlottedLargeContract,
  shortTenderPeriod,
  shortClarificationPeriod,
  auditedAccounts,
  accountsHistory,
  insuranceBeforeAward,
  insuranceLevel,
  certificationEquivalent,
  cyberEssentialsPlus,
  priorContract,
  paymentTerms,
  socialValueWeighting,
  reservesRequirement,
  belowThresholdSelection,
  plainLanguage,
  reservedCompetition,
  suitabilityContradiction,
  paymentPerformanceSmallContract,
  shortlistCriteriaMissing,
  clarificationAfterDeadline,
  deadlineOnHoliday,
  pastDeadline,
  psrKeyCriteria,
  needsOcr,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}

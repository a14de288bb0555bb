import type { Severity } from '../core/model/finding.js';
import { rules } from '../../rules/index.js';
import { DOCS_BASE } from '../core/lint.js';
import { SUPPRESSION_CHECKS, SUPPRESSION_DOCS } from '../core/suppress.js';

/** What an output format needs to know about a rule: enough for SARIF's rules array. */
export interface RuleDescriptor {
  id: string;
  severity: Severity;
  description: string;
  rationale?: string;
  fix?: string;
  helpUri: string;
}

/** Every rule in the registry, then the suppression checks. */
export function ruleDescriptors(): RuleDescriptor[] {
  return [
    ...rules.map((r) => ({
      id: r.meta.id,
      severity: r.meta.severity,
      description: r.meta.description,
      rationale: r.meta.rationale,
      fix: r.meta.fix,
      helpUri: `${DOCS_BASE}${r.meta.id}.md`,
    })),
    ...SUPPRESSION_CHECKS.map((c) => ({
      id: c.id,
      severity: c.severity,
      description: c.description,
      fix: c.fix,
      helpUri: SUPPRESSION_DOCS,
    })),
  ];
}

import type { ConfigInput } from './config.js';
import { rules } from '../../rules/index.js';
import { SUPPRESSION_IDS } from './suppress.js';

/**
 * Built-in configs for `extends`. recommended is the rules' own defaults; psr is for health care
 * services under the Provider Selection Regime; strict raises every rule to error with tighter limits.
 */
export const PRESETS: Record<string, () => ConfigInput> = {
  'tenderlint:recommended': () => ({ rules: {} }),
  'tenderlint:psr': () => ({
    // PSR competitive processes buy health care services; the regime's own rules set the limits.
    facts: { regime: 'psr', contractType: 'services' },
    rules: {
      // PSR Sch.16 para 3 caps a turnover requirement at twice the contract value: law, so an error.
      'turnover-multiple': { severity: 'error', options: { maxMultiple: 2 } },
      // Health care tenders are where the full DSPT is demanded of small providers.
      'dspt-small-contract': 'error',
      // PSR sets no minimum period; 30 days is the guidance-level expectation for a fair competition.
      'short-tender-period': { severity: 'warning', options: { recommendedTenderDays: 30 } },
    },
  }),
  'tenderlint:strict': () => ({
    rules: onlyKnown({
      ...Object.fromEntries(rules.map((r) => [r.meta.id, 'error'])),
      'turnover-multiple': { severity: 'error', options: { maxMultiple: 1.5 } },
      'dspt-small-contract': { severity: 'error', options: { smallContractValue: 500_000 } },
      'unlotted-large-contract': { severity: 'error', options: { largeValue: 500_000 } },
      'short-tender-period': { severity: 'error', options: { recommendedTenderDays: 35 } },
      'short-clarification-period': { severity: 'error', options: { minClarificationDays: 10, minAnswerDays: 7 } },
      'unused-suppression': 'error',
    }),
  }),
};

/** Drops settings for rules the registry no longer has, so a preset never names a missing rule. */
function onlyKnown(settings: Record<string, unknown>): NonNullable<ConfigInput['rules']> {
  const known = new Set([...rules.map((r) => r.meta.id), ...SUPPRESSION_IDS]);
  return Object.fromEntries(Object.entries(settings).filter(([id]) => known.has(id))) as NonNullable<
    ConfigInput['rules']
  >;
}

export const PRESET_NAMES = Object.keys(PRESETS);

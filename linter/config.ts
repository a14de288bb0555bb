import { z } from 'zod';
import { Severity } from './model/finding.js';
import { StatedFacts } from './model/facts.js';

export const RuleLevel = z.enum(['off', ...Severity.options]);
export type RuleLevel = z.infer<typeof RuleLevel>;

export const RuleSetting = z.union([
  RuleLevel,
  z.object({ severity: RuleLevel.optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
]);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** tenderlint.config.json, the "tenderlint" key of package.json, and the extension's options page share this schema. */
export const Config = z
  .object({
    $schema: z.string().optional(),
    /** Rule id to a level, or to { severity, options }. */
    rules: z.record(z.string(), RuleSetting).default({}),
    /** Facts that hold for every document linted with this config (a team's default regime, say). */
    facts: StatedFacts.optional(),
  })
  .strict();
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;

/** A config problem in words a person can act on: which key, what was expected. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((i) => {
    const key = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    if (i.code === 'unrecognized_keys') return `${key ? key + ': ' : ''}unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${key || '(root)'}: ${i.message}`;
  });
}

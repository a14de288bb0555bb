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

/** Settings for the files matching some globs (relative to the config file's directory). */
export const Override = z
  .object({
    files: z
      .array(z.string())
      .min(1)
      .describe('Globs, relative to the config file; a glob without "/" matches file names at any depth.'),
    excludedFiles: z.array(z.string()).optional().describe('Globs of files the override does not apply to.'),
    rules: z.record(z.string(), RuleSetting).optional(),
    facts: StatedFacts.optional(),
  })
  .strict();
export type Override = z.infer<typeof Override>;

/** tenderlint.config.json, the "tenderlint" key of package.json, and the extension's options page share this schema. */
export const Config = z
  .object({
    $schema: z.string().optional(),
    /** Presets ("tenderlint:recommended", "tenderlint:psr", "tenderlint:strict") or config files, applied in order before this one. */
    extends: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe(
        'Presets (tenderlint:recommended, tenderlint:psr, tenderlint:strict) or relative paths of config files, applied in order before this file.',
      ),
    /** Rule id to a level, or to { severity, options }. */
    rules: z.record(z.string(), RuleSetting).default({}),
    /** Facts that hold for every document linted with this config (a team's default regime, say). */
    facts: StatedFacts.optional(),
    /** Per-glob settings, applied in order after the rest of the file. */
    overrides: z.array(Override).optional(),
  })
  .strict();
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;

/** A config problem in words a person can act on: which key, what was expected. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((i) => {
    const key = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    if (i.code === 'unrecognized_keys')
      return `${key ? key + ': ' : ''}unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    if (i.code === 'invalid_union' && /(^|\.)rules\.[^.]+$/.test(key))
      return `${key}: expected "off", "info", "warning", "error" or { "severity": ..., "options": { ... } }`;
    if (i.code === 'invalid_union' && /(^|\.)extends$/.test(key))
      return `${key}: expected a preset name or path, or a list of them`;
    return `${key || '(root)'}: ${i.message}`;
  });
}

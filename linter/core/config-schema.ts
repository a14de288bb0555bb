import { z } from 'zod';
import { Config, Override, RuleLevel, RuleSetting } from './config.js';
import { Report } from './model/report.js';
import { rules } from '../../rules/index.js';
import { SUPPRESSION_CHECKS } from './suppress.js';

/**
 * JSON Schemas published in the package (schema/*.json, written by `npm run schema`): the config
 * schema names every rule with its options, so editors complete and check tenderlint.config.json.
 */

function rulesShape() {
  const shape: Record<string, z.ZodType> = {};
  for (const r of rules) {
    const options = r.meta.options.partial().strict();
    shape[r.meta.id] = z
      .union([RuleLevel, z.object({ severity: RuleLevel.optional(), options: options.optional() }).strict()])
      .describe(`${r.meta.description} (default: ${r.meta.severity})`);
  }
  for (const c of SUPPRESSION_CHECKS)
    shape[c.id] = z
      .union([RuleLevel, z.object({ severity: RuleLevel.optional() }).strict()])
      .describe(`${c.description} (default: ${c.severity})`);
  return z
    .object(shape)
    .catchall(RuleSetting)
    .describe('Rule id to a level (off, info, warning, error) or to { severity, options }.');
}

function withId(schema: Record<string, unknown>, name: string, title: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: `https://github.com/tenderlint/tenderlint/blob/main/schema/${name}`, title, ...rest };
}

export function configJsonSchema(): Record<string, unknown> {
  const ruleMap = rulesShape();
  const editorConfig = Config.extend({
    rules: ruleMap.optional(),
    overrides: z
      .array(Override.extend({ rules: ruleMap.optional() }))
      .optional()
      .describe('Settings for files matching globs, applied in order after the rest of the file.'),
  });
  return withId(
    z.toJSONSchema(editorConfig, { io: 'input', target: 'draft-7' }),
    'tenderlint.config.schema.json',
    'tenderlint configuration',
  );
}

export function reportJsonSchema(): Record<string, unknown> {
  return withId(
    z.toJSONSchema(Report, { io: 'output', target: 'draft-7' }),
    'report.schema.json',
    'tenderlint JSON report (--format json)',
  );
}

/** File name to contents, as `npm run schema` writes them. */
export function schemaFiles(): Record<string, string> {
  return {
    'tenderlint.config.schema.json': JSON.stringify(configJsonSchema(), null, 2) + '\n',
    'report.schema.json': JSON.stringify(reportJsonSchema(), null, 2) + '\n',
  };
}

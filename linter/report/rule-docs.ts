import { type z } from 'zod';
import type { Rule, RuleExample } from '../core/rule.js';
import { LAWS, LAW_NAMES } from '../core/law.js';
import type { Citation } from '../core/model/finding.js';

function optionRows(rule: Rule): string[] {
  const shape = rule.meta.options.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  if (keys.length === 0) return ['This rule has no options.'];
  const defaults = rule.meta.options.parse({});
  const rows = ['| option | default | meaning |', '| --- | --- | --- |'];
  for (const k of keys) rows.push(`| \`${k}\` | \`${JSON.stringify(defaults[k])}\` | ${shape[k]!.description ?? ''} |`);
  return rows;
}

function citeLink(c: Citation): string {
  return `[${c.title}](${c.url})${c.section ? `, ${c.section}` : ''} (${c.kind})`.replace(/\|/g, '\\|');
}

function example(e: RuleExample): string[] {
  const lines = ['```markdown', e.text, '```'];
  const notes: string[] = [];
  if (e.facts) notes.push(`facts: \`${JSON.stringify(e.facts)}\``);
  if (e.severity) notes.push(`severity: ${e.severity}`);
  if (e.message) notes.push(`the message says “${e.message}”`);
  if (e.source) notes.push(`source: ${e.source}`);
  if (notes.length) lines.push(`<sub>${notes.join('; ')}</sub>`);
  return lines;
}

/** docs/rules/<id>.md, in one template for every rule (after OCP Cardinal's indicator pages). */
export function ruleDoc(rule: Rule): string {
  const m = rule.meta;
  const out = [
    `# ${m.id}`,
    '',
    `<!-- Generated from rules/${m.id}.ts by \`npm run docs\`. Do not edit by hand. -->`,
    '',
    `Default severity: **${m.severity}**`,
    '',
    '## What it checks',
    '',
    m.description,
    '',
    '## Why',
    '',
    m.rationale,
    '',
    '### Sources',
    '',
    'A finding cites only the law that governs the document.',
    '',
    '| law | basis | sources |',
    '| --- | --- | --- |',
    ...LAWS.map((l) => {
      const e = m.citations[l];
      if (e.basis === 'none') return `| ${LAW_NAMES[l]} | does not fire | ${e.note} |`;
      const basis =
        { law: 'law', policy: 'policy, not law', 'good-practice': 'good practice' }[e.basis] +
        (e.ceiling ? ` (at most ${e.ceiling})` : '');
      return `| ${LAW_NAMES[l]} | ${basis} | ${[...e.cite.map(citeLink), ...(e.note ? [e.note] : [])].join('; ')} |`;
    }),
    '',
    '## How to fix it',
    '',
    m.fix,
    '',
    '## Examples',
    '',
    '### Flagged',
    '',
    ...m.examples.flag.flatMap((e) => [...example(e), '']),
    '### Fine',
    '',
    ...m.examples.pass.flatMap((e) => [...example(e), '']),
    '## Findings and their data',
    '',
    'Each finding carries a `messageId` and a `data` object with its numbers (in `--format json` and SARIF), so reports and scripts need not read the message.',
    '',
    '| messageId | when, and its data |',
    '| --- | --- |',
    ...Object.entries(m.messages).map(([id, what]) => `| \`${id}\` | ${what.replace(/\|/g, '\\|')} |`),
    '',
    '## Configuration',
    '',
    `In \`tenderlint.config.json\`: \`{ "rules": { "${m.id}": { "severity": "warning", "options": { … } } } }\`, or \`"off"\`.`,
    '',
    ...optionRows(rule),
    '',
    '## Exclusions',
    '',
    ...m.exclusions.map((x) => `- ${x}`),
    '',
  ];
  return out.join('\n');
}

/** The README's rule table. */
export function ruleTable(rules: readonly Rule[]): string {
  const rows = ['| rule | default | what it checks |', '| --- | --- | --- |'];
  for (const r of rules)
    rows.push(`| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.severity} | ${r.meta.description} |`);
  return rows.join('\n');
}

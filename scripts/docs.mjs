#!/usr/bin/env node
// Writes docs/rules/<id>.md for every rule and the README's rule table, from the rules' metadata
// (run on the built JS: `npm run docs` builds first). The README is only touched between the
// <!-- rules:start --> and <!-- rules:end --> markers, and only if it exists.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../dist/rules/index.js';
import { ruleDoc, ruleTable } from '../dist/linter/report/rule-docs.js';
import { optionsMarkdown } from '../dist/linter/node/cli-options.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'docs/rules');
mkdirSync(dir, { recursive: true });
for (const rule of rules) writeFileSync(join(dir, `${rule.meta.id}.md`), ruleDoc(rule));
console.log(`docs: wrote ${rules.length} rule pages to docs/rules/`);

const readme = join(root, 'README.md');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
if (!existsSync(readme)) {
  console.log('docs: no README.md, rule table not written');
} else {
  const text = readFileSync(readme, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) {
    console.error(`docs: README.md has no ${START} ... ${END} markers`);
    process.exit(1);
  } else {
    const next = `${text.slice(0, a + START.length)}\n${ruleTable(rules)}\n${text.slice(b)}`;
    if (next !== text) writeFileSync(readme, next);
    console.log('docs: README.md rule table is up to date');
  }
}

// docs/cli.md's option tables, between its markers; a missing marker is an error, not a silent skip.
const cliDoc = join(root, 'docs/cli.md');
const OPT_START = '<!-- options:start -->';
const OPT_END = '<!-- options:end -->';
const cliText = readFileSync(cliDoc, 'utf8');
const oa = cliText.indexOf(OPT_START);
const ob = cliText.indexOf(OPT_END);
if (oa < 0 || ob < oa) {
  console.error(`docs: docs/cli.md has no ${OPT_START} ... ${OPT_END} markers`);
  process.exit(1);
}
const cliNext = `${cliText.slice(0, oa + OPT_START.length)}\n${optionsMarkdown()}\n${cliText.slice(ob)}`;
if (cliNext !== cliText) writeFileSync(cliDoc, cliNext);
console.log('docs: docs/cli.md options are up to date');

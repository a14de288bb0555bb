#!/usr/bin/env node
// Writes schema/tenderlint.config.schema.json and schema/report.schema.json from the zod schemas
// (run `npm run build` first). test/cli/schema.test.ts fails when the committed files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemaFiles } from '../dist/linter/core/config-schema.js';

const dir = new URL('../schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(schemaFiles())) {
  writeFileSync(new URL(name, dir), text);
  console.log(`wrote schema/${name}`);
}

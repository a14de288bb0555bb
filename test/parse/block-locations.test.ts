import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../linter/core/parse/index.js';
import { lintDocument } from '../../linter/core/lint.js';
import { blockAt } from '../../linter/core/text/locate.js';
import { ROOT } from '../cli/helpers.js';

const dir = join(ROOT, 'fixtures/tenders');
const files = readdirSync(dir).filter((f) => /\.(md|docx|pdf)$/.test(f));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// The extension marks a finding's block by its number (blockAt), never by searching for its text:
// so every finding's location must name a block, and that block must hold the start of the excerpt.
describe('every finding names its block', () => {
  it.each(files)('%s', async (name) => {
    const [doc] = await parseBytes(name, new Uint8Array(readFileSync(join(dir, name))));
    const { findings } = lintDocument(doc!);
    for (const f of findings.filter((x) => x.ruleId !== 'needs-ocr')) {
      const block = blockAt(doc!.blocks, f.location);
      expect(block, `${f.ruleId} at ${JSON.stringify(f.location)}`).toBeDefined();
      const head = squash(f.excerpt).slice(0, 25);
      const text = squash(block!.text);
      expect(
        text.includes(head) || squash(f.excerpt).includes(text.slice(0, 25)),
        `${f.ruleId}: "${head}" in block ${f.location.block}`,
      ).toBe(true);
    }
  });
});

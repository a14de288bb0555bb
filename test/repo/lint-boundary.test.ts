// The ESLint boundary rule is on and says what it should: probes written as if they were files in
// each room are linted with the repository's own eslint.config.js.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const eslint = new ESLint({ cwd: ROOT });

/** The boundary messages ESLint gives for `code` as if it were the file at `filePath`. */
async function boundaryProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => /^no-restricted-(imports|syntax|globals)$/.test(m.ruleId ?? ''))
    .map((m) => m.message);
}

const NODE_IMPORTS = [
  "import { readFileSync } from 'node:fs';",
  "import { join } from 'path';",
  "export { hash } from 'node:crypto';",
  "export const zlib = await import('node:zlib');",
].join('\n');

describe('the boundary rule in eslint.config.js', () => {
  it.each([['linter/core/limits.ts'], ['rules/index.ts'], ['extension/lib/documents.ts'], ['linter/report/json.ts']])(
    'refuses Node builtins, by either name and dynamically, in %s',
    async (file) => {
      const problems = await boundaryProblems(file, NODE_IMPORTS + '\nexport {};\n');
      expect(problems).toHaveLength(4);
      expect(problems.every((m) => /browser-safe/.test(m))).toBe(true);
    },
  );

  it('refuses the Node shell and the formatters in linter/core, at any depth', async () => {
    expect(
      await boundaryProblems('linter/core/limits.ts', "import { run } from '../node/run.js';\nexport { run };\n"),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(
        'linter/core/extract/facts/index.ts',
        "import { formatJson } from '../../../report/json.js';\nexport { formatJson };\n",
      ),
    ).toHaveLength(1);
  });

  it('lets a rule import only linter/core, and the extension only core and report', async () => {
    expect(
      await boundaryProblems(
        'rules/index.ts',
        "import { formatJson } from '../linter/report/json.js';\nexport { formatJson };\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(
        'rules/index.ts',
        "import { defineRule } from '../linter/core/rule.js';\nexport { defineRule };\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryProblems(
        'extension/lib/documents.ts',
        "import { run } from '../../linter/node/run.js';\nexport { run };\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(
        'extension/lib/documents.ts',
        "import { formatJson } from '../../linter/report/json.js';\nexport { formatJson };\n",
      ),
    ).toEqual([]);
  });

  it('refuses Node globals in the engine', async () => {
    expect(await boundaryProblems('linter/core/limits.ts', 'export const cwd = process.cwd();\n')).toHaveLength(1);
  });

  it('leaves the Node shell free to use Node', async () => {
    expect(await boundaryProblems('linter/node/version.ts', NODE_IMPORTS + '\nexport {};\n')).toEqual([]);
  });
});

// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * The rule of the house: linter/core (with rules/) is the engine the extension bundles, so it never
 * loads Node. Only linter/node may import node:* or the shell; CONTRIBUTING.md explains the rooms.
 * test/repo/boundaries.test.ts checks the same by walking the import graph, whatever this file says.
 */
const NODE_BUILTINS = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))];
const BROWSER_SAFE =
  'must stay browser-safe (the extension bundles it): Node-only code goes in linter/node and is handed in';

/** no-restricted-imports for a room: no Node builtin by either name, and none of the given relative patterns. */
function boundary(room, patterns) {
  return {
    paths: NODE_BUILTINS.map((name) => ({ name, message: `${room} ${BROWSER_SAFE}.` })),
    patterns: [{ regex: '^node:', message: `${room} ${BROWSER_SAFE}.` }, ...patterns],
  };
}

/** A browser-safe room: no Node builtins by import, dynamic import or global, and no room above it. */
function browserSafe(name, files, room, patterns) {
  return {
    name,
    files: [files],
    rules: {
      'no-restricted-imports': ['error', boundary(room, patterns)],
      'no-restricted-syntax': ['error', NODE_BUILTIN_DYNAMIC],
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  };
}
const NODE_BUILTIN_DYNAMIC = {
  selector: `ImportExpression > Literal[value=/^(node:|(${NODE_BUILTINS.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$)/]`,
  message: `A dynamic import of a Node builtin: ${BROWSER_SAFE}.`,
};
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
  name,
  message: `A Node global: ${BROWSER_SAFE}.`,
}));

export default defineConfig(
  globalIgnores([
    'dist/',
    '.output/',
    '.wxt/',
    'node_modules/',
    'test-output/',
    'bench-output/',
    'fixtures/',
    'docs/',
    'schema/',
    'fuzz-crashes/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'tenderlint/typed',
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['wxt.config.ts', 'vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Type-aware checks that pay here: a lost promise is a lost file in a batch or an unhandled rejection in the extension.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    name: 'tenderlint/style',
    files: ['**/*.ts'],
    rules: {
      // typeof import('…') stays allowed: it types a module loaded lazily with import() (pdf.js, the parsers).
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Untrusted text is cleaned of control characters on purpose (parse/, report/stylish): those regexes name them.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'smart'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    name: 'tenderlint/node-scripts',
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },

  {
    name: 'tenderlint/browser-scripts',
    // Functions passed to page.evaluate() run in the page, with the browser's globals.
    files: ['scripts/bench-extension.mjs'],
    languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } },
  },
  browserSafe('tenderlint/boundary-core', 'linter/core/**/*.ts', 'linter/core', [
    {
      regex: '^(\\.\\./)+(node|report|portfolio)(/|$)',
      message:
        'linter/core is the bottom room: it imports neither the Node shell nor the formatters or the portfolio; they import it.',
    },
    { regex: '(^|/)extension/', message: 'linter/core never imports the extension.' },
  ]),
  browserSafe('tenderlint/boundary-rules', 'rules/**/*.ts', 'A rule', [
    {
      regex: '^\\.\\./linter/(?!core/)',
      message:
        'A rule imports only linter/core (facts, passages, citations, law tables), never the shell, the formatters or the portfolio.',
    },
    { regex: '(^|/)extension/', message: 'A rule never imports the extension.' },
  ]),
  browserSafe('tenderlint/boundary-extension', 'extension/**/*.ts', 'The extension', [
    {
      regex: '(^|/)linter/(?!core/|report/)',
      message:
        'The extension reuses linter/core (and linter/report for formatters); the Node shell and the portfolio are not for the browser.',
    },
  ]),
  {
    name: 'tenderlint/boundary-pure',
    files: ['linter/report/**/*.ts', 'linter/portfolio/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary('Formatters and the portfolio aggregation', [
          {
            regex: '^(\\.\\./)+node(/|$)',
            message: 'A formatter is handed its data; the Node shell calls it, not the other way round.',
          },
        ]),
      ],
      'no-restricted-syntax': ['error', NODE_BUILTIN_DYNAMIC],
    },
  },
  // Layout is Prettier's (npm run format); no lint rule argues with it.
  prettier,
);

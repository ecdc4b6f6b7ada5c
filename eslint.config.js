// ESLint flat config: typescript-eslint's recommended rules over the TypeScript sources, tests,
// scripts and benchmarks. Type-checking itself is `tsc` (npm test); lint catches the rest.
const { builtinModules } = require('node:module');
const { defineConfig, globalIgnores } = require('eslint/config');
const tseslint = require('typescript-eslint');

/** Libraries of a host (Node, the browser UI, Office, files): never inside the engine or the port. */
const NO_NODE = 'The engine is pure TypeScript: no Node APIs (read files in src/cli or src/xlsx).';
const HOST_LIBRARIES = {
  paths: builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: NO_NODE })),
  patterns: [
    { regex: '^node:', message: NO_NODE },
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*', 'exceljs', 'exceljs/*', 'office-js', '@microsoft/office-js', '@microsoft/office-js/*', 'mammoth', 'docx', 'commander'],
      message: 'The engine knows no UI, no Office and no file format: it takes grids and gives tables, findings and drafts.',
    },
  ],
};

/** The folders around the engine; a relative import into one of them leaves the engine. */
const OUTSIDE_ENGINE = /^(\.\.\/)+(cli|commands|docx|excel|port|preview|taskpane|xlsx)(\/|$)/.source;

module.exports = defineConfig([
  globalIgnores(['node_modules/', 'dist/', 'bin/', 'coverage/', '.tmp/', 'test/e2e/screenshots/']),
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      // `_name` marks an argument or binding that is deliberately unused (contract stubs, callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Non-null assertions are fine after a check the compiler cannot follow (tests use them a lot).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `interface Port extends Base {}` names a contract that may grow; that is not a mistake.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-debugger': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Engine purity (docs/design.md): grids in, plain data out; the same code in the pane, the CLI and tests.
    // tsconfig.engine.json (run by `npm test`) type-checks the engine without DOM or Node types.
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: HOST_LIBRARIES.paths,
          patterns: [...HOST_LIBRARIES.patterns, { regex: OUTSIDE_ENGINE, message: 'The engine imports nothing outside src/engine.' }],
        },
      ],
    },
  },
  {
    // The workbook port is the contract between the pane and its two hosts: engine types only.
    files: ['src/port/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: HOST_LIBRARIES.paths,
          patterns: [...HOST_LIBRARIES.patterns, { regex: OUTSIDE_ENGINE, message: 'The port depends on the engine\'s types only.' }],
        },
      ],
    },
  },
  {
    // A host implements the port; it never reaches into the pane or the other host.
    files: ['src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(taskpane|preview|cli)(/|$)', message: 'src/excel implements src/port; it imports neither the pane nor the preview.' }] }],
    },
  },
  {
    // The pane talks to a workbook only through the port; only the bootstrap (index.tsx) picks a host.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+(excel|preview|cli)(/|$)', message: 'The pane uses a WorkbookPort (src/port), never a host directly.' }] }],
    },
  },
  {
    // CommonJS config files and scripts may use require().
    files: ['**/*.cjs', 'eslint.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);

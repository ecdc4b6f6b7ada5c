// ESLint flat config: typescript-eslint's recommended rules over the TypeScript sources, tests,
// scripts and benchmarks. Type-checking itself is `tsc` (npm test); lint catches the rest.
const { defineConfig, globalIgnores } = require('eslint/config');
const tseslint = require('typescript-eslint');

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
    // CommonJS config files and scripts may use require().
    files: ['**/*.cjs', 'eslint.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);

// @ts-check
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'demo/vendors/', 'bench/results/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The consent rules and the notice model are pure: time, storage and the page come in as
    // arguments, so they run the same in tests, in Node and in the browser.
    files: [
      'src/core/**/*.ts',
      'src/notice/notice-schema.ts',
      'src/notice/types.ts',
      'src/notice/text.ts',
      'src/notice/localize.ts',
      'src/notice/topics.ts',
      'src/notice/gdpr-checks.ts',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'fetch', 'localStorage', 'sessionStorage', 'location', 'navigator'].map(
          (name) => ({ name, message: 'Pass it in: src/core and the notice model touch no page.' }),
        ),
      ],
    },
  },
  {
    files: ['scripts/**', 'demo/**', 'test/e2e/**', 'test/node/**', 'web-test-runner.config.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

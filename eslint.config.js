import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default [
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/bad-content/', 'tests/fixtures/seeds/', 'tests/fixtures/structure/', 'tests/fixtures/dense-site/dist/', 'tests/fixtures/dense-site/.astro/', 'test-results/', 'playwright-report/', '.stryker-tmp/', 'reports/', 'test-logs/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
];

// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'coverage', 'tests/fixtures/dist', '.scratch'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The engine runs in the content script, the side panel, Node and tests:
    // it must not reach for the DOM, the browser, WXT or React.
    files: ['analyzers/**/*.ts'],
    ignores: ['analyzers/**/*.test.ts', 'analyzers/kit/test-analyzer.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'Analyzers are pure: no WXT.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'dompurify'],
              message: 'Analyzers are pure: no UI libraries.',
            },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Analyzers are pure: no Node APIs.' },
            {
              group: [
                '@/utils/*',
                '@/components/*',
                '@/entrypoints/*',
                '@/tools/*',
                '../../utils/*',
                '../../components/*',
                '../../entrypoints/*',
                '../../tools/*',
                '../../../tools/*',
              ],
              message: 'Analyzers depend on nothing outside analyzers/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'chrome',
          'browser',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
          'process',
        ].map((name) => ({
          name,
          message: 'Analyzers are pure: no DOM, browser or host globals.',
        })),
      ],
    },
  },
  {
    // What ships never loads the development tools (Node code: bench, eval, CLI).
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/tools/*', '~/tools/*', '../tools/*', '../../tools/*', '../../../tools/*'],
              message: 'The extension does not import the development tools in tools/.',
            },
          ],
        },
      ],
    },
  },
);

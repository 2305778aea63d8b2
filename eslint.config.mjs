// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const officePlugin = officeAddins.configs.recommended.find((c) => c.plugins?.['office-addins'])?.plugins?.[
  'office-addins'
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'test-results/**', 'coverage/**', '.hostile/**', 'examples/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Office.js habits (Microsoft's own lint rules) where Office.js is used.
  {
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officePlugin },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  // The pure core: nothing from the UI, Office.js, Node IO or the other layers.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                '@fluentui/*',
                'office-*',
                '@microsoft/*',
                'exceljs',
                'playwright*',
              ],
              message: 'src/core is pure: no UI, Office.js or file libraries.',
            },
            {
              group: [
                'fs',
                'node:*',
                'path',
                'os',
                'child_process',
                'http',
                'https',
                'net',
                'stream',
                'zlib',
              ],
              message: 'src/core is pure: no Node IO.',
            },
            {
              group: [
                '**/excel/**',
                '**/taskpane/**',
                '**/commands/**',
                '**/cli/**',
                '../excel*',
                '../taskpane*',
                '../commands*',
                '../cli*',
              ],
              message: 'src/core must not import the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'document', 'window', 'process', 'require'],
    },
  },
);

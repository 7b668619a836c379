import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const pureRule = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['svelte', 'svelte/*', '*.svelte', '*.svelte.ts'], message: 'Pure code must not depend on Svelte.' },
        { group: ['dexie', 'dexie/*'], message: 'Pure code must not touch storage.' },
        { group: ['chart.js', 'chart.js/*'], message: 'Pure code must not draw.' },
        { group: ['**/src/ui/*', '**/src/storage/*', '**/ui/*', '**/storage/*'], message: 'Pure code must not reach the app layers.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'Pure code has no DOM.' },
    { name: 'document', message: 'Pure code has no DOM.' },
    { name: 'localStorage', message: 'Pure code has no storage.' },
    { name: 'indexedDB', message: 'Pure code has no storage.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Pass the time in as an argument.' },
    { object: 'Math', property: 'random', message: 'Pass a seed in as an argument.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the time in as an argument.' },
  ],
};

export default ts.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  { files: ['scoring/**/*.ts', 'src/core/**/*.ts', 'question-bank/**/*.ts'], ignores: ['question-bank/cli/**', 'question-bank/load.ts'], rules: pureRule },
);

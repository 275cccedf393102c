import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports go one way: ui → state → core, workers → core, cli → core (README, layout).
const upward = (...layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}/**`, `**/${layer}`],
    message: `This layer may not import from src/${layer} (README, layout: ui → state → core).`,
  }));

// The store itself (its state as a type is fine where allowed).
const storeAccess = {
  group: ['**/store', '**/useAtlas'],
  message: 'Only slices and ui reach the store; clients and selectors are handed what they need.',
};

// src/core stays pure and imports from no other layer.
const corePure = [
  ...upward('ui', 'state', 'workers', 'cli', 'i18n'),
  {
    group: [
      'react',
      'react-dom',
      'react-dom/*',
      'zustand',
      'zustand/*',
      'cytoscape',
      'cytoscape-*',
      'node:*',
      'fs',
      'path',
    ],
    message: 'src/core stays pure: no DOM, React, zustand, Cytoscape or Node APIs.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: corePure }] },
  },
  {
    // The CSV reader knows files, encodings and records, not the dataset built from them.
    files: ['src/core/csv/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...corePure,
            {
              group: ['**/model/**', '**/model'],
              message: 'src/core/csv may not import src/core/model (model reads csv, not back).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tables (CSV, workbooks, XML networks) know formats and records, not the dataset.
    files: ['src/core/tables/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...corePure,
            {
              group: ['**/model/**', '**/model'],
              message: 'src/core/tables may not import src/core/model (model reads tables).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: upward('ui', 'cli', 'workers') }] },
  },
  {
    // Inside state: slices keep and change what is kept (and may call clients); clients do the
    // work off the page's thread and the file reading, knowing no store; selectors derive from
    // the store's state, pure, calling nothing.
    files: ['src/state/clients/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...upward('ui', 'cli', 'workers', 'slices', 'selectors'), storeAccess] },
      ],
    },
  },
  {
    files: ['src/state/selectors/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upward('ui', 'cli', 'workers', 'slices', 'clients'),
            { ...storeAccess, allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['src/workers/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: upward('ui', 'state', 'cli') }] },
  },
  {
    files: ['src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: upward('ui', 'state', 'workers') }] },
  },
  {
    files: ['src/ui/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: upward('cli', 'workers') }],
    },
  },
);

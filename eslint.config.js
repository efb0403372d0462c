// Lint, including the import boundaries of docs/style.md: the domain is pure, lower layers never reach
// up into features or app, and features do not import each other (app/ composes them).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Everything but ./domain-file and the pure libraries the domain may use: valibot (the record schemas)
 * and lib0's SHA-256 alone (a pure function of bytes: the pairing room id, which must also work on an
 * http LAN page without crypto.subtle), not the rest of lib0.
 */
const DOMAIN_PURE_LIBRARIES = ['valibot', 'lib0/hash/sha256'];
const DOMAIN_MAY_NOT_IMPORT = `^(?!\\./[^/]+$|${DOMAIN_PURE_LIBRARIES.map((l) => `${l}$`).join('|')})`;
const UP_INTO_FEATURES = {
  regex: '^(\\.\\./)+(features|app)/',
  message: 'Lower layers must not import features or app.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'build',
      'test-results-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'react-hooks/refs': 'off',
    },
  },
  {
    // A feature reaches its own files with ./ and shared layers with ../../; any path that climbs out of
    // the feature and back into features/ (../other, ../../features/other/x) is sideways.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./(?!\\.\\./)', message: 'Features do not import each other; compose them in src/app.' },
            {
              regex: '^(\\.\\./)+(src/)?features/',
              message: 'Features do not import each other by any path; compose them in src/app.',
            },
            { regex: '^(\\.\\./)+app/', message: 'Features must not import app.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/stores/**/*.ts',
      'src/worker/**/*.ts',
      'src/storage/**/*.ts',
      'src/pairing/**/*.ts',
      'src/components/**/*.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [UP_INTO_FEATURES] }] },
  },
  {
    // Words for people (labels, the Markdown report): built from domain data, nothing else.
    files: ['src/presentation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            UP_INTO_FEATURES,
            {
              regex: '^\\.\\./(stores|storage|worker|components|data)/',
              message: 'src/presentation turns domain data into words: it imports only domain files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            UP_INTO_FEATURES,
            { regex: '^\\.\\./(stores|worker)/', message: 'Storage depends on the domain only.' },
          ],
        },
      ],
    },
  },
  {
    // The pairing transport sits under stores and features: it never reaches up into them.
    files: ['src/pairing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            UP_INTO_FEATURES,
            {
              regex: '^\\.\\./(stores|worker)/',
              message: 'The pairing transport depends on storage and the domain only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // An allow-list: other domain files, and the pure libraries named here. Anything else (a framework,
      // storage, the DOM, Node, a transport's helpers) belongs in a layer above.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: DOMAIN_MAY_NOT_IMPORT,
              message:
                'src/domain is pure: it imports only domain files and the pure libraries listed in eslint.config.js.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/domain has no DOM.' },
        { name: 'window', message: 'src/domain has no DOM.' },
        { name: 'localStorage', message: 'src/domain has no storage.' },
        { name: 'indexedDB', message: 'src/domain has no storage.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass time in: domain code never reads the clock.' },
        { object: 'performance', property: 'now', message: 'Pass time in: domain code never reads the clock.' },
      ],
    },
  },
  {
    // Tests beside domain code use the test libraries as well.
    files: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!\\./[^/]+$|${[...DOMAIN_PURE_LIBRARIES, 'vitest', 'fast-check'].map((l) => `${l}$`).join('|')})`,
              message: 'src/domain tests import domain files and test libraries only.',
            },
          ],
        },
      ],
    },
  },
);

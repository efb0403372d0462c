// Lint, including the import boundaries of STYLE.md: domain is pure, features do not import each
// other, and only app/ composes features.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const LAYERS_BELOW_FEATURES = ['./src/stores', './src/domain', './src/worker', './src/storage', './src/lib', './src/components'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'react-hooks/refs': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Layers below features never reach up.
            ...LAYERS_BELOW_FEATURES.map((target) => ({ target, from: ['./src/features', './src/app'], message: 'Lower layers must not import features or app.' })),
            // Features do not import each other: app/ composes them.
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features do not import each other; compose them in src/app.',
            })),
            // The domain is pure TypeScript: no stores, storage, runner, UI.
            {
              target: './src/domain',
              from: ['./src/stores', './src/storage', './src/worker', './src/lib', './src/components'],
              message: 'src/domain is pure: no stores, storage, workers or UI.',
            },
            { target: './src/storage', from: ['./src/stores', './src/worker'], message: 'Storage depends on the domain only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'dexie', 'dexie-react-hooks', 'pyodide', 'monaco-editor', '@monaco-editor/react'],
          patterns: ['node:*'],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/domain has no DOM.' },
        { name: 'window', message: 'src/domain has no DOM.' },
        { name: 'localStorage', message: 'src/domain has no storage.' },
        { name: 'indexedDB', message: 'src/domain has no storage.' },
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass time in: domain code never reads the clock.' }, { object: 'performance', property: 'now', message: 'Pass time in: domain code never reads the clock.' }],
    },
  },
);

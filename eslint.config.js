import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * Node built-ins with or without `node:` and with subpaths ('fs', 'fs/promises', 'node:path').
 * A regex, not a gitignore-style group, so a relative './path' is not caught by the 'path' rule.
 */
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const nodeBuiltins = `^(?:node:.+|(?:${builtinModules.map(escape).join('|')})(?:/.*)?)$`;

/** Process boundaries: what each layer may import. A violation is a lint error, not a review comment. */
const boundaries = {
  renderer: {
    patterns: [
      { group: ['electron', 'electron/*'], message: 'De renderer praat alleen via window.api met de back end, nooit direct met Electron.' },
      { regex: nodeBuiltins, message: 'De renderer draait in een sandbox zonder Node.' },
      { group: ['**/db', '**/db/**', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'], message: 'De renderer mag de database niet importeren; gebruik een kanaal uit contract/.' },
      { group: ['**/backend', '**/backend/**', '**/electron/**'], message: 'De renderer gebruikt alleen contract/ en window.api.' },
    ],
  },
  noElectron: {
    patterns: [{ group: ['electron', 'electron/*'], message: 'db/, backend/ en contract/ draaien zonder Electron (tests, dev:web).' }],
  },
  contract: {
    patterns: [
      { group: ['electron', 'electron/*', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'], message: 'contract/ wordt ook in de renderer geladen: alleen zod en eigen types.' },
      { regex: nodeBuiltins, message: 'contract/ wordt ook in de renderer geladen: alleen zod en eigen types.' },
      { group: ['**/db/**', '**/backend/**', '**/renderer/**'], message: 'contract/ hangt van niets af.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.native/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', boundaries.renderer],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  { files: ['db/**/*.ts', 'backend/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.noElectron] } },
  { files: ['contract/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.contract] } },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', 'build/**/*.{js,cjs}', '*.config.{js,cjs,mjs}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * Node built-ins with or without `node:` and with subpaths ('fs', 'fs/promises', 'node:path').
 * A regex, not a gitignore-style group, so a relative './path' is not caught by the 'path' rule.
 */
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const nodeBuiltins = `^(?:node:.+|(?:${builtinModules.map(escape).join('|')})(?:/.*)?)$`;

/**
 * The layers, each importing only those below it (static, re-exported and dynamic imports alike):
 * domain → contract → db → backend → electron; the renderer sees only domain and contract.
 * eslint-plugin-boundaries resolves every local import to its file and checks these zones.
 */
const LAYERS = {
  domain: ['domain'],
  contract: ['domain', 'contract'],
  db: ['domain', 'contract', 'db'],
  backend: ['domain', 'contract', 'db', 'backend'],
  electron: ['domain', 'contract', 'db', 'backend', 'electron'],
  renderer: ['domain', 'contract', 'renderer'],
};
const APP_CODE = Object.keys(LAYERS).map((layer) => `${layer}/**/*.{ts,tsx}`);

const zones = {
  files: APP_CODE,
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
    'boundaries/elements': Object.keys(LAYERS).map((type) => ({ type, pattern: type })),
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message: 'Laag {{from.type}} mag {{to.type}} niet importeren: elke laag gebruikt alleen de lagen eronder (zie docs/ARCHITECTURE.md).',
        policies: Object.entries(LAYERS).map(([from, allowed]) => ({
          from: { element: { type: from } },
          allow: { to: { element: { types: { anyOf: allowed } } } },
        })),
      },
    ],
  },
};

/** Packages and Node built-ins per layer (the zones cover our own folders), as regexes on the import source. */
const ELECTRON = '^electron(?:/.*)?$';
const packages = {
  renderer: [
    { regex: ELECTRON, message: 'De renderer praat alleen via window.api met de back end, nooit direct met Electron.' },
    { regex: nodeBuiltins, message: 'De renderer draait in een sandbox zonder Node.' },
    { regex: '^better-sqlite3$', message: 'De renderer mag de database niet importeren; gebruik een kanaal uit contract/.' },
  ],
  noElectron: [{ regex: ELECTRON, message: 'db/, backend/, contract/ en domain/ draaien zonder Electron (tests, dev:web).' }],
  contract: [
    { regex: '^better-sqlite3$', message: 'contract/ wordt ook in de renderer geladen: alleen zod, domain/ en eigen types.' },
    { regex: nodeBuiltins, message: 'contract/ wordt ook in de renderer geladen: alleen zod, domain/ en eigen types.' },
  ],
  domain: [{ regex: '^(?![.]{1,2}/)(?!zod$)', message: 'domain/ is puur: alleen eigen modules en zod, geen pakketten en geen Node.' }],
};

/**
 * no-restricted-imports only sees static imports; this sees import(): a package the layer may not
 * use, or a computed name that no lint can check.
 */
const local = {
  rules: {
    'no-restricted-dynamic-import': {
      meta: { type: 'problem', schema: false },
      create(context) {
        const list = context.options.map((o) => ({ ...o, test: new RegExp(o.regex) }));
        return {
          ImportExpression(node) {
            const source = node.source;
            if (source.type !== 'Literal' || typeof source.value !== 'string') {
              context.report({ node, message: 'import() met een berekende naam kan niet op de lagen worden gecontroleerd; noem de module letterlijk.' });
              return;
            }
            const hit = list.find((p) => p.test.test(source.value));
            if (hit) context.report({ node, message: hit.message });
          },
        };
      },
    },
  },
};

const layer = (files, list) => ({
  files,
  plugins: { local },
  rules: {
    'no-restricted-imports': ['error', { patterns: list.map(({ regex, message }) => ({ regex, message })) }],
    'local/no-restricted-dynamic-import': ['error', ...list],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.native/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', '.dev-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // Vitest types its asymmetric matchers (expect.any, expect.stringContaining) as any, and mocks are
    // asserted by reference; both are how tests are written, not defects.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  // In the app a "!" hides a missing row or item behind a crash; say what is missing instead (tests may assert).
  { files: APP_CODE, rules: { '@typescript-eslint/no-non-null-assertion': 'error' } },
  zones,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  layer(['renderer/**/*.{ts,tsx}'], packages.renderer),
  layer(['db/**/*.ts', 'backend/**/*.ts'], packages.noElectron),
  layer(['contract/**/*.ts'], [...packages.noElectron, ...packages.contract]),
  layer(['domain/**/*.ts'], packages.domain),
  {
    files: ['scripts/**/*.{js,mjs,cjs}', 'build/**/*.{js,cjs}', '*.config.{js,cjs,mjs}'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

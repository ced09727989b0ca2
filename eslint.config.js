// @ts-check
/**
 * Lint: typescript-eslint's recommended rules, and the boundaries between the parts of the extension,
 * checked on resolved paths (so `../../storage/db`, `import type` and `export … from` count alike):
 *   core       imports nothing outside src/core (npm packages aside), and nothing of Node
 *   shared     imports only core
 *   content    never imports storage, background or the extension pages, and never touches IndexedDB
 *   pages      (library, popup, card) never import storage or background
 *   storage    imports only core and shared
 *   background may import storage, core and shared
 *   outside src/core, core is imported through its public entries (src/core/index.ts, sources.ts) only
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const PARTS = ['background', 'card', 'cli', 'content', 'core', 'library', 'popup', 'shared', 'storage'];
const src = (part) => `./src/${part}`;
const others = (...allowed) => PARTS.filter((p) => !allowed.includes(p)).map(src);

/** One zone: files under `target` may not import from any of `from`. */
const zone = (target, from, message) => ({ target, from, message });

const boundaryZones = [
  zone(src('core'), [...others('core'), './tests', './scripts'], 'src/core imports nothing outside src/core (npm packages aside).'),
  zone(src('shared'), others('shared', 'core'), 'src/shared is used by every part, so it imports only src/core.'),
  zone(
    src('content'),
    ['background', 'storage', 'library', 'popup', 'card', 'cli'].map(src),
    'The content script never imports storage, background or extension-page code: it runs in the page and asks the background by message.',
  ),
  ...['library', 'popup', 'card'].map((page) =>
    zone(
      src(page),
      ['background', 'storage', 'content', 'cli'].map(src),
      `The ${page} page talks to the background by message; it never imports storage or background code.`,
    ),
  ),
  zone(src('storage'), others('storage', 'core', 'shared'), 'src/storage imports only src/core and src/shared.'),
  zone(
    src('background'),
    ['content', 'library', 'popup', 'card', 'cli'].map(src),
    'The background imports storage, core and shared, not the code of other contexts.',
  ),
  zone(
    src('cli'),
    ['background', 'storage', 'library', 'popup', 'card'].map(src),
    "The CLI reads files: core, and the content script's extraction, but no browser-only parts.",
  ),
];

// Everything outside src/core goes through core's public entries (the index, ./sources for a page's site; test helpers through ./testing); its other modules are internal.
const coreIndexZones = [...others('core'), './tests', './scripts'].map((target) => ({
  target,
  from: './src/core',
  except: ['./index.ts', './sources.ts', './testing.ts'],
  message: 'Import core through its public index (src/core), not its internal modules.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench-output/**', 'demo-output/**', 'test-results/**', 'playwright-report/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.core.json', 'tsconfig.json', 'tsconfig.node.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      // A leading underscore marks a value left unused on purpose (a field dropped by destructuring, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The code's terse style uses `a || b()` and comma-joined assignments as statements on purpose.
      '@typescript-eslint/no-unused-expressions': 'off',
      'import-x/no-restricted-paths': ['error', { zones: [...boundaryZones, ...coreIndexZones] }],
    },
  },
  {
    // Plain-JS scripts run in Node.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { Buffer: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    // The engine runs in the browser's background worker as well as in Node: no Node modules in it.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'src/core runs in the browser: no Node modules.' }] }],
    },
  },
  {
    // IndexedDB belongs to the background: the page's own database is the page's, and the library is not.
    files: ['src/content/**/*.ts', 'src/shared/**/*.ts', 'src/library/**/*.{ts,tsx}', 'src/popup/**/*.{ts,tsx}', 'src/card/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'Only the background opens IndexedDB.' },
        { name: 'IDBKeyRange', message: 'Only the background opens IndexedDB.' },
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'self', 'globalThis'].map((object) => ({ object, property: 'indexedDB', message: 'Only the background opens IndexedDB.' })),
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Only the background opens IndexedDB.' }] }],
    },
  },
);

// @ts-check
/**
 * Lint rules, among them the layering: renderer → shared ← electron, shared
 * free of Node and the DOM, no `electron` import inside electron/core, and
 * the database reached only through the stores in electron/core/store.
 */
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'util', 'stream', 'zlib', 'worker_threads'];

/** @param {string[]} patterns @param {string} message */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/** @param {...{ group: string[], message: string }} patterns */
const forbidAll = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const NODE_ONLY_IN_CORE = {
  group: ['electron', 'electron/*', '**/renderer/**'],
  message: 'Bad layering: electron/core/ runs under plain Node: no `electron` import, nothing from renderer/.',
};
const NO_RENDERER_IN_ELECTRON = { group: ['**/renderer/**'], message: 'Bad layering: electron/ talks to renderer/ only through the API contract in shared/.' };
const STORES_ONLY = {
  group: ['**/store/connection', '**/store/connection.js'],
  message: 'Only the stores (electron/core/store/) reach the database: call a store function. Tests open their own connection (test/helpers/raw-database.ts).',
};
const NO_SQL_OUTSIDE_STORES = { group: ['better-sqlite3'], message: 'SQL lives in the stores (electron/core/store/), one per table group: call a store function.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-output/**', 'renderer/dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      [...NODE_BUILTINS, 'electron', 'better-sqlite3', '**/electron/**', '**/renderer/**', 'react', 'react-dom'],
      'Bad layering: shared/ is pure TypeScript and imports nothing from Node, the DOM, electron/ or renderer/.',
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: forbidAll(NODE_ONLY_IN_CORE, STORES_ONLY, NO_SQL_OUTSIDE_STORES),
  },
  {
    // The stores, and Core, which opens the database and hands it to them.
    files: ['electron/core/store/**/*.ts', 'electron/core/core.ts'],
    rules: forbidAll(NODE_ONLY_IN_CORE),
  },
  {
    // Opening and migrating the database: the schema's own SQL.
    files: ['electron/core/database.ts', 'electron/core/migrations/**/*.ts'],
    rules: forbidAll(NODE_ONLY_IN_CORE, STORES_ONLY),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/**'],
    rules: forbidAll(NO_RENDERER_IN_ELECTRON, STORES_ONLY, NO_SQL_OUTSIDE_STORES),
  },
  {
    files: ['bench/**/*.ts', 'test/**/*.ts'],
    rules: forbidAll(STORES_ONLY),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: forbid(
      [...NODE_BUILTINS, 'electron', 'better-sqlite3', '**/electron/**'],
      'Bad layering: renderer/ talks only to the API object; it imports shared/, never electron/ or Node.',
    ),
  },
);

// @ts-check
/**
 * Lint rules, among them the layering: renderer → shared ← electron, shared
 * free of Node and the DOM, and no `electron` import inside electron/core.
 */
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'util', 'stream', 'zlib', 'worker_threads'];

/** @param {string[]} patterns @param {string} message */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

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
    rules: forbid(['electron', 'electron/*', '**/renderer/**'], 'Bad layering: electron/core/ runs under plain Node: no `electron` import, nothing from renderer/.'),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/**'],
    rules: forbid(['**/renderer/**'], 'Bad layering: electron/ talks to renderer/ only through the API contract in shared/.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: forbid(
      [...NODE_BUILTINS, 'electron', 'better-sqlite3', '**/electron/**'],
      'Bad layering: renderer/ talks only to the API object; it imports shared/, never electron/ or Node.',
    ),
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/*
 * Type-aware lint (typescript-eslint's project service reads tsconfig.json) plus the house rules
 * of STYLE.md §8: no default exports, no import cycles, imports point down only (README,
 * "Architecture"). `npm run lint` also runs Prettier's check, so an unformatted file fails it.
 */

/** Imports a room may not make: each entry is a folder and the rooms above it. */
const upward = [
  // The vocabulary sits at the bottom and is bundled into the page: it imports nothing of ours.
  { from: 'src/domain', above: ['src/!(domain)/**', 'src/*.ts'] },
  // The error family (src/errors.ts) is a leaf beside it: it imports only graphql.
  { from: 'src/errors.ts', above: ['src/**'] },
  // Types and inputs are built from the vocabulary (and raise the project's errors) only.
  { from: 'src/model', above: ['src/!(domain|model)/**', 'src/!(errors).ts'] },
  // The database boundary knows nothing of the capabilities, the API or the CLI above it.
  {
    from: 'src/neo4j',
    above: ['src/graph/**', 'src/resolvers/**', 'src/http/**', 'src/cli/**', 'src/loaders/**', 'src/web/**', 'src/+(server|main).ts'],
  },
  // Capabilities answer questions; the API, HTTP routes and the CLI call them, never the other way.
  { from: 'src/graph', above: ['src/resolvers/**', 'src/http/**', 'src/cli/**', 'src/web/**', 'src/+(server|main).ts'] },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'src/generated/', '.neo4j/', 'neo4j/target/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['web.vite.config.ts'] }, tsconfigRootDir: import.meta.dirname },
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        document: 'readonly',
        window: 'readonly',
        fetch: 'readonly',
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Which files import-x reads to follow imports (its default is .js only, and then finds no cycle).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Type-aware: a promise is awaited, returned or handed on, never dropped or passed where a callback's result is ignored.
      '@typescript-eslint/no-floating-promises': 'error',
      // (An async DOM handler that catches its own errors is the page's idiom, hence properties: false.)
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false, properties: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md §8).' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: upward.map(({ from, above }) => ({
            target: from.endsWith('.ts') ? `./${from}` : `./${from}/**`,
            from: above.map((f) => `./${f}`),
            message: `${from} may not import this: imports point down only (README, "Architecture").`,
          })),
        },
      ],
    },
  },
  // Nothing imports a test file, so none can be part of a cycle: skip the (costly) cycle search there.
  { files: ['test/**/*.test.ts'], rules: { 'import-x/no-cycle': 'off' } },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  { files: ['test/setup/**', 'vitest.config.ts', 'eslint.config.js'], rules: { 'no-restricted-syntax': 'off' } },
);

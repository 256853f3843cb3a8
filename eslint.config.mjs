// Lint rules, including the layer boundaries of STYLE.md §1: what each folder may import.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const UI_LIBS = [
  'react',
  'react-dom',
  'react/*',
  'three',
  'three/*',
  '@react-three/*',
  'zustand',
  'zustand/*',
];
// '/electron' (anchored) is the Electron module only: a bare 'electron' would also match the
// folder of the host contract electron/ipc.ts, which the renderer shares (STYLE.md §1).
const NODE_LIBS = ['node:*', 'fs', 'path', 'os', 'child_process', '/electron'];

/** A no-restricted-imports entry forbidding the given module patterns, with why. */
function forbid(patterns, message) {
  return ['error', { patterns: [{ group: patterns, message }] }];
}

const noTestsFocus = {
  selector:
    "CallExpression[callee.type='MemberExpression'][callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]",
  message: 'Focused tests (.only) must not be committed.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist-web/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      '**/.test-output/**',
      'docs/reports/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', noTestsFocus],
    },
  },
  {
    // No import cycles between modules (type-only imports do not count: they vanish at build).
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.{ts,mts,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.web.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Pure layers: run in the worker, the CLI and tests. No UI, no Node, no clock.
    files: ['renderer/src/model/**', 'renderer/src/engine/**', 'renderer/src/report/**'],
    rules: {
      'no-restricted-imports': forbid(
        [
          ...UI_LIBS,
          ...NODE_LIBS,
          '**/store/**',
          '**/scene/**',
          '**/ui/**',
          '**/worker/**',
          '**/host/**',
        ],
        'model/, engine/ and report/ are pure: no UI, Node or renderer-layer imports (STYLE.md §1).',
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'setTimeout',
        'setInterval',
        'performance',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'No clock in pure code.' },
      ],
    },
  },
  {
    files: ['renderer/src/worker/**'],
    rules: {
      'no-restricted-imports': forbid(
        [...UI_LIBS, ...NODE_LIBS, '**/store/**', '**/scene/**', '**/ui/**', '**/host/**'],
        'The worker imports the engine and model only (STYLE.md §1, §5).',
      ),
    },
  },
  {
    files: ['renderer/src/store/**'],
    rules: {
      'no-restricted-imports': forbid(
        [
          'react',
          'react-dom',
          'three',
          'three/*',
          '@react-three/*',
          ...NODE_LIBS,
          '**/scene/**',
          '**/ui/**',
        ],
        'The store holds state; it does not render (STYLE.md §1).',
      ),
    },
  },
  {
    files: ['renderer/src/scene/**', 'renderer/src/ui/**', 'renderer/src/host/**'],
    rules: {
      'no-restricted-imports': forbid(NODE_LIBS, 'Renderer code never imports Node or Electron.'),
    },
  },
  {
    // The UI and the scene reach the engine and the workers through store/ only; their
    // types may be named (decision 004).
    files: ['renderer/src/scene/**', 'renderer/src/ui/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/**', '**/worker/**'],
              allowTypeImports: true,
              message:
                'ui/ and scene/ import engine/ and worker/ types only; values come through a store/ module (decision 004).',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI is plain Node over the pure layers (STYLE.md §1).
    files: ['electron/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'renderer/(?!src/(model|engine|report)(/|$))',
              message:
                'electron/cli imports renderer/src/model, engine and report only (STYLE.md §1, decision 004).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/ipc.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', 'node:*', '**/renderer/**'],
        'The host contract imports zod only.',
      ),
    },
  },
);

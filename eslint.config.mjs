import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

// The element patterns below are relative to the repository root. Without an
// explicit root, eslint-plugin-boundaries matches them against
// process.cwd(), and linting from a package folder (an editor, `npx eslint`
// there, a test run started there) silently matched no room at all.
const REPO_ROOT = dirname(fileURLToPath(import.meta.url));

// The rooms of packages/twenty-mcp/src from the floor up, and what each may
// import besides itself. The root files (twenty-mcp.module.ts, index.ts)
// compose the rooms and belong to none.
const MODULE_LAYERS = [
  { type: 'domain', pattern: 'domain/**', allow: [] },
  { type: 'config', pattern: 'config/**', allow: ['domain'] },
  { type: 'storage', pattern: 'storage/**', allow: ['config', 'domain'] },
  { type: 'ports', pattern: 'ports/**', allow: ['domain'] },
  {
    type: 'backends',
    pattern: 'backends/**',
    allow: ['ports', 'config', 'domain'],
  },
  {
    type: 'services',
    pattern: 'services/**',
    allow: ['storage', 'ports', 'config', 'domain'],
  },
  {
    type: 'tools',
    pattern: 'tools/**',
    allow: ['services', 'config', 'domain'],
  },
  {
    type: 'resources',
    pattern: 'resources/**',
    allow: ['tools', 'services', 'config', 'domain'],
  },
  {
    type: 'prompts',
    pattern: 'prompts/**',
    allow: ['tools', 'services', 'config', 'domain'],
  },
  {
    type: 'protocol',
    pattern: 'protocol/**',
    allow: ['prompts', 'resources', 'tools', 'services', 'config', 'domain'],
  },
  {
    type: 'settings',
    pattern: 'settings/**',
    allow: ['tools', 'services', 'storage', 'ports', 'config', 'domain'],
  },
];

const ROOM_TYPES = ['root', ...MODULE_LAYERS.map(({ type }) => type)];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-bench/**',
      '**/coverage/**',
      '**/tmp/**',
      '.nx/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Classes named in decorated signatures (Nest/GraphQL inputs) are
      // runtime values through decorator metadata, not type-only imports.
      parserOptions: {
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The settings page runs in the browser (its tests in happy-dom).
    files: ['packages/twenty-mcp-settings/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  {
    // The module's layers (docs/architecture.md): each room imports only
    // from itself and the rooms below it; an upward or sideways import
    // fails lint.
    files: ['packages/twenty-mcp/src/**/*.ts'],
    ignores: ['**/__tests__/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
      'boundaries/root-path': REPO_ROOT,
      'boundaries/elements': [
        ...MODULE_LAYERS.map(({ type, pattern }) => ({
          type,
          pattern: `packages/twenty-mcp/src/${pattern}`,
          partialMatch: false,
        })),
        // twenty-mcp.module.ts and index.ts: they compose the rooms, and no
        // room may import them.
        {
          type: 'root',
          pattern: 'packages/twenty-mcp/src',
          partialMatch: false,
        },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...MODULE_LAYERS.map(({ type, allow }) => ({
              from: { element: { type } },
              allow: {
                to: { element: { types: { anyOf: [type, ...allow] } } },
              },
            })),
            {
              from: { element: { type: 'root' } },
              allow: { to: { element: { types: { anyOf: ROOM_TYPES } } } },
            },
          ],
        },
      ],
    },
  },
  prettier,
);

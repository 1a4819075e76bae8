// ESLint flat config for the whole monorepo (`npm run lint` runs it with Prettier, vue-tsc and
// dependency-cruiser; see scripts/lint.mjs). Not type-checked, for speed: vue-tsc and tsc do
// the type checking. Formatting is Prettier's job, so eslint-config-prettier comes last.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', 'tests/e2e/artifacts/**', '**/src/gql/**'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],

  // Every file: the shared tuning.
  {
    rules: {
      // `_`-prefixed arguments, variables and caught errors are deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // Server (Node, CommonJS output, type-graphql / TypeORM decorators).
  {
    files: ['server/**/*.ts', 'ormconfig.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      // TypeORM and type-graphql type classes as `Function` (entities, migrations, resolvers,
      // subscribers' listenTo(), metadata targets); a narrower type would not fit their APIs.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },

  // Tests and their helpers: `any` is fine for poking at GraphQL responses.
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Tests read type-graphql's and TypeORM's metadata, whose targets are typed as `Function`.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },

  // Plain Node scripts and config files.
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs', 'jest.config.js', 'tests/e2e/jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Clients: browser code, and the Vue single-file components parsed with the TypeScript parser.
  {
    files: ['member-client/**/*.{ts,vue}', 'admin-client/**/*.{ts,vue}', 'client-shared/**/*.{ts,vue}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      // TypeScript checks undefined names (vue-tsc); ESLint's no-undef does not know TS types.
      'no-undef': 'off',
      // Page and layout components are called HomePage, App, …: one-word names are deliberate.
      'vue/multi-word-component-names': 'off',
      // Type-based defineProps: an optional prop without a default is `undefined`, as its type says.
      'vue/require-default-prop': 'off',
    },
  },
  {
    // Vite and codegen configs run in Node.
    files: ['*-client/vite.config.ts', '*-client/codegen.ts', 'client-shared/codegen.ts'],
    languageOptions: { globals: globals.node },
  },

  // Last: turn off every rule that would fight Prettier's formatting.
  prettier,
);

// One linter for the workspace, with few rules, each catching a real bug: unused code, promises nobody awaits or
// handles, `any` that switches the type checker off. Style is not linted.
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import globals from 'globals';

// Type-aware rules need each file's program: the packages' tsconfigs, with the tests (tsconfig.test.json).
const project = ['shared/tsconfig.test.json', 'server/tsconfig.test.json', 'client/tsconfig.json', 'test/tsconfig.json'];

const rules = {
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
  '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true, ignoreIIFE: true }],
  '@typescript-eslint/no-explicit-any': 'error',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'client/src/generated/**', '**/*.d.ts', 'server/src/db/migrations/**', '.bench/**', 'patches/**', '**/vitest.config.ts', 'client/scripts/**', 'client/codegen.ts'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules,
  },
  // Tests read untyped JSON answers of the API (black-box, or GraphQL responses by path): `any` is allowed there only.
  {
    files: ['**/*.test.ts', 'server/src/test-support/**', 'test/src/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, project, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.vue'] },
      globals: { ...globals.browser },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, vue },
    rules: { ...rules, 'vue/no-unused-vars': 'error', 'vue/no-mutating-props': 'error' },
  },
);

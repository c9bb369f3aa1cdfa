import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: [
      // graphql ships ESM and CJS: make every import meet the same copy (else "Cannot use GraphQLObjectType from another module or realm").
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      { find: /^@doudi\/shared$/, replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

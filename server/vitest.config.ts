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
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The in-process servers' access lines would bury the test output: warnings and errors only.
    env: { DOUDI_LOG_LEVEL: process.env.DOUDI_LOG_LEVEL ?? 'warn' },
    // The tiers (test/README.md): `unit` — pure rules and services on their own, no server, no database server
    // (`*.unit.test.ts`); `integration` — the GraphQL API in-process on a scratch SQLite or PostgreSQL database
    // (every other `*.test.ts`). `vitest run --project unit` runs one tier; plain `vitest run` runs both.
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.unit.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['src/**/*.test.ts'], exclude: ['src/**/*.unit.test.ts', '**/node_modules/**'] } },
    ],
  },
});

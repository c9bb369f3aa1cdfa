// Typed client operations: every `graphql(...)` document in src/ is checked against the committed server schema and
// given result/variable types in src/generated/gql/. String documents keep any GraphQL runtime out of the bundle.
// `pnpm codegen` writes src/generated/gql/; `pnpm check` fails when it is stale or a document does not validate.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.ts', '!src/generated/**', '!src/**/*.test.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        // enums as string unions: no runtime objects, and values compare with the shared vocabularies
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;

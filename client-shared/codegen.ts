import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations: every graphql(`...`) call in a client's src/ is checked against the shared
// contract. Paths are relative to the client that runs codegen (its npm workspace folder), so
// each client generates its own src/gql from its own documents.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', LocalDate: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;

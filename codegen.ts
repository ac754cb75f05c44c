import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver and schema types generated from graphql/schema/*.graphql; run `npm run codegen`.
const config: CodegenConfig = {
  schema: 'graphql/schema/*.graphql',
  generates: {
    'graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        mappers: {},
        scalars: { ID: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};
export default config;

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: unit tests run anywhere; integration tests need the Neo4j that scripts/test.ts starts.
export default defineConfig({
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./', import.meta.url)) },
      // `server-only` throws outside Next's server build; tests are server code, so it is a no-op here.
      {
        find: 'server-only',
        replacement: fileURLToPath(
          new URL('./graph-db/testing/server-only-noop.ts', import.meta.url),
        ),
      },
      // Apollo (loaded by Node) gets graphql's CommonJS build; our code must get the same one, or
      // graphql-js's instanceof checks see two realms ("Cannot use GraphQLObjectType from another
      // module or realm").
      {
        find: /^graphql$/,
        replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**', 'e2e/**', '.next/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['node_modules/**', '.next/**'],
          environment: 'node',
          // One database: files run one after another so their cleanups cannot race.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['./graph-db/testing/global-setup.ts'],
        },
      },
    ],
  },
});

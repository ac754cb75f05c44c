import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'var/**',
      'graph-db/server/target/**',
      'graphql/generated/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Only graph-db/ talks to Neo4j.
    files: ['**/*.{ts,tsx}'],
    ignores: ['graph-db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only graph-db/ talks to Neo4j.' }] },
      ],
    },
  },
  {
    // Repositories are graph-db's only door: layers above it never reach its Cypher or text helpers.
    files: [
      'graphql/**/*.{ts,tsx}',
      'app/**/*.{ts,tsx}',
      'bench/**/*.{ts,tsx}',
      'delivery/**/*.{ts,tsx}',
      'scripts/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'Only graph-db/ talks to Neo4j.' }],
          patterns: [
            {
              group: ['@/graph-db/queries/*', '**/graph-db/queries/*'],
              message: 'Call graph-db/repositories/*; plain rows live in model/.',
            },
            {
              group: ['@/graph-db/text/*', '**/graph-db/text/*'],
              message: 'Call graph-db/repositories/*; search text goes in as typed.',
            },
          ],
        },
      ],
    },
  },
  {
    // Client components must not pull server code (driver, repositories, GraphQL server) into the bundle.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/graph-db/*', '../graph-db/*', '../../graph-db/*'],
              message: 'Components import plain types from model/, never graph-db/.',
            },
            {
              group: ['@/graphql/server', '@/graphql/resolvers/*', 'neo4j-driver'],
              message: 'Server code stays out of components.',
            },
          ],
        },
      ],
    },
  },
  {
    // model/ (the plain vocabulary) and config/ (the settings) serve every layer and depend on none.
    files: ['model/**/*.{ts,tsx}', 'config/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'model/ is plain data.' }],
          patterns: [
            {
              group: [
                '@/graph-db/*',
                '@/graphql/*',
                '@/app/*',
                '@/components/*',
                '@/ingest/*',
                '../*',
              ],
              message: 'model/ and config/ depend on no layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

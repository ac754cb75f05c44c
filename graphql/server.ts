import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jUnavailableError } from '@/graph-db/driver';
import type { GraphQLContext } from './context';
import { ERROR_CODES } from './errors';
import { typeDefs } from './generated/type-defs';
import { resolvers } from './resolvers';

/** Maps internal failures to stable codes; never leaks a stack or a Cypher text to clients. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof Neo4jUnavailableError) {
    return {
      message: 'The graph database is unavailable; try again shortly.',
      extensions: { code: ERROR_CODES.SERVICE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (code === undefined || code === ERROR_CODES.INTERNAL_SERVER_ERROR) {
    console.error('[graphql] internal error', original);
    return {
      message: 'Internal server error',
      extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** Builds the Apollo server; call once per process. */
export function createApolloServer(): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    introspection: process.env.GRAPHQL_INTROSPECTION !== 'false',
    formatError,
    includeStacktraceInErrorResponses: false,
  });
}

import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jTimeoutError, Neo4jUnavailableError } from '@/graph-db/driver';
import type { GraphQLContext } from './context';
import { ERROR_CODES, rootCause } from './errors';
import { readApiSettings, type ExecutorName } from '@/config/server';
import { jitGateway } from './execution/jit-executor';
import { typeDefs } from './generated/type-defs';
import { LIMITS } from './limits/limits';
import { limitsPlugin } from './limits/limits-plugin';
import { admissionPlugin } from './limits/admission';
import { deadlinePlugin, withDeadline } from './limits/request-deadline';
import { DatabaseOutage, outagePlugin, UNAVAILABLE_MESSAGE } from './limits/outage';
import { responseCachePlugin, stringifyResult } from './execution/response-cache-plugin';
import { requestTimingPlugin } from './execution/request-trace';
import type { ReadCache } from '@/graph-db/read-cache';
import type { CostRateLimiter } from './limits/rate-limit';
import { resolvers } from './resolvers';

/** Maps internal failures to stable codes; never leaks a stack or a Cypher text to clients. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = rootCause(error);
  if (original instanceof Neo4jUnavailableError) {
    return {
      message: UNAVAILABLE_MESSAGE,
      extensions: { code: ERROR_CODES.SERVICE_UNAVAILABLE },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  }
  if (original instanceof Neo4jTimeoutError) {
    return {
      message:
        'The query took longer than the read time limit; narrow it (fewer ids, smaller depth or limit).',
      extensions: { code: ERROR_CODES.QUERY_TOO_COMPLEX },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  }
  const code = formatted.extensions?.code;
  if (code === undefined || code === ERROR_CODES.INTERNAL_SERVER_ERROR) {
    console.error('[graphql] internal error', original);
    return {
      message: 'Internal server error',
      extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** Builds the Apollo server; call once per process. Tests pass their own limiter and settings. */
export function createApolloServer(
  options: {
    limiter?: CostRateLimiter;
    requireReadKey?: boolean;
    /** Keeps whole responses of graph queries per data version; none when undefined. */
    responseCache?: ReadCache;
    /** The breaker that answers 503 at once while Neo4j is down; a fresh one when undefined. */
    outage?: DatabaseOutage;
    /** Execution engine; GRAPHQL_EXECUTOR (default `jit`) when undefined. */
    executor?: ExecutorName;
  } = {},
): ApolloServer<GraphQLContext> {
  const outage = options.outage ?? new DatabaseOutage();
  const settings = readApiSettings();
  const common = {
    introspection: settings.introspection,
    formatError,
    // Sends a cached answer's JSON as it is (the response cache keeps answers serialized).
    stringifyResult,
    includeStacktraceInErrorResponses: false,
    // One operation per request: batching would multiply every bound by the batch size.
    allowBatchedHttpRequests: false,
    // Bounds the parser itself: a huge document is refused before it is even fully parsed.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // Limits first: a cached answer is still checked for access, cost and the caller's budget.
    plugins: [
      // Nothing here sets cache hints (the read cache keys on the data version instead), and the
      // default cache-control plugin wraps every field resolver: on a 500-node neighbourhood that
      // is thousands of extra calls per request.
      ApolloServerPluginCacheControlDisabled(),
      deadlinePlugin(),
      limitsPlugin(options.limiter, options.requireReadKey),
      // Before the response cache: its data-version lookup is itself a Neo4j read.
      outagePlugin(outage),
      ...(options.responseCache ? [responseCachePlugin(options.responseCache, outage)] : []),
      // Last: only an operation no plugin above answered (a cache hit, a refusal) takes a slot.
      admissionPlugin(),
      // After every other plugin, so its marks follow their work (benchmarks only).
      ...(settings.serverTiming ? [requestTimingPlugin()] : []),
    ],
  } satisfies Partial<ApolloServerOptions<GraphQLContext>>;
  const guarded = withDeadline(resolvers);
  if ((options.executor ?? settings.executor) === 'graphql-js') {
    return new ApolloServer<GraphQLContext>({ ...common, typeDefs, resolvers: guarded });
  }
  return new ApolloServer<GraphQLContext>({
    ...common,
    gateway: jitGateway(makeExecutableSchema({ typeDefs, resolvers: guarded })),
  });
}

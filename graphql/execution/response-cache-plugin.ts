import type {
  ApolloServerPlugin,
  GraphQLRequestContextResponseForOperation,
  GraphQLResponse,
} from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { stableKey, type CacheLookup, type ReadCache } from '@/graph-db/read-cache';
import type { GraphQLContext } from '../context';
import { isUnavailable, type DatabaseOutage } from '../limits/outage';

/**
 * Root fields whose answers depend only on the graph, so one caller's answer is every caller's
 * until the data version changes. Not here: `health` (it must reach Neo4j), saved views (they
 * change without an ingest) and introspection.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'search',
  'neighborhood',
  'paths',
  'timeline',
  'narrativeSpread',
  'node',
  'nodes',
  'stats',
  'citationNetwork',
  '__typename',
]);

/** Whether every root selection of a query is a cacheable field (fragments at the root are not). */
export function isCacheableOperation(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === OperationTypeNode.QUERY &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
    )
  );
}

/** A response's JSON as Apollo sends it, by its `data` object, with the fields it was made from. */
interface Serialized {
  readonly json: string;
  readonly errors: FormattedExecutionResult['errors'];
  readonly extensions: FormattedExecutionResult['extensions'];
}

const serialized = new WeakMap<object, Serialized>();

/** Apollo's own serialization (prettyJSONStringify of the ordered fields), byte for byte. */
function serialize(result: FormattedExecutionResult): string {
  const { errors, data, extensions } = result;
  return `${JSON.stringify({ errors, data, extensions })}\n`;
}

/**
 * Apollo's `stringifyResult`: a response whose JSON the cache holds (a hit, or the miss just stored)
 * is sent as that JSON, not serialized again. A 500-node neighbourhood is about 200 kB of JSON, and
 * each serialization of it was garbage the size of the answer.
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  const known = value.data ? serialized.get(value.data) : undefined;
  return known && known.errors === value.errors && known.extensions === value.extensions
    ? known.json
    : serialize(value);
}

/**
 * A hit's response from the cached JSON. Over HTTP its `data` is a stand-in that only
 * `stringifyResult` reads; in process (`executeOperation`, no `http`) the JSON is parsed.
 */
function cachedResponse(
  json: string,
  http: GraphQLResponse['http'],
  overHttp: boolean,
): GraphQLResponse {
  if (!overHttp)
    return {
      http,
      body: { kind: 'single', singleResult: JSON.parse(json) as FormattedExecutionResult },
    };
  const data = {};
  serialized.set(data, { json, errors: undefined, extensions: undefined });
  return { http, body: { kind: 'single', singleResult: { data } } };
}

/**
 * Answers a repeated graph query with the response it got before under the same data version,
 * without running a resolver: a neighbourhood of 500 nodes is some 20,000 resolved fields, which
 * cost more than the Cypher behind them once that is cached too. Answers are kept as the JSON they
 * were sent as: a hit is not serialized again, and the cache counts the bytes it holds. It runs
 * after the limits plugin's checks (access, depth, cost, the caller's rate budget), which every
 * request still passes.
 * Only responses without errors are kept. A lookup that finds Neo4j down answers 503 at once.
 */
export function responseCachePlugin(
  cache: ReadCache,
  outage: DatabaseOutage,
): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      let pending: { key: string; found: CacheLookup } | undefined;
      return Promise.resolve({
        async responseForOperation(
          context: GraphQLRequestContextResponseForOperation<GraphQLContext>,
        ) {
          if (!isCacheableOperation(context.operation)) return null;
          const key = `response\u0000${stableKey([
            context.queryHash,
            context.operationName ?? null,
            context.request.variables ?? {},
          ])}`;
          let found: CacheLookup;
          try {
            found = await cache.lookup(key);
          } catch (error) {
            // Thrown from this hook, it would be Apollo's "unexpected error", HTTP 500.
            if (!isUnavailable(error)) throw error;
            return outage.response();
          }
          const { trace } = context.contextValue;
          if (trace) trace.cache = found.hit ? 'hit' : 'miss';
          if (found.hit)
            return cachedResponse(
              found.value as string,
              context.response.http,
              context.request.http !== undefined,
            );
          pending = { key, found };
          return null;
        },
        willSendResponse({ response }) {
          if (!pending || response.body.kind !== 'single') return Promise.resolve();
          const { singleResult } = response.body;
          const { errors, data, extensions } = singleResult;
          if ((errors === undefined || errors.length === 0) && data) {
            // The cache holds the JSON (its bytes are what it counts), made once for both.
            const json = serialize(singleResult);
            serialized.set(data, { json, errors, extensions });
            cache.store(pending.key, pending.found, json);
          }
          return Promise.resolve();
        },
      });
    },
  };
}

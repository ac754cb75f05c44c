import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
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

/**
 * Answers a repeated graph query with the response it got before under the same data version,
 * without running a resolver: a neighbourhood of 500 nodes is some 20,000 resolved fields, which
 * cost more than the Cypher behind them once that is cached too. It runs after the limits plugin's
 * checks (access, depth, cost, the caller's rate budget), which every request still passes.
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
          if (found.hit) {
            return {
              http: context.response.http,
              body: { kind: 'single', singleResult: found.value as Record<string, unknown> },
            };
          }
          pending = { key, found };
          return null;
        },
        willSendResponse({ response }) {
          if (!pending || response.body.kind !== 'single') return Promise.resolve();
          const { singleResult } = response.body;
          if (singleResult.errors === undefined || singleResult.errors.length === 0)
            cache.store(pending.key, pending.found, singleResult);
          return Promise.resolve();
        },
      });
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { measureOperation } from './complexity';
import { tooComplex } from './errors';
import { LIMITS } from './limits';

/**
 * Refuses operations over the depth, alias or cost bounds with QUERY_TOO_COMPLEX (HTTP 400),
 * after validation and before any resolver runs.
 */
export function limitsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operationName, request, schema }) {
          const measures = measureOperation(
            schema,
            document,
            operationName,
            request.variables ?? {},
          );
          const http = { status: 400 };
          if (measures.depth > LIMITS.maxDepth) {
            throw tooComplex(
              `query depth ${measures.depth} exceeds the maximum of ${LIMITS.maxDepth}`,
              { http, depth: measures.depth, maxDepth: LIMITS.maxDepth },
            );
          }
          if (measures.aliases > LIMITS.maxAliases) {
            throw tooComplex(
              `query uses ${measures.aliases} aliases; the maximum is ${LIMITS.maxAliases}`,
              { http, aliases: measures.aliases, maxAliases: LIMITS.maxAliases },
            );
          }
          if (measures.cost > LIMITS.maxCost) {
            throw tooComplex(
              `query cost ${measures.cost} exceeds the maximum of ${LIMITS.maxCost}; ask for smaller pages or fewer nested lists`,
              { http, cost: measures.cost, maxCost: LIMITS.maxCost },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

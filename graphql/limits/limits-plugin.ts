import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { readApiSettings, readRateLimitSettings } from '@/config/server';
import { accessError } from './access';
import { recordCharge } from './admission';
import { measureOperation } from './complexity';
import type { GraphQLContext } from '../context';
import { apiError, ERROR_CODES, tooComplex } from '../errors';
import { LIMITS } from './limits';
import { CostRateLimiter } from './rate-limit';

/**
 * The gate every operation passes after validation and before any resolver runs, in this order:
 * access (UNAUTHENTICATED 401 / FORBIDDEN 403), then depth, aliases and cost (QUERY_TOO_COMPLEX
 * 400), then the caller's cost budget (RATE_LIMITED 429 with Retry-After). A refused operation
 * spends no budget.
 */
export function limitsPlugin(
  limiter: CostRateLimiter = new CostRateLimiter(readRateLimitSettings()),
  requireReadKey: boolean = readApiSettings().requireReadKey,
): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operation, operationName, request, schema, contextValue }) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          }
          // didResolveOperation only runs once an operation was found, but the type allows none.
          const denied =
            operation && accessError(operation, fragments, contextValue.caller, requireReadKey);
          if (denied) throw denied;

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

          if (measures.introspectionCost > LIMITS.maxIntrospectionCost) {
            throw tooComplex(
              `introspection cost ${measures.introspectionCost} exceeds the maximum of ${LIMITS.maxIntrospectionCost}; select fewer nested introspection lists`,
              {
                http,
                introspectionCost: measures.introspectionCost,
                maxIntrospectionCost: LIMITS.maxIntrospectionCost,
              },
            );
          }

          const { caller } = contextValue;
          const charge = measures.cost + measures.readCost;
          recordCharge(contextValue, charge);
          const verdict = limiter.take(caller.clientId, charge, caller.key !== null);
          if (!verdict.ok) {
            throw apiError(
              ERROR_CODES.RATE_LIMITED,
              `rate limit reached for this client: this query costs ${charge}, ${verdict.remaining} left; retry in ${verdict.retryAfterSeconds} s`,
              {
                http: {
                  status: 429,
                  headers: new Map([['retry-after', String(verdict.retryAfterSeconds)]]),
                },
                cost: charge,
                retryAfterSeconds: verdict.retryAfterSeconds,
              },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

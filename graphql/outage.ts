import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Neo4jUnavailableError } from '@/graph-db/driver';
import type { GraphQLContext } from './context';
import { ERROR_CODES, rootCause } from './errors';

/**
 * Fast failure while Neo4j is down. Each request would otherwise wait out the driver's retries
 * (about 5 s; 6.6 to 7.8 s were measured under light load) only to fail. Once a request finds
 * Neo4j unavailable, one request at a time goes to Neo4j as a probe and every other one is answered
 * 503 SERVICE_UNAVAILABLE with Retry-After at once; the first probe that succeeds closes the
 * breaker, so the first request after Neo4j is back is answered. Operations that need no database
 * (introspection, `__typename`) are never refused.
 */
export class DatabaseOutage {
  private down = false;
  /** When the probe in flight went out; one that never reports back stops counting after PROBE_MS. */
  private probeSince: number | undefined;

  constructor(
    /** The Retry-After hint of a refusal. */
    readonly retryAfterSeconds = 2,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** `pass` (go ahead), `probe` (go ahead and report how it went) or `refuse` (answer 503). */
  admit(): 'pass' | 'probe' | 'refuse' {
    if (!this.down) return 'pass';
    const now = this.now();
    if (this.probeSince !== undefined && now - this.probeSince < PROBE_MS) return 'refuse';
    this.probeSince = now;
    return 'probe';
  }

  /** How a request that reached the database went. */
  settle(outcome: { readonly probe: boolean; readonly unavailable: boolean }): void {
    if (outcome.probe) this.probeSince = undefined;
    this.down = outcome.unavailable;
  }

  /** What a refused request (or one that found Neo4j down) gets. */
  response(): GraphQLResponse {
    return {
      http: {
        status: 503,
        headers: new HeaderMap([['retry-after', String(this.retryAfterSeconds)]]),
      },
      body: {
        kind: 'single',
        singleResult: {
          errors: [
            {
              message: UNAVAILABLE_MESSAGE,
              extensions: { code: ERROR_CODES.SERVICE_UNAVAILABLE },
            },
          ],
        },
      },
    };
  }
}

/** Longer than any request may wait on Neo4j (its read timeout and the read guard's grace). */
const PROBE_MS = 30_000;

export const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly.';

export function isUnavailable(error: unknown): boolean {
  return rootCause(error) instanceof Neo4jUnavailableError;
}

/** Whether answering the operation reads nothing from the database. */
function needsNoDatabase(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}

/**
 * Refuses requests while the breaker is open, reports each request's outcome to it, and answers
 * HTTP 503 with Retry-After (not 200) when Neo4j being unavailable is all a response says.
 */
export function outagePlugin(outage: DatabaseOutage): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      let admitted: 'pass' | 'probe' | 'refuse' | undefined;
      return Promise.resolve({
        responseForOperation({ operation }) {
          if (needsNoDatabase(operation)) return Promise.resolve(null);
          admitted = outage.admit();
          return Promise.resolve(admitted === 'refuse' ? outage.response() : null);
        },
        willSendResponse({ response }) {
          const { errors, data } =
            response.body.kind === 'single'
              ? response.body.singleResult
              : response.body.initialResult;
          // formatError gives every Neo4jUnavailableError this code, and nothing else has it.
          const unavailable = (errors ?? []).filter(
            (e) => e.extensions?.code === ERROR_CODES.SERVICE_UNAVAILABLE,
          );
          if (admitted === 'pass' || admitted === 'probe') {
            outage.settle({ probe: admitted === 'probe', unavailable: unavailable.length > 0 });
          }
          const onlyUnavailable =
            unavailable.length > 0 &&
            unavailable.length === errors?.length &&
            (data === undefined || data === null);
          if (onlyUnavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(outage.retryAfterSeconds));
          }
          return Promise.resolve();
        },
      });
    },
  };
}

import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Neo4jUnavailableError } from '@/graph-db/driver';
import type { GraphQLContext } from '../context';
import { ERROR_CODES, rootCause } from '../errors';

/**
 * Fast failure while Neo4j is down. Each request would otherwise wait out the driver's retries
 * (about 5 s; 6.6 to 7.8 s were measured under light load) only to fail. Once a request finds
 * Neo4j unavailable, the breaker opens: one request at a time becomes a probe, which first makes
 * one round trip of its own (`ping`), and every other request is answered 503 SERVICE_UNAVAILABLE
 * with Retry-After at once. Only a ping that Neo4j answered closes the breaker; the probe request
 * then runs as usual. A request's own outcome never closes it: a request can fail (bad input, its
 * deadline) or succeed (a cached answer) without Neo4j having answered anything. Operations that
 * need no database (introspection, `__typename`) are never refused.
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

  /** Whether requests are refused (all but one probe at a time). */
  isOpen(): boolean {
    return this.down;
  }

  /** `pass` (go ahead), `probe` (call {@link probe} first) or `refuse` (answer 503). */
  admit(): 'pass' | 'probe' | 'refuse' {
    if (!this.down) return 'pass';
    const now = this.now();
    if (this.probeSince !== undefined && now - this.probeSince < PROBE_MS) return 'refuse';
    this.probeSince = now;
    return 'probe';
  }

  /** A request found Neo4j unavailable: the breaker opens, or stays open. */
  reportUnavailable(): void {
    this.down = true;
  }

  /**
   * The admitted probe: closes the breaker when `ping` resolves, keeps it open when it rejects
   * for any reason. Says whether the probe request may go ahead.
   */
  async probe(ping: () => Promise<unknown>): Promise<boolean> {
    try {
      await ping();
      this.down = false;
      return true;
    } catch {
      return false;
    } finally {
      this.probeSince = undefined;
    }
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

/** Longer than a ping may wait on Neo4j (its read timeout and the read guard's grace). */
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
 * Refuses requests while the breaker is open, lets its probe ping Neo4j, opens it when a response
 * says Neo4j is unavailable, and answers HTTP 503 with Retry-After (not 200) when that is all a
 * response says.
 */
export function outagePlugin(outage: DatabaseOutage): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      // A refusal reports nothing: it learnt nothing about Neo4j.
      let refused = false;
      return Promise.resolve({
        async responseForOperation({ operation, contextValue }) {
          if (needsNoDatabase(operation)) return null;
          const admitted = outage.admit();
          if (admitted === 'pass') return null;
          if (admitted === 'probe' && (await outage.probe(() => contextValue.db.health.ping())))
            return null;
          refused = true;
          return outage.response();
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
          if (unavailable.length > 0 && !refused) outage.reportUnavailable();
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

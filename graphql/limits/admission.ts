import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLResponse,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import type { AdmissionSettings } from '@/config/server';
import type { GraphQLContext } from '../context';
import { ERROR_CODES } from '../errors';
import { graphqlErrorResponse, type HeaderReader } from '../http/http-limits';
import { extendDeadline } from './request-deadline';

/**
 * Server-wide admission control for the GraphQL endpoint. Per-client budgets (rate-limit.ts) stop
 * one client from taking the server; this stops many clients together from queueing more work
 * than Neo4j can do: at most `maxInFlight` operations run, up to `maxQueue` wait at most
 * `maxWaitMs` for a slot, and the rest are told to come back (429 RATE_LIMITED, Retry-After)
 * instead of timing out in a queue or failing on an exhausted connection pool.
 *
 * A request is counted from the moment the endpoint takes it (at most `maxInFlight + maxQueue`
 * at once) but takes an operation slot only once it needs to run one (`admissionPlugin`): after
 * the document walks, access, cost and rate checks and the whole-response cache. A cached answer
 * thus never waits behind slow misses, and every refusal still comes first.
 */

/** A request inside the endpoint; it holds an operation slot from `admit()` until it ends. */
export interface AdmissionTicket {
  /** Takes a slot, waiting in the queue; false when none frees up in time. Repeat calls share it. */
  admit(): Promise<boolean>;
}

interface Waiter {
  readonly admit: () => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class Admission {
  private inFlight = 0;
  private entered = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly settings: AdmissionSettings) {}

  /** Operations running now and waiting now (for tests and diagnostics). */
  get load(): { readonly inFlight: number; readonly queued: number } {
    return { inFlight: this.inFlight, queued: this.queue.length };
  }

  /** Runs `work` when a slot is free; `busy()` answers when none frees up in time. */
  run<T>(work: () => Promise<T>, busy: () => T): Promise<T> {
    return this.enter(async (ticket) => ((await ticket.admit()) ? work() : busy()), busy);
  }

  /**
   * Runs `work` as one request, which takes a slot only if it calls `admit`; `busy()` answers at
   * once when `maxInFlight + maxQueue` requests are inside already. The slot is freed when `work`
   * ends, however it ends.
   */
  async enter<T>(work: (ticket: AdmissionTicket) => Promise<T>, busy: () => T): Promise<T> {
    if (this.entered >= this.settings.maxInFlight + this.settings.maxQueue) return busy();
    this.entered += 1;
    let slot: Promise<boolean> | undefined;
    try {
      return await work({ admit: () => (slot ??= this.acquire()) });
    } finally {
      this.entered -= 1;
      // A wait still pending (work gave up on it) frees its slot when it is granted.
      void slot?.then((held) => {
        if (held) this.release();
      });
    }
  }

  private acquire(): Promise<boolean> {
    if (this.inFlight < this.settings.maxInFlight) {
      this.inFlight += 1;
      return Promise.resolve(true);
    }
    if (this.queue.length >= this.settings.maxQueue) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          resolve(true);
        },
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          resolve(false);
        }, this.settings.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    // The slot passes straight to the next waiter, so inFlight stays the same.
    if (next) next.admit();
    else this.inFlight -= 1;
  }
}

function busyError(retryAfterSeconds: number) {
  return {
    message: `The server is at capacity; retry in ${retryAfterSeconds} s.`,
    extensions: { code: ERROR_CODES.RATE_LIMITED, reason: 'server-busy', retryAfterSeconds },
  };
}

/** The 429 for a full server, in the media type the client accepts. */
export function serverBusy(
  requestHeaders: HeaderReader,
  retryAfterSeconds = 1,
): HTTPGraphQLResponse {
  return graphqlErrorResponse(requestHeaders, 429, busyError(retryAfterSeconds), {
    'retry-after': String(retryAfterSeconds),
  });
}

/**
 * Takes the request's operation slot once no earlier plugin answered it (the response cache
 * must come before this one); waiting for the slot does not count against the request's time
 * budget. Without a ticket in the context (tests executing directly) every operation runs.
 */
export function admissionPlugin(retryAfterSeconds = 1): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async responseForOperation({ contextValue }): Promise<GraphQLResponse | null> {
          const ticket = contextValue.admission;
          if (ticket === undefined) return null;
          const waitFrom = performance.now();
          const admitted = await ticket.admit();
          extendDeadline(contextValue, performance.now() - waitFrom);
          if (admitted) return null;
          return {
            http: {
              status: 429,
              headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
            },
            body: { kind: 'single', singleResult: { errors: [busyError(retryAfterSeconds)] } },
          };
        },
      });
    },
  };
}

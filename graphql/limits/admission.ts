import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLResponse,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { AdmissionSettings } from '@/config/server';
import type { GraphQLContext } from '../context';
import { ERROR_CODES } from '../errors';
import { graphqlErrorResponse, type HeaderReader } from '../http/http-limits';
import { extendDeadline } from './request-deadline';

/**
 * Server-wide admission control for the GraphQL endpoint. Per-client budgets (rate-limit.ts) stop
 * one client from taking the server; this stops many clients together from queueing more work
 * than Neo4j can do: at most `maxInFlight` operations of any cost run, up to `maxQueue` wait at
 * most `maxWaitMs` for a slot, and the rest are told to come back (429 RATE_LIMITED, Retry-After)
 * instead of timing out in a queue or failing on an exhausted connection pool.
 *
 * Cheap operations have a lane of their own: `cheapInFlight` more slots that only a query of
 * bounded reads ({@link CHEAP_LANE_FIELDS}) costing at most `cheapMaxCost` may take, so a search
 * miss never waits behind 500-node neighbourhoods. A cheap operation takes a cheap slot, else a
 * free shared one; a shared slot that frees goes to the oldest expensive waiter first, so cheap
 * ones cannot starve them. The work admitted stays bounded: `maxInFlight` operations of at most
 * `LIMITS.maxCost` and `cheapInFlight` of at most `cheapMaxCost`.
 *
 * A request is counted from the moment the endpoint takes it (at most `maxInFlight +
 * cheapInFlight + maxQueue` at once) but takes an operation slot only once it needs to run one
 * (`admissionPlugin`): after the document walks, access, cost and rate checks and the
 * whole-response cache. A cached answer thus never waits behind slow misses, and every refusal
 * still comes first.
 */

/**
 * Root fields whose database work the static cost bounds (a page, a few ids, count-store lookups).
 * `paths`, `timeline` and the like cost little statically but may search for a second: never cheap.
 */
export const CHEAP_LANE_FIELDS: ReadonlySet<string> = new Set([
  'search',
  'node',
  'nodes',
  'edgeEvidence',
  'stats',
  'health',
  '__typename',
]);

/** A request inside the endpoint; it holds an operation slot from `admit()` until it ends. */
export interface AdmissionTicket {
  /**
   * Takes a slot, waiting in the queue; false when none frees up in time. Repeat calls share the
   * first one's slot. `cheapCost`: the operation's charge when it is a query of cheap-lane fields
   * only (undefined: any other operation, which takes a shared slot).
   */
  admit(cheapCost?: number): Promise<boolean>;
}

type Slot = 'shared' | 'cheap';

interface Waiter {
  readonly admit: (slot: Slot) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class Admission {
  private shared = 0;
  private cheap = 0;
  private entered = 0;
  /** Waiters for a shared slot, and cheap waiters (who take either kind), each oldest first. */
  private readonly queues: Record<Slot, Waiter[]> = { shared: [], cheap: [] };

  constructor(private readonly settings: AdmissionSettings) {}

  /** Operations running now (cheap lane apart) and waiting now (for tests and diagnostics). */
  get load(): { readonly inFlight: number; readonly cheap: number; readonly queued: number } {
    return {
      inFlight: this.shared + this.cheap,
      cheap: this.cheap,
      queued: this.queues.shared.length + this.queues.cheap.length,
    };
  }

  /** Runs `work` when a slot is free; `busy()` answers when none frees up in time. */
  run<T>(work: () => Promise<T>, busy: () => T, cheapCost?: number): Promise<T> {
    return this.enter(async (ticket) => ((await ticket.admit(cheapCost)) ? work() : busy()), busy);
  }

  /**
   * Runs `work` as one request, which takes a slot only if it calls `admit`; `busy()` answers at
   * once when `maxInFlight + cheapInFlight + maxQueue` requests are inside already. The slot is
   * freed when `work` ends, however it ends.
   */
  async enter<T>(work: (ticket: AdmissionTicket) => Promise<T>, busy: () => T): Promise<T> {
    const { maxInFlight, cheapInFlight, maxQueue } = this.settings;
    if (this.entered >= maxInFlight + cheapInFlight + maxQueue) return busy();
    this.entered += 1;
    let slot: Promise<Slot | undefined> | undefined;
    try {
      return await work({
        admit: async (cheapCost) => (await (slot ??= this.acquire(cheapCost))) !== undefined,
      });
    } finally {
      this.entered -= 1;
      // A wait still pending (work gave up on it) frees its slot when it is granted.
      void slot?.then((held) => {
        if (held) this.release(held);
      });
    }
  }

  private isCheap(cheapCost: number | undefined): boolean {
    return (
      cheapCost !== undefined &&
      this.settings.cheapInFlight > 0 &&
      cheapCost <= this.settings.cheapMaxCost
    );
  }

  private acquire(cheapCost: number | undefined): Promise<Slot | undefined> {
    const cheap = this.isCheap(cheapCost);
    if (cheap && this.cheap < this.settings.cheapInFlight) {
      this.cheap += 1;
      return Promise.resolve('cheap');
    }
    if (this.shared < this.settings.maxInFlight) {
      this.shared += 1;
      return Promise.resolve('shared');
    }
    if (this.load.queued >= this.settings.maxQueue) return Promise.resolve(undefined);
    const queue = this.queues[cheap ? 'cheap' : 'shared'];
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: (slot) => {
          clearTimeout(waiter.timer);
          resolve(slot);
        },
        timer: setTimeout(() => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          resolve(undefined);
        }, this.settings.maxWaitMs),
      };
      queue.push(waiter);
    });
  }

  private release(slot: Slot): void {
    // The slot passes straight to the next waiter that may take it, so the counts stay the same.
    const next =
      slot === 'cheap'
        ? this.queues.cheap.shift()
        : (this.queues.shared.shift() ?? this.queues.cheap.shift());
    if (next) next.admit(slot);
    else if (slot === 'cheap') this.cheap -= 1;
    else this.shared -= 1;
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

/** Each request's charge (cost and read cost) as the limits plugin measured it. */
const charges = new WeakMap<object, number>();

/** Records what the limits plugin charged the request of `context`; admission picks its lane by it. */
export function recordCharge(context: object, charge: number): void {
  charges.set(context, charge);
}

/** The charge of a query whose root fields are all cheap-lane fields; undefined for any other. */
function cheapCost(context: object, operation: OperationDefinitionNode): number | undefined {
  if (operation.operation !== OperationTypeNode.QUERY) return undefined;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || !CHEAP_LANE_FIELDS.has(selection.name.value))
      return undefined;
  }
  return charges.get(context);
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
        async responseForOperation({ contextValue, operation }): Promise<GraphQLResponse | null> {
          const ticket = contextValue.admission;
          if (ticket === undefined) return null;
          contextValue.trace?.mark('cache');
          const waitFrom = performance.now();
          const admitted = await ticket.admit(cheapCost(contextValue, operation));
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

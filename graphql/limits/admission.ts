import type { HTTPGraphQLResponse } from '@apollo/server';
import type { AdmissionSettings } from '@/config/server';
import { ERROR_CODES } from '../errors';
import { graphqlErrorResponse, type HeaderReader } from '../http/http-limits';

/**
 * Server-wide admission control for the GraphQL endpoint. Per-client budgets (rate-limit.ts) stop
 * one client from taking the server; this stops many clients together from queueing more work
 * than Neo4j can do: at most `maxInFlight` operations run, up to `maxQueue` wait at most
 * `maxWaitMs` for a slot, and the rest are told to come back (429 RATE_LIMITED, Retry-After)
 * instead of timing out in a queue or failing on an exhausted connection pool.
 */

interface Waiter {
  readonly admit: () => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class Admission {
  private inFlight = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly settings: AdmissionSettings) {}

  /** Operations running now and waiting now (for tests and diagnostics). */
  get load(): { readonly inFlight: number; readonly queued: number } {
    return { inFlight: this.inFlight, queued: this.queue.length };
  }

  /** Runs `work` when a slot is free; `busy()` answers when none frees up in time. */
  async run<T>(work: () => Promise<T>, busy: () => T): Promise<T> {
    if (!(await this.acquire())) return busy();
    try {
      return await work();
    } finally {
      this.release();
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

/** The 429 for a full server, in the media type the client accepts. */
export function serverBusy(
  requestHeaders: HeaderReader,
  retryAfterSeconds = 1,
): HTTPGraphQLResponse {
  return graphqlErrorResponse(
    requestHeaders,
    429,
    {
      message: `The server is at capacity; retry in ${retryAfterSeconds} s.`,
      extensions: { code: ERROR_CODES.RATE_LIMITED, reason: 'server-busy', retryAfterSeconds },
    },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

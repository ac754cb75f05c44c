import { DEFAULT_CONNECT_DEADLINE_MS } from '../config/neo4j';

/**
 * Waiting for Neo4j at start: exponential backoff (1, 2, 4, 8 … s, capped) until a total deadline.
 * Pure apart from the injected `attempt`, `sleep` and `now`, so the schedule is unit-tested without
 * a clock or a database.
 */

export interface ConnectRetryOptions {
  /** What is being reached, named in every message (the Bolt URI). */
  readonly target: string;
  /** First wait after a failure. */
  readonly initialDelayMs?: number;
  /** No single wait is longer than this. */
  readonly maxDelayMs?: number;
  /** Give up once this long has passed since the first attempt. */
  readonly deadlineMs?: number;
  /** Failures worth waiting out (Neo4j not up yet); anything else (bad password) fails at once. */
  readonly isRetryable?: (error: unknown) => boolean;
  readonly log?: (line: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

export const DEFAULT_INITIAL_DELAY_MS = 1_000;
export const DEFAULT_MAX_DELAY_MS = 30_000;

/** Thrown when the deadline passed without a successful attempt; its message is for the user. */
export class ConnectDeadlineError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConnectDeadlineError';
  }
}

/** The wait after the `failures`-th failure (1-based): initial · 2^(failures-1), capped. */
export function backoffDelay(
  failures: number,
  initialDelayMs: number = DEFAULT_INITIAL_DELAY_MS,
  maxDelayMs: number = DEFAULT_MAX_DELAY_MS,
): number {
  const exponent = Math.max(0, failures - 1);
  // Past 2^30 the product only overflows towards Infinity; the cap applies either way.
  return Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(exponent, 30));
}

/**
 * The short reason of a connection failure: the driver wraps the socket error ("connect
 * ECONNREFUSED 127.0.0.1:7687") in a paragraph of advice, so the innermost cause, or the text after
 * the driver's "Caused by:", is what the user needs to read.
 */
export function describeConnectError(error: unknown): string {
  let current: unknown = error;
  for (let hops = 0; hops < 5; hops += 1) {
    const cause = current instanceof Error ? current.cause : undefined;
    if (cause === undefined || cause === null || cause === current) break;
    current = cause;
  }
  const message = current instanceof Error ? current.message : String(current);
  const causedBy = /Caused by: (.+)$/s.exec(message)?.[1];
  const reason = (causedBy ?? message).replace(/\s+/g, ' ').trim();
  return reason === '' ? 'unknown error' : reason;
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return Number.isInteger(value) ? `${value} s` : `${value.toFixed(1)} s`;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `attempt` until it succeeds, logging one line per failure with the target, the reason and
 * the next wait. Throws ConnectDeadlineError (naming target and last reason) when the deadline
 * passes, or the attempt's own error when it is not retryable.
 */
export async function connectWithRetry<T>(
  attempt: () => Promise<T>,
  options: ConnectRetryOptions,
): Promise<T> {
  const initialDelayMs = options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const deadlineMs = options.deadlineMs ?? DEFAULT_CONNECT_DEADLINE_MS;
  const isRetryable = options.isRetryable ?? (() => true);
  const log = options.log ?? console.log;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;

  const started = now();
  for (let failures = 1; ; failures += 1) {
    try {
      const result = await attempt();
      if (failures > 1) {
        log(`Neo4j at ${options.target} answered after ${seconds(now() - started)}.`);
      }
      return result;
    } catch (error) {
      if (!isRetryable(error)) throw error;
      const reason = describeConnectError(error);
      const elapsed = now() - started;
      const remaining = deadlineMs - elapsed;
      if (remaining <= 0) {
        throw new ConnectDeadlineError(
          `Neo4j at ${options.target} did not answer within ${seconds(deadlineMs)} (${failures} attempts; last error: ${reason}). Check that it is running and reachable, or set NEO4J_CONNECT_TIMEOUT_MS to wait longer.`,
          { cause: error },
        );
      }
      // The last wait is shortened so one final attempt lands on the deadline, not after it.
      const delay = Math.min(backoffDelay(failures, initialDelayMs, maxDelayMs), remaining);
      log(
        `Neo4j at ${options.target} is not answering (${reason}); retrying in ${seconds(delay)} (attempt ${failures}, giving up after ${seconds(deadlineMs)}).`,
      );
      await sleep(delay);
    }
  }
}

/**
 * When a feed is polled next. A poll that answered (200 or 304) waits the feed's interval; a
 * failed one waits an exponential backoff with "equal jitter" (half fixed, half random), capped,
 * so feeds that failed together do not retry together.
 */

export interface BackoffPolicy {
  /** Wait after the first failure, before jitter. */
  readonly retryBaseMs: number;
  /** Longest wait after any number of failures. */
  readonly maxBackoffMs: number;
}

/** Milliseconds until the next poll. `failures` counts consecutive failures, this one included. */
export function nextPollDelayMs(
  outcome: 'ok' | 'not-modified' | 'error',
  failures: number,
  intervalMs: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  if (outcome !== 'error') return intervalMs;
  // 2^30 already exceeds any cap; the exponent is clamped so the product stays finite.
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const full = Math.min(policy.maxBackoffMs, policy.retryBaseMs * 2 ** exponent);
  const half = full / 2;
  return Math.round(half + half * Math.min(Math.max(random(), 0), 1));
}

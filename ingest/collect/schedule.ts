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

/**
 * Milliseconds until the next poll. `failures` counts consecutive failures, this one included; a
 * server's `Retry-After` (429, 503) lengthens the wait up to the cap, never shortens it.
 */
export function nextPollDelayMs(
  outcome: 'ok' | 'not-modified' | 'error',
  failures: number,
  intervalMs: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  if (outcome !== 'error') return intervalMs;
  // 2^30 already exceeds any cap; the exponent is clamped so the product stays finite.
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const full = Math.min(policy.maxBackoffMs, policy.retryBaseMs * 2 ** exponent);
  const half = full / 2;
  const backoff = Math.round(half + half * Math.min(Math.max(random(), 0), 1));
  return Math.max(backoff, Math.min(retryAfterMs ?? 0, policy.maxBackoffMs));
}

/** A `Retry-After` value (seconds, or an HTTP date) as milliseconds from `nowMs`; undefined if unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its month; Date.parse alone would read `-5` as a year.
  if (!/^[A-Za-z]{3},? /.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

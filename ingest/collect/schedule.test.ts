import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@/model/seeded-random';
import { nextPollDelayMs, parseRetryAfter } from './schedule';

const policy = { retryBaseMs: 60_000, maxBackoffMs: 6 * 60 * 60_000 };
const interval = 15 * 60_000;

describe('nextPollDelayMs', () => {
  it('waits the interval after a poll that answered', () => {
    expect(nextPollDelayMs('ok', 0, interval, policy)).toBe(interval);
    expect(nextPollDelayMs('not-modified', 0, interval, policy)).toBe(interval);
  });

  it('doubles the wait per consecutive failure, between half and all of it', () => {
    const low = [1, 2, 3, 4].map((n) => nextPollDelayMs('error', n, interval, policy, () => 0));
    const high = [1, 2, 3, 4].map((n) => nextPollDelayMs('error', n, interval, policy, () => 1));
    expect(low).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(high).toEqual([60_000, 120_000, 240_000, 480_000]);
  });

  it('never waits longer than the cap, however many failures', () => {
    const random = mulberry32(7);
    for (const failures of [10, 11, 50, 10_000]) {
      const delay = nextPollDelayMs('error', failures, interval, policy, random);
      expect(delay).toBeGreaterThanOrEqual(policy.maxBackoffMs / 2);
      expect(delay).toBeLessThanOrEqual(policy.maxBackoffMs);
    }
  });

  it('spreads feeds that failed together', () => {
    const random = mulberry32(20261206);
    const delays = new Set(
      Array.from({ length: 20 }, () => nextPollDelayMs('error', 3, interval, policy, random)),
    );
    expect(delays.size).toBe(20);
  });

  it("waits at least a server's Retry-After, but never past the cap", () => {
    expect(nextPollDelayMs('error', 1, interval, policy, () => 0, 600_000)).toBe(600_000);
    expect(nextPollDelayMs('error', 1, interval, policy, () => 0, 1_000)).toBe(30_000);
    expect(nextPollDelayMs('error', 1, interval, policy, () => 0, 10 ** 12)).toBe(
      policy.maxBackoffMs,
    );
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(
      ['120', 'Sun, 06 Dec 2026 12:05:00 GMT', 'Sun, 06 Dec 2026 11:00:00 GMT', 'soon', '-5'].map(
        (value) => parseRetryAfter(value, now),
      ),
    ).toEqual([120_000, 300_000, 0, undefined, undefined]);
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

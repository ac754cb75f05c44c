import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@/graph-db/model/seeded-random';
import { nextPollDelayMs } from './schedule';

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
});

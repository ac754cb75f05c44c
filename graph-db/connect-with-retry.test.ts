import { describe, expect, it } from 'vitest';
import {
  ConnectDeadlineError,
  backoffDelay,
  connectWithRetry,
  describeConnectError,
} from './connect-with-retry';

const REFUSED =
  'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED 127.0.0.1:7687';

/** A fake clock whose sleep advances time instantly, recording every wait. */
function fakeClock(attemptCostMs = 0) {
  let time = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: (ms: number) => {
      sleeps.push(ms);
      time += ms;
      return Promise.resolve();
    },
    /** Wraps an attempt so each call costs `attemptCostMs` of clock time (a connect timeout). */
    costly<T>(attempt: () => Promise<T>): () => Promise<T> {
      return () => {
        time += attemptCostMs;
        return attempt();
      };
    },
  };
}

/** An attempt that fails `failures` times with `error`, then returns `value`. */
function failingTimes<T>(failures: number, error: Error, value: T) {
  let calls = 0;
  const attempt = () => {
    calls += 1;
    return calls <= failures ? Promise.reject(error) : Promise.resolve(value);
  };
  return { attempt, calls: () => calls };
}

describe('backoffDelay', () => {
  it('doubles from 1 s and caps at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => backoffDelay(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('honours other bases and caps without overflowing', () => {
    expect(backoffDelay(3, 250, 700)).toBe(700);
    expect(backoffDelay(2, 250, 700)).toBe(500);
    expect(backoffDelay(10_000, 1_000, 30_000)).toBe(30_000);
  });
});

describe('describeConnectError', () => {
  it('keeps only what the driver says after "Caused by:"', () => {
    expect(describeConnectError(new Error(REFUSED))).toBe('connect ECONNREFUSED 127.0.0.1:7687');
  });

  it('reads the innermost cause of a wrapped error', () => {
    const driverError = new Error('Could not perform discovery. No routing servers available.', {
      cause: new Error(`${REFUSED.replace('7687', '7699')}`),
    });
    const wrapped = new Error('Neo4j is unavailable: …', { cause: driverError });
    expect(describeConnectError(wrapped)).toBe('connect ECONNREFUSED 127.0.0.1:7699');
  });

  it('falls back to the message itself, on one line', () => {
    expect(describeConnectError(new Error('getaddrinfo ENOTFOUND db.invalid\n  at x'))).toBe(
      'getaddrinfo ENOTFOUND db.invalid at x',
    );
    expect(describeConnectError('plain string')).toBe('plain string');
    expect(describeConnectError(new Error(''))).toBe('unknown error');
  });
});

describe('connectWithRetry', () => {
  it('returns at once without logging when the first attempt succeeds', async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const result = await connectWithRetry(() => Promise.resolve('Neo4j/5.26.0'), {
      target: 'bolt://db:7687',
      log: (line) => lines.push(line),
      sleep: clock.sleep,
      now: clock.now,
    });
    expect(result).toBe('Neo4j/5.26.0');
    expect(lines).toEqual([]);
    expect(clock.sleeps).toEqual([]);
  });

  it('waits 1, 2, 4, 8 s between failures, logs the URI and reason each time, then connects', async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const { attempt, calls } = failingTimes(4, new Error(REFUSED), 'Neo4j/5.26.0');
    const result = await connectWithRetry(attempt, {
      target: 'bolt://db:7687',
      log: (line) => lines.push(line),
      sleep: clock.sleep,
      now: clock.now,
    });
    expect(result).toBe('Neo4j/5.26.0');
    expect(calls()).toBe(5);
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      'Neo4j at bolt://db:7687 is not answering (connect ECONNREFUSED 127.0.0.1:7687); retrying in 1 s (attempt 1, giving up after 180 s).',
    );
    expect(lines[3]).toContain('retrying in 8 s (attempt 4');
    expect(lines[4]).toBe('Neo4j at bolt://db:7687 answered after 15 s.');
  });

  it('caps the wait at maxDelayMs', async () => {
    const clock = fakeClock();
    const { attempt } = failingTimes(8, new Error(REFUSED), 1);
    await connectWithRetry(attempt, {
      target: 'x',
      log: () => {},
      sleep: clock.sleep,
      now: clock.now,
      deadlineMs: 10 * 60_000,
    });
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('gives up at the deadline with the URI and the last reason, after a final attempt on it', async () => {
    const clock = fakeClock();
    const { attempt, calls } = failingTimes(Infinity, new Error(REFUSED), 1);
    const lines: string[] = [];
    const failure = connectWithRetry(attempt, {
      target: 'bolt://db:7687',
      deadlineMs: 10_000,
      log: (line) => lines.push(line),
      sleep: clock.sleep,
      now: clock.now,
    });
    await expect(failure).rejects.toBeInstanceOf(ConnectDeadlineError);
    await expect(failure).rejects.toThrow(
      'Neo4j at bolt://db:7687 did not answer within 10 s (5 attempts; last error: connect ECONNREFUSED 127.0.0.1:7687).',
    );
    // 1 + 2 + 4 = 7 s, then the 8 s wait is cut to the 3 s left so the last try is at the deadline.
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000, 3_000]);
    expect(calls()).toBe(5);
    expect(lines).toHaveLength(4);
  });

  it('counts the time attempts themselves take against the deadline', async () => {
    const clock = fakeClock(5_000);
    const { attempt, calls } = failingTimes(Infinity, new Error(REFUSED), 1);
    await expect(
      connectWithRetry(clock.costly(attempt), {
        target: 't',
        deadlineMs: 12_000,
        log: () => {},
        sleep: clock.sleep,
        now: clock.now,
      }),
    ).rejects.toBeInstanceOf(ConnectDeadlineError);
    // Attempt ends at 5 s, wait 1 s; ends at 11 s, wait 1 s (cut from 2); ends at 17 s: past it.
    expect(clock.sleeps).toEqual([1_000, 1_000]);
    expect(calls()).toBe(3);
  });

  it('tries exactly once with a zero deadline', async () => {
    const clock = fakeClock();
    const { attempt, calls } = failingTimes(Infinity, new Error(REFUSED), 1);
    await expect(
      connectWithRetry(attempt, {
        target: 't',
        deadlineMs: 0,
        log: () => {},
        sleep: clock.sleep,
        now: clock.now,
      }),
    ).rejects.toBeInstanceOf(ConnectDeadlineError);
    expect(calls()).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('rethrows a non-retryable error at once (a wrong password does not fix itself)', async () => {
    const clock = fakeClock();
    const unauthorized = new Error('The client is unauthorized due to authentication failure.');
    const { attempt, calls } = failingTimes(Infinity, unauthorized, 1);
    await expect(
      connectWithRetry(attempt, {
        target: 't',
        isRetryable: (error) => error !== unauthorized,
        log: () => {},
        sleep: clock.sleep,
        now: clock.now,
      }),
    ).rejects.toBe(unauthorized);
    expect(calls()).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });
});

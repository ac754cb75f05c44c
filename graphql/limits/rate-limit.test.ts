import { describe, expect, it } from 'vitest';
import { readRateLimitSettings, type RateLimitSettings } from '@/config/server';
import { CostRateLimiter } from './rate-limit';

const settings: RateLimitSettings = {
  enabled: true,
  anonymous: { capacity: 1_000, refillPerSecond: 100 },
  key: { capacity: 4_000, refillPerSecond: 400 },
};

function limiterAt(start = 0) {
  const clock = { now: start };
  return { clock, limiter: new CostRateLimiter(settings, () => clock.now) };
}

describe('CostRateLimiter', () => {
  it('spends cost until the bucket is empty, then says when to retry', () => {
    const { limiter } = limiterAt();
    expect(limiter.take('ip:a', 600, false)).toEqual({ ok: true, remaining: 400 });
    expect(limiter.take('ip:a', 400, false)).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take('ip:a', 250, false)).toEqual({
      ok: false,
      retryAfterSeconds: 3,
      remaining: 0,
    });
  });

  it('refills continuously up to capacity', () => {
    const { clock, limiter } = limiterAt();
    limiter.take('ip:a', 1_000, false);
    clock.now += 2_500;
    expect(limiter.take('ip:a', 250, false)).toEqual({ ok: true, remaining: 0 });
    clock.now += 60_000;
    expect(limiter.take('ip:a', 1, false)).toEqual({ ok: true, remaining: 999 });
  });

  it('keeps clients apart and gives keys their larger bucket', () => {
    const { limiter } = limiterAt();
    expect(limiter.take('ip:a', 1_000, false).ok).toBe(true);
    expect(limiter.take('ip:b', 1_000, false).ok).toBe(true);
    expect(limiter.take('key:k', 3_000, true)).toEqual({ ok: true, remaining: 1_000 });
  });

  it('charges at least 1 per operation', () => {
    const { limiter } = limiterAt();
    expect(limiter.take('ip:a', 0, false)).toEqual({ ok: true, remaining: 999 });
  });

  it('lets everything through when disabled', () => {
    const limiter = new CostRateLimiter({ ...settings, enabled: false });
    expect(limiter.take('ip:a', 1e9, false).ok).toBe(true);
  });
});

describe('readRateLimitSettings', () => {
  it('has documented defaults and reads overrides', () => {
    expect(readRateLimitSettings({})).toEqual({
      enabled: true,
      anonymous: { capacity: 100_000, refillPerSecond: 2_000 },
      key: { capacity: 400_000, refillPerSecond: 8_000 },
    });
    expect(readRateLimitSettings({ RATE_LIMIT: 'off' }).enabled).toBe(false);
    expect(readRateLimitSettings({ RATE_LIMIT_CAPACITY: '50' }).anonymous.capacity).toBe(50);
  });

  it('refuses nonsense with the variable name', () => {
    expect(() => readRateLimitSettings({ RATE_LIMIT_REFILL_PER_SECOND: '-3' })).toThrow(
      /RATE_LIMIT_REFILL_PER_SECOND/,
    );
  });
});

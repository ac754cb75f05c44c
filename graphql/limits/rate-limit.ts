import type { RateLimitSettings } from '@/config/server';
/**
 * A cost-based token bucket per client. Every operation spends its static cost (complexity.ts);
 * buckets refill continuously. Anonymous clients share buckets by address, keys get their own and
 * a larger one. Pure apart from the injected clock.
 */

export type RateVerdict =
  | { readonly ok: true; readonly remaining: number }
  | { readonly ok: false; readonly retryAfterSeconds: number; readonly remaining: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Drop idle buckets when this many are held, so random client ids cannot grow memory. */
const MAX_BUCKETS = 50_000;

export class CostRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends `cost` from the client's bucket when it holds enough; otherwise says when to retry. */
  take(clientId: string, cost: number, keyed: boolean): RateVerdict {
    if (!this.settings.enabled) return { ok: true, remaining: Infinity };
    const { capacity, refillPerSecond } = keyed ? this.settings.key : this.settings.anonymous;
    const now = this.now();
    const bucket = this.refill(clientId, capacity, refillPerSecond, now);
    const charge = Math.max(1, cost);
    if (bucket.tokens >= charge) {
      bucket.tokens -= charge;
      return { ok: true, remaining: Math.floor(bucket.tokens) };
    }
    // Over capacity can never succeed; the cost limit keeps single operations below it.
    const missing = Math.min(charge, capacity) - bucket.tokens;
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil(missing / refillPerSecond)),
      remaining: Math.floor(bucket.tokens),
    };
  }

  private refill(clientId: string, capacity: number, rate: number, now: number): Bucket {
    let bucket = this.buckets.get(clientId);
    if (!bucket) {
      if (this.buckets.size >= MAX_BUCKETS) this.evictFull(now, rate, capacity);
      bucket = { tokens: capacity, at: now };
      this.buckets.set(clientId, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    return bucket;
  }

  /** Buckets that would be full again carry no state worth keeping. */
  private evictFull(now: number, rate: number, capacity: number): void {
    for (const [id, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * rate >= capacity) this.buckets.delete(id);
    }
    if (this.buckets.size >= MAX_BUCKETS) this.buckets.clear();
  }
}

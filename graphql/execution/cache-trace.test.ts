import { describe, expect, it } from 'vitest';
import { createReadCache } from '@/graph-db/read-cache';
import { tracedReadCache, withCacheTrace } from './cache-trace';

describe('cache trace', () => {
  it('records each request’s own outcome, concurrent requests apart', async () => {
    const cache = tracedReadCache(
      createReadCache({ maxBytes: 1 << 20, readVersion: () => Promise.resolve('v1') }),
    );
    const seen = await withCacheTrace(async () => {
      const found = await cache.lookup('a');
      cache.store('a', found, { data: 1 });
    });
    const [again, other, untouched] = await Promise.all([
      withCacheTrace(() => cache.lookup('a')),
      withCacheTrace(() => cache.lookup('b')),
      withCacheTrace(() => Promise.resolve(0)),
    ]);
    expect([seen.outcome, again.outcome, other.outcome, untouched.outcome]).toEqual([
      'miss',
      'hit',
      'miss',
      'none',
    ]);
  });
});

import { AsyncLocalStorage } from 'node:async_hooks';
import type { CacheLookup, ReadCache } from '@/graph-db/read-cache';

/**
 * Per-request record of whether the whole-response cache answered, for benchmarks: with
 * NARRAGRAPH_CACHE_HEADER=1 (config/server.ts) the Node transport sends it as `x-narragraph-cache: hit | miss | none`
 * (`none`: the operation is not cacheable, or was refused before the cache was asked). Off by
 * default: a client has no business knowing what other clients asked for.
 */

export type CacheOutcome = 'hit' | 'miss' | 'none';

export const CACHE_HEADER = 'x-narragraph-cache';

interface Trace {
  outcome: CacheOutcome;
}

const traces = new AsyncLocalStorage<Trace>();

/**
 * `cache` with its whole-response lookups recorded in the current request's trace. Only `lookup`
 * is traced: the response cache plugin calls it, the repositories' wrapped reads do not.
 */
export function tracedReadCache(cache: ReadCache): ReadCache {
  return {
    wrap: (name, read) => cache.wrap(name, read),
    share: (name, read) => cache.share(name, read),
    async lookup(key): Promise<CacheLookup> {
      const found = await cache.lookup(key);
      const trace = traces.getStore();
      if (trace) trace.outcome = found.hit ? 'hit' : 'miss';
      return found;
    },
    store: (key, found, value) => cache.store(key, found, value),
    invalidate: () => cache.invalidate(),
    stats: () => cache.stats(),
  };
}

/** Runs `work` with a fresh trace and returns its value with the cache outcome it recorded. */
export async function withCacheTrace<T>(
  work: () => Promise<T>,
): Promise<{ value: T; outcome: CacheOutcome }> {
  const trace: Trace = { outcome: 'none' };
  const value = await traces.run(trace, work);
  return { value, outcome: trace.outcome };
}

/**
 * A tiny DataLoader: `load(key)` calls made in the same tick are answered by one `batch(keys)`
 * call, and each key is loaded at most once per batcher (one batcher lives for one request).
 */
export interface Batcher<K, V> {
  load(key: K): Promise<V | undefined>;
}

/** Creates a batcher over `batch`, which returns the values of the keys it found. */
export function createBatcher<K, V>(
  batch: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
): Batcher<K, V> {
  const cache = new Map<K, Promise<V | undefined>>();
  let queue: { key: K; resolve: (value: V | undefined) => void; reject: (e: unknown) => void }[] =
    [];

  const dispatch = () => {
    const pending = queue;
    queue = [];
    batch(pending.map((item) => item.key)).then(
      (values) => {
        for (const item of pending) item.resolve(values.get(item.key));
      },
      (error: unknown) => {
        for (const item of pending) {
          cache.delete(item.key);
          item.reject(error);
        }
      },
    );
  };

  return {
    load(key) {
      const cached = cache.get(key);
      if (cached) return cached;
      const promise = new Promise<V | undefined>((resolve, reject) => {
        queue.push({ key, resolve, reject });
        // Like DataLoader: wait for the current promise jobs, then one more tick, so sibling
        // resolvers of a list all enqueue before the batch runs.
        if (queue.length === 1) void Promise.resolve().then(() => process.nextTick(dispatch));
      });
      cache.set(key, promise);
      return promise;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createReadCache, estimateHeapBytes, stableKey } from './read-cache';

/** A cache over a counting read whose answer names its call, with a settable version. */
function setup(maxBytes = 1_000_000) {
  const state = { version: 'v1', versionReads: 0, calls: 0 };
  const cache = createReadCache({
    maxBytes,
    readVersion: () => {
      state.versionReads += 1;
      return Promise.resolve(state.version);
    },
  });
  const read = cache.wrap('read', (id: string, options: { depth: number }) => {
    state.calls += 1;
    return Promise.resolve({ id, depth: options.depth, call: state.calls });
  });
  return { state, cache, read };
}

describe('createReadCache', () => {
  it('answers a repeated read under the same version from the cache', async () => {
    const { state, cache, read } = setup();
    const first = await read('a', { depth: 2 });
    const second = await read('a', { depth: 2 });
    expect(second).toBe(first);
    expect(state.calls).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('reads again when the arguments differ', async () => {
    const { state, read } = setup();
    await read('a', { depth: 2 });
    expect((await read('a', { depth: 3 })).call).toBe(2);
    expect((await read('b', { depth: 2 })).call).toBe(3);
    expect(state.calls).toBe(3);
  });

  it('never serves an entry computed under another data version', async () => {
    const { state, read } = setup();
    expect((await read('a', { depth: 2 })).call).toBe(1);
    state.version = 'v2';
    expect((await read('a', { depth: 2 })).call).toBe(2);
    expect((await read('a', { depth: 2 })).call).toBe(2);
  });

  it('shares identical reads in flight without storing their results', async () => {
    const { state, cache } = setup();
    const shared = cache.share('shared', (id: string) => {
      state.calls += 1;
      return Promise.resolve({ id, call: state.calls });
    });
    const [a, b] = await Promise.all([shared('a'), shared('a')]);
    const later = await shared('a');
    expect({ same: a === b, later: later.call, stats: cache.stats() }).toEqual({
      same: true,
      later: 2,
      stats: { hits: 0, misses: 2, joined: 1, entries: 0, bytes: 0 },
    });
  });

  it('drops everything on invalidate, including a read that was in flight', async () => {
    const { state, cache, read } = setup();
    const pending = read('a', { depth: 2 });
    cache.invalidate();
    await pending;
    expect(cache.stats().entries).toBe(0);
    expect((await read('a', { depth: 2 })).call).toBe(2);
    cache.invalidate();
    expect((await read('a', { depth: 2 })).call).toBe(3);
    expect(state.calls).toBe(3);
  });

  it('lets identical concurrent reads share one call, and one version check', async () => {
    const { state, cache, read } = setup(0);
    const answers = await Promise.all(Array.from({ length: 5 }, () => read('a', { depth: 1 })));
    expect(state.calls).toBe(1);
    expect(state.versionReads).toBe(1);
    expect(new Set(answers).size).toBe(1);
    expect(cache.stats()).toMatchObject({ joined: 4, entries: 0 });
    // Nothing is stored with a budget of 0: the next read calls again.
    await read('a', { depth: 1 });
    expect(state.calls).toBe(2);
  });

  it('evicts the least recently used entries past its byte budget', async () => {
    // Each entry (answer, key and the entry itself) is about 210 bytes as estimated; room for two.
    const { state, cache, read } = setup(450);
    await read('a', { depth: 1 });
    await read('b', { depth: 1 });
    await read('a', { depth: 1 }); // a is now the most recently used
    await read('c', { depth: 1 }); // evicts b
    expect(cache.stats().entries).toBe(2);
    expect(cache.stats().bytes).toBeLessThanOrEqual(450);
    const calls = state.calls;
    await read('a', { depth: 1 });
    expect(state.calls).toBe(calls);
    await read('b', { depth: 1 });
    expect(state.calls).toBe(calls + 1);
  });

  it('does not store a result larger than the whole budget', async () => {
    const { cache, read } = setup(10);
    await read('a', { depth: 1 });
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('does not store failures: the next read tries again', async () => {
    let fail = true;
    const cache = createReadCache({ maxBytes: 1000, readVersion: () => Promise.resolve('v') });
    const read = cache.wrap('flaky', () =>
      fail ? Promise.reject(new Error('down')) : Promise.resolve('up'),
    );
    await expect(read()).rejects.toThrow('down');
    fail = false;
    await expect(read()).resolves.toBe('up');
  });

  it('fails the read when the version cannot be read', async () => {
    const cache = createReadCache({
      maxBytes: 1000,
      readVersion: () => Promise.reject(new Error('Neo4j is unavailable')),
    });
    const read = cache.wrap('r', () => Promise.resolve(1));
    await expect(read()).rejects.toThrow('Neo4j is unavailable');
  });
});

/** A cache trusting a version read for 1 s, on a clock and a local write count the test moves. */
function timedSetup() {
  const state = { version: 'v1', versionReads: 0, now: 0, writes: 0 };
  const cache = createReadCache({
    maxBytes: 1_000_000,
    readVersion: () => {
      state.versionReads += 1;
      return Promise.resolve(state.version);
    },
    versionMaxAgeMs: 1_000,
    localWrites: () => state.writes,
    now: () => state.now,
  });
  return { state, cache, read: cache.wrap('read', (id: string) => Promise.resolve({ id })) };
}

describe('createReadCache with a version max age', () => {
  it('reads the version again past half its max age without waiting, and sees another process write', async () => {
    const { state, read } = timedSetup();
    const seen: string[] = [];
    const look = async () => {
      await read('a');
      seen.push(`${state.now}:${state.versionReads}`);
    };
    await look();
    state.version = 'v2'; // another process writes
    state.now = 499;
    await look();
    state.now = 500;
    await look(); // answered under v1, v2 read in the background
    state.now = 999; // the version read at 500 is 499 ms old
    await look();
    state.now = 1_000;
    await look();
    expect(seen).toEqual(['0:1', '499:1', '500:2', '999:2', '1000:3']);
  });

  it('sees a version another process wrote once the max age since its read began has passed', async () => {
    const { state, cache } = timedSetup();
    await cache.lookup('k');
    state.version = 'v2';
    state.now = 999;
    const stale = (await cache.lookup('k')).version;
    // The background read began at 999 and saw v2.
    state.now = 1_000;
    expect({ stale, fresh: (await cache.lookup('k')).version }).toEqual({
      stale: 'v1',
      fresh: 'v2',
    });
  });

  it('reads the version again at once after a write of this process', async () => {
    const { state, read } = timedSetup();
    await read('a');
    state.version = 'v2';
    state.writes += 1;
    await read('a');
    expect(state.versionReads).toBe(2);
  });

  it('does not reuse a version whose read began before a write of this process ended', async () => {
    const { state, cache } = timedSetup();
    const before = cache.lookup('k');
    state.writes += 1;
    state.version = 'v2';
    const after = await cache.lookup('k');
    expect({ before: (await before).version, after: after.version }).toEqual({
      before: 'v1',
      after: 'v2',
    });
  });

  it('forgets the version on invalidate', async () => {
    const { state, cache, read } = timedSetup();
    await read('a');
    cache.invalidate();
    await read('a');
    expect(state.versionReads).toBe(2);
  });
});

describe('stableKey', () => {
  it('does not depend on the order object keys were set in', () => {
    expect(stableKey([{ a: 1, b: [{ c: 2, d: 3 }] }])).toBe(
      stableKey([{ b: [{ d: 3, c: 2 }], a: 1 }]),
    );
  });

  it('tells null, undefined-as-null and values apart from each other only as JSON does', () => {
    expect(stableKey([{ a: null }])).not.toBe(stableKey([{ a: 0 }]));
    expect(stableKey([{ a: 'x' }])).not.toBe(stableKey([{ a: ['x'] }]));
  });
});

describe('estimateHeapBytes', () => {
  it('counts V8 headers and characters, not JSON length', () => {
    const ascii = 'x'.repeat(100);
    const korean = '한'.repeat(100);
    expect({
      ascii: estimateHeapBytes(ascii),
      korean: estimateHeapBytes(korean),
      smallInt: estimateHeapBytes(7),
      double: estimateHeapBytes(0.5),
      object: estimateHeapBytes({ a: 1, b: null }),
      array: estimateHeapBytes([ascii, 2 ** 40]),
      deep: estimateHeapBytes(
        Array.from({ length: 100_000 }).reduce<unknown[]>((inner) => [inner], []),
      ),
    }).toEqual({
      ascii: 120,
      korean: 216,
      smallInt: 0,
      double: 16,
      object: 40,
      array: 48 + 16 + 120 + 16,
      deep: 100_001 * 48 + 100_000 * 8,
    });
  });
});

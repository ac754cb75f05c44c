import { describe, expect, it } from 'vitest';
import { RefreshAhead } from './refresh-ahead';

/** A value whose reads the test answers one by one, on a clock and an epoch the test moves. */
function setup(maxAgeMs = 1_000) {
  const state = { now: 0, epoch: 0, value: 'v1' };
  const reads: { readonly resolve: () => void; readonly reject: (error: Error) => void }[] = [];
  const cell = new RefreshAhead<string>({
    read: () =>
      new Promise<string>((resolve, reject) => {
        reads.push({ resolve: () => resolve(state.value), reject });
      }),
    maxAgeMs,
    now: () => state.now,
    epoch: () => state.epoch,
  });
  /** Answers the oldest read not yet answered, then lets its callbacks run. */
  const answer = async (error?: Error) => {
    const read = reads.shift();
    if (error) read?.reject(error);
    else read?.resolve();
    await new Promise((resolve) => setImmediate(resolve));
  };
  /** What `get` gives without any read being answered meanwhile; `pending` when it waits. */
  const settled = async (promise: Promise<string>) => {
    const tag = await Promise.race([
      promise.then((value) => value),
      new Promise<string>((resolve) => setImmediate(() => resolve('pending'))),
    ]);
    return tag;
  };
  return { state, reads, cell, answer, settled };
}

describe('RefreshAhead', () => {
  it('serves a value past half its max age at once and reads it again in the background', async () => {
    const { state, reads, cell, answer, settled } = setup();
    const first = cell.get();
    await answer();
    await first;
    state.value = 'v2';
    state.now = 499;
    const young = await settled(cell.get());
    const readsWhileYoung = reads.length;
    state.now = 500;
    const halfAged = await settled(cell.get());
    const readsAtHalf = reads.length;
    // Another caller meanwhile joins the read in flight instead of starting one.
    state.now = 600;
    const joined = await settled(cell.get());
    const readsJoined = reads.length;
    await answer();
    state.now = 1_400;
    const refreshed = await settled(cell.get());
    expect({
      young,
      readsWhileYoung,
      halfAged,
      readsAtHalf,
      joined,
      readsJoined,
      refreshed,
    }).toEqual({
      young: 'v1',
      readsWhileYoung: 0,
      halfAged: 'v1',
      readsAtHalf: 1,
      joined: 'v1',
      readsJoined: 1,
      // Trusted from when its read began (500), so not expired at 1,400.
      refreshed: 'v2',
    });
  });

  it('makes a caller wait once the whole max age has passed since the read began', async () => {
    const { state, cell, answer, settled } = setup();
    const first = cell.get();
    state.now = 300; // the read took 300 ms
    await answer();
    await first;
    state.value = 'v2';
    state.now = 1_000;
    const expired = cell.get();
    const before = await settled(expired);
    await answer();
    expect({ before, after: await expired }).toEqual({ before: 'pending', after: 'v2' });
  });

  it('does not trust a background read that failed, and lets the next waiting caller fail', async () => {
    const { state, cell, answer, settled } = setup();
    const first = cell.get();
    await answer();
    await first;
    state.now = 600;
    const served = await settled(cell.get());
    await answer(new Error('Neo4j is unavailable'));
    state.now = 1_000;
    const expired = expect(cell.get()).rejects.toThrow('Neo4j is unavailable');
    await answer(new Error('Neo4j is unavailable'));
    await expired;
    expect(served).toBe('v1');
  });

  it('reads again, and waits, once the epoch moved', async () => {
    const { state, cell, answer, settled } = setup();
    const first = cell.get();
    await answer();
    await first;
    state.value = 'v2';
    state.epoch += 1;
    const moved = cell.get();
    const before = await settled(moved);
    await answer();
    expect({ before, after: await moved }).toEqual({ before: 'pending', after: 'v2' });
  });

  it('keeps nothing a read that began before forget() returns', async () => {
    const { state, reads, cell, answer } = setup();
    const first = cell.get();
    cell.forget();
    state.value = 'v2';
    const second = cell.get();
    expect(reads).toHaveLength(2);
    await answer(); // the read from before forget() answers v2 too, but is disowned
    await answer();
    await Promise.all([first, second]);
    state.value = 'v3';
    state.now = 100;
    // The second read's value is kept; the first's was not stored over it.
    expect(await cell.get()).toBe('v2');
  });

  it('reads on every call with a max age of 0, sharing a read in flight', async () => {
    const { reads, cell, answer } = setup(0);
    const a = cell.get();
    const b = cell.get();
    expect(reads).toHaveLength(1);
    await answer();
    expect([await a, await b]).toEqual(['v1', 'v1']);
    void cell.get();
    expect(reads).toHaveLength(1);
  });
  it('starts a refresh twice the last read time before expiry when reads are slow', async () => {
    const { state, reads, cell, answer } = setup();
    const first = cell.get();
    state.now = 400; // a read of 400 ms: refreshes start at 1,000 - 800 = 200 ms of age
    await answer();
    await first;
    state.now = 199;
    void cell.get();
    const readsBefore = reads.length;
    state.now = 200;
    void cell.get();
    expect({ readsBefore, readsAt: reads.length }).toEqual({ readsBefore: 0, readsAt: 1 });
  });
});

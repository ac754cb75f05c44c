import { describe, expect, it } from 'vitest';
import { readAdmissionSettings } from '@/config/server';
import { Admission, serverBusy } from './admission';
import { toFetchResponse } from '../http/fetch-transport';

const ok = () => new Response('ok');
/** Settings without a cheap lane: every operation shares the same slots. */
const NO_LANE = { cheapInFlight: 0, cheapMaxCost: 0 };
const busy = () => new Response('busy', { status: 429 });

/** Lets every pending promise reaction run (a macrotask turn, no timer). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function gate() {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('Admission', () => {
  it('runs up to maxInFlight at once, queues the next ones and hands slots on in order', async () => {
    const admission = new Admission({ ...NO_LANE, maxInFlight: 2, maxQueue: 5, maxWaitMs: 5_000 });
    const gates = [gate(), gate(), gate()];
    const order: number[] = [];
    const runs = gates.map((g, i) =>
      admission.run(async () => {
        order.push(i);
        await g.promise;
        return ok();
      }, busy),
    );
    await settle();
    expect(admission.load).toEqual({ inFlight: 2, cheap: 0, queued: 1 });
    gates[0]?.open();
    await runs[0];
    await settle();
    expect(order).toEqual([0, 1, 2]);
    gates[1]?.open();
    gates[2]?.open();
    expect((await Promise.all(runs)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(admission.load).toEqual({ inFlight: 0, cheap: 0, queued: 0 });
  });

  it('answers busy when the queue is full or the wait too long, and frees the slot on errors', async () => {
    const admission = new Admission({ ...NO_LANE, maxInFlight: 1, maxQueue: 1, maxWaitMs: 20 });
    const held = gate();
    const first = admission.run(async () => {
      await held.promise;
      return ok();
    }, busy);
    const waited = admission.run(() => Promise.resolve(ok()), busy);
    const overflow = await admission.run(() => Promise.resolve(ok()), busy);
    expect(overflow.status).toBe(429);
    expect((await waited).status).toBe(429);
    held.open();
    await first;
    await expect(admission.run(() => Promise.reject(new Error('boom')), busy)).rejects.toThrow(
      'boom',
    );
    expect(admission.load).toEqual({ inFlight: 0, cheap: 0, queued: 0 });
  });
});

describe('serverBusy', () => {
  it('is a 429 RATE_LIMITED GraphQL error with Retry-After', async () => {
    const response = toFetchResponse(serverBusy(new Headers(), 2));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED', reason: 'server-busy' } }],
    });
  });

  it('has documented defaults', () => {
    expect(readAdmissionSettings({})).toEqual({
      maxInFlight: 4,
      cheapInFlight: 4,
      cheapMaxCost: 1_000,
      maxQueue: 64,
      maxWaitMs: 3_000,
    });
    expect(readAdmissionSettings({ GRAPHQL_CHEAP_IN_FLIGHT: '0' }).cheapInFlight).toBe(0);
    expect(() => readAdmissionSettings({ GRAPHQL_MAX_IN_FLIGHT: '0' })).toThrow(
      /GRAPHQL_MAX_IN_FLIGHT/,
    );
  });
});

describe('Admission.enter', () => {
  it('takes a slot only when admitted, frees it when the request ends, and bounds requests inside', async () => {
    const admission = new Admission({ ...NO_LANE, maxInFlight: 1, maxQueue: 1, maxWaitMs: 5_000 });
    const held = gate();
    const unadmitted = admission.enter(async () => {
      await held.promise;
      return ok();
    }, busy);
    const admitted = await admission.enter(
      async (ticket) => ((await ticket.admit()) ? ok() : busy()),
      busy,
    );
    const overflowHeld = gate();
    const second = admission.enter(async () => {
      await overflowHeld.promise;
      return ok();
    }, busy);
    const overflow = await admission.enter(() => Promise.resolve(ok()), busy);
    held.open();
    overflowHeld.open();
    await Promise.all([unadmitted, second]);
    expect({ admitted: admitted.status, overflow: overflow.status, load: admission.load }).toEqual({
      admitted: 200,
      overflow: 429,
      load: { inFlight: 0, cheap: 0, queued: 0 },
    });
  });
});

describe('Admission lanes', () => {
  const lanes = {
    maxInFlight: 2,
    cheapInFlight: 1,
    cheapMaxCost: 100,
    maxQueue: 8,
    maxWaitMs: 5_000,
  };

  /** Starts a held operation of `cheapCost` (undefined: expensive); `order` gets `name` when it runs. */
  function start(admission: Admission, order: string[], name: string, cheapCost?: number) {
    const held = gate();
    const done = admission.run(
      async () => {
        order.push(name);
        await held.promise;
        return ok();
      },
      busy,
      cheapCost,
    );
    return { open: held.open, done };
  }

  it('runs a cheap operation while expensive ones hold every shared slot, and never lends cheap slots', async () => {
    const admission = new Admission(lanes);
    const order: string[] = [];
    const expensive = [1, 2, 3].map((i) => start(admission, order, `expensive ${i}`));
    // Over the cheap bound: an expensive operation however it was asked.
    const overCost = start(admission, order, 'cost 101', 101);
    const cheap = start(admission, order, 'cheap', 100);
    await settle();
    const during = { order: [...order], load: admission.load };
    for (const run of [...expensive, overCost, cheap]) run.open();
    await Promise.all([...expensive, overCost, cheap].map((run) => run.done));
    expect({ during, after: admission.load }).toEqual({
      during: {
        order: ['expensive 1', 'expensive 2', 'cheap'],
        load: { inFlight: 3, cheap: 1, queued: 2 },
      },
      after: { inFlight: 0, cheap: 0, queued: 0 },
    });
  });

  it('lets cheap operations take free shared slots, and hands a freed shared slot to expensive waiters first', async () => {
    const admission = new Admission(lanes);
    const order: string[] = [];
    // Cheap 1 takes the cheap slot, cheap 2 and 3 the shared ones; the rest wait.
    const cheap = [1, 2, 3].map((i) => start(admission, order, `cheap ${i}`, 1));
    const waitingCheap = start(admission, order, 'cheap 4', 1);
    const waitingExpensive = start(admission, order, 'expensive');
    await settle();
    cheap[1]?.open();
    await cheap[1]?.done;
    await settle();
    cheap[0]?.open();
    await cheap[0]?.done;
    await settle();
    for (const run of [...cheap, waitingCheap, waitingExpensive]) run.open();
    await Promise.all([...cheap, waitingCheap, waitingExpensive].map((run) => run.done));
    expect(order).toEqual(['cheap 1', 'cheap 2', 'cheap 3', 'expensive', 'cheap 4']);
  });

  it('bounds the requests inside by every slot and the queue', async () => {
    const admission = new Admission({ ...lanes, maxQueue: 1, maxWaitMs: 20 });
    const order: string[] = [];
    const held = [1, 2, 3].map((i) => start(admission, order, `cheap ${i}`, 1));
    const waiting = start(admission, order, 'waiting', 1);
    const refused = await admission.run(() => Promise.resolve(ok()), busy, 1);
    const timedOut = await waiting.done;
    for (const run of held) run.open();
    await Promise.all(held.map((run) => run.done));
    expect({ refused: refused.status, timedOut: timedOut.status, load: admission.load }).toEqual({
      refused: 429,
      timedOut: 429,
      load: { inFlight: 0, cheap: 0, queued: 0 },
    });
  });
});

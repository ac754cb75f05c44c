import { describe, expect, it } from 'vitest';
import { readAdmissionSettings } from '@/config/server';
import { Admission, serverBusy } from './admission';
import { toFetchResponse } from '../http/fetch-transport';

const ok = () => new Response('ok');
const busy = () => new Response('busy', { status: 429 });

function gate() {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('Admission', () => {
  it('runs up to maxInFlight at once, queues the next ones and hands slots on in order', async () => {
    const admission = new Admission({ maxInFlight: 2, maxQueue: 5, maxWaitMs: 5_000 });
    const gates = [gate(), gate(), gate()];
    const order: number[] = [];
    const runs = gates.map((g, i) =>
      admission.run(async () => {
        order.push(i);
        await g.promise;
        return ok();
      }, busy),
    );
    await Promise.resolve();
    expect(admission.load).toEqual({ inFlight: 2, queued: 1 });
    gates[0]?.open();
    await runs[0];
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    gates[1]?.open();
    gates[2]?.open();
    expect((await Promise.all(runs)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(admission.load).toEqual({ inFlight: 0, queued: 0 });
  });

  it('answers busy when the queue is full or the wait too long, and frees the slot on errors', async () => {
    const admission = new Admission({ maxInFlight: 1, maxQueue: 1, maxWaitMs: 20 });
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
    expect(admission.load).toEqual({ inFlight: 0, queued: 0 });
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
    expect(readAdmissionSettings({})).toEqual({ maxInFlight: 4, maxQueue: 64, maxWaitMs: 3_000 });
    expect(() => readAdmissionSettings({ GRAPHQL_MAX_IN_FLIGHT: '0' })).toThrow(
      /GRAPHQL_MAX_IN_FLIGHT/,
    );
  });
});

describe('Admission.enter', () => {
  it('takes a slot only when admitted, frees it when the request ends, and bounds requests inside', async () => {
    const admission = new Admission({ maxInFlight: 1, maxQueue: 1, maxWaitMs: 5_000 });
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
      load: { inFlight: 0, queued: 0 },
    });
  });
});

import { HeaderMap } from '@apollo/server';
import { expect, it } from 'vitest';
import { createReadCache } from '@/graph-db/read-cache';
import { uncachedRepositories, type Repositories } from '@/graph-db/repositories';
import { connectTestDatabase } from '@/graph-db/testing/test-database';
import { createGraphQLEndpoint, type GraphQLHttpRequest } from '../http/endpoint';
import { withFixtureGraph } from '../testing/fixtures';
import { CostRateLimiter } from './rate-limit';

/**
 * A whole-response cache hit is answered without an admission slot: with every slot held by a
 * slow request, a cached query still answers at once, charges the caller's budget as a miss does,
 * and is refused when that budget is spent. A cheap query has a lane of its own: with every shared
 * slot held by slow neighbourhood misses, a search miss still runs, while another neighbourhood is
 * refused busy when no shared slot frees up in time.
 */

connectTestDatabase();
withFixtureGraph();

const SLOTS = 2;

/** A gate the slow reads wait at until `release`, with `slotsTaken` once `SLOTS` of them wait. */
function heldReads() {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered = 0;
  let allEntered: () => void = () => {};
  const slotsTaken = new Promise<void>((resolve) => {
    allEntered = resolve;
  });
  const hold = async () => {
    entered += 1;
    if (entered === SLOTS) allEntered();
    await held;
  };
  return { hold, release, slotsTaken, entered: () => entered };
}

/** The repositories, with every search held until `release` (the slow requests). */
function slowSearches() {
  const gate = heldReads();
  const db: Repositories = {
    ...uncachedRepositories,
    search: {
      ...uncachedRepositories.search,
      search: async (...args) => {
        await gate.hold();
        return uncachedRepositories.search.search(...args);
      },
    },
  };
  return { db, ...gate };
}

/** The repositories, with every neighbourhood read held until `release`. */
function slowNeighbourhoods() {
  const gate = heldReads();
  const db: Repositories = {
    ...uncachedRepositories,
    explore: {
      ...uncachedRepositories.explore,
      neighborhood: async (...args) => {
        await gate.hold();
        return uncachedRepositories.explore.neighborhood(...args);
      },
    },
  };
  return { db, ...gate };
}

function post(query: string, address: string): GraphQLHttpRequest {
  return {
    method: 'POST',
    search: '',
    headers: new HeaderMap([
      ['content-type', 'application/json'],
      ['x-forwarded-for', address],
    ]),
    body: JSON.stringify({ query }),
  };
}

async function answer(response: Promise<{ status?: number; body: unknown }>): Promise<string> {
  const { status, body } = await response;
  const text = body as { kind: string; string?: string };
  const parsed = JSON.parse(text.string ?? '{}') as {
    data?: { search?: { edges?: unknown[] } };
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
  const error = parsed.errors?.[0]?.extensions;
  if (error) return `${status ?? 200} ${`${error.code} ${error.reason ?? ''}`.trim()}`;
  const edges = parsed.data?.search?.edges;
  return `${status ?? 200} ok${edges === undefined ? '' : edges.length > 0 ? ' hits' : ' no hits'}`;
}

const STATS = '{ stats { articles } }';
const CAPACITY = 1_000_000;

it('answers a cached query while slow misses hold every slot, and still charges and refuses it', async () => {
  const { db, release, slotsTaken } = slowSearches();
  const limiter = new CostRateLimiter(
    {
      enabled: true,
      anonymous: { capacity: CAPACITY, refillPerSecond: 1e-9 },
      key: { capacity: CAPACITY, refillPerSecond: 1e-9 },
    },
    () => 0,
  );
  const readCache = createReadCache({
    maxBytes: 16 * 1024 * 1024,
    readVersion: () => uncachedRepositories.analytics.dataVersion(),
  });
  // A waiter that got no slot is answered busy long before the test's timeout.
  // No cheap lane: the slow searches hold every slot there is.
  const admission = {
    maxInFlight: SLOTS,
    cheapInFlight: 0,
    cheapMaxCost: 0,
    maxQueue: 8,
    maxWaitMs: 1_000,
  };
  const endpoint = createGraphQLEndpoint({ db, readCache, admission, limiter });

  const miss = await answer(endpoint(post(STATS, '10.0.0.1')));
  const slow = Array.from({ length: SLOTS }, (_, i) =>
    answer(endpoint(post(`{ search(query: "hacking empire ${i}") { totalCount } }`, '10.0.0.9'))),
  );
  await slotsTaken;
  const hit = await answer(endpoint(post(STATS, '10.0.0.2')));
  // The same charge for the miss and the hit: both buckets have the same left.
  const left = ['10.0.0.1', '10.0.0.2'].map(
    (address) => limiter.take(`ip:${address}`, 1, false).remaining,
  );
  limiter.take('ip:10.0.0.3', CAPACITY, false);
  const spent = await answer(endpoint(post(STATS, '10.0.0.3')));
  release();
  expect({
    miss,
    hit,
    sameCharge: left[0] === left[1] && left[0]! < CAPACITY - 1,
    spent,
    slow: await Promise.all(slow),
  }).toEqual({
    miss: '200 ok',
    hit: '200 ok',
    sameCharge: true,
    spent: '429 RATE_LIMITED',
    slow: Array.from({ length: SLOTS }, () => '200 ok'),
  });
});

const NEIGHBOURHOOD = (limit: number) =>
  `{ neighborhood(ids: ["Actor:country:united-states"], depth: 2, limit: ${limit}) { nodes { id } truncated } }`;

it('answers a cheap search miss while expensive misses hold every shared slot', async () => {
  const { db, release, slotsTaken, entered } = slowNeighbourhoods();
  const limiter = new CostRateLimiter({
    enabled: false,
    anonymous: { capacity: 1, refillPerSecond: 1 },
    key: { capacity: 1, refillPerSecond: 1 },
  });
  // No response cache: every request is a miss.
  const endpoint = createGraphQLEndpoint({
    db,
    limiter,
    admission: {
      maxInFlight: SLOTS,
      cheapInFlight: 1,
      cheapMaxCost: 1_000,
      maxQueue: 8,
      maxWaitMs: 500,
    },
  });
  const slow = Array.from({ length: SLOTS }, (_, i) =>
    answer(endpoint(post(NEIGHBOURHOOD(100 + i), '10.0.0.9'))),
  );
  await slotsTaken;
  const queued = answer(endpoint(post(NEIGHBOURHOOD(300), '10.0.0.9')));
  const search = await answer(
    endpoint(
      post('{ search(query: "hacking", first: 20) { edges { node { id label } } } }', '10.0.0.1'),
    ),
  );
  const refused = await queued;
  const readsBeforeRelease = entered();
  release();
  expect({ search, refused, readsBeforeRelease, slow: await Promise.all(slow) }).toEqual({
    search: '200 ok hits',
    refused: '429 RATE_LIMITED server-busy',
    readsBeforeRelease: SLOTS,
    slow: Array.from({ length: SLOTS }, () => '200 ok'),
  });
});

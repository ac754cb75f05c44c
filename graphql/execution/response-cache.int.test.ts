import { HeaderMap } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createReadCache, type ReadCache } from '@/graph-db/read-cache';
import { uncachedRepositories, type Repositories } from '@/graph-db/repositories';
import { connectTestDatabase, ingestRecordsElsewhere } from '@/graph-db/testing/test-database';
import type { Caller } from '../context';
import { measureOperation } from '../limits/complexity';
import { typeDefs } from '../generated/type-defs';
import { CostRateLimiter } from '../limits/rate-limit';
import { createApolloServer } from '../server';
import { ANONYMOUS_CALLER } from '../testing/execute';
import { withFixtureGraph } from '../testing/fixtures';

connectTestDatabase();

/** The repositories, counting how often the API reaches past the response cache into them. */
function countingRepositories() {
  const calls = { neighborhood: 0, savedView: 0 };
  const db: Repositories = {
    ...uncachedRepositories,
    explore: {
      ...uncachedRepositories.explore,
      neighborhood: (request) => {
        calls.neighborhood += 1;
        return uncachedRepositories.explore.neighborhood(request);
      },
    },
    savedViews: {
      ...uncachedRepositories.savedViews,
      get: (slug) => {
        calls.savedView += 1;
        return uncachedRepositories.savedViews.get(slug);
      },
    },
  };
  return { db, calls };
}

function newCache(): ReadCache {
  return createReadCache({
    maxBytes: 16 * 1024 * 1024,
    readVersion: () => uncachedRepositories.analytics.dataVersion(),
  });
}

const NEIGHBORHOOD = `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 50) {
  nodes { id label } edges { id type evidence { sentence } } truncated } }`;

async function run(
  server: ReturnType<typeof createApolloServer>,
  db: Repositories,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = ANONYMOUS_CALLER,
) {
  const response = await server.executeOperation<Record<string, unknown>>(
    { query, variables },
    { contextValue: { db, caller } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { ...response.body.singleResult, status: response.http.status };
}

withFixtureGraph();

describe('the response cache', () => {
  it('answers a repeated graph query without running its resolvers, with the same data', async () => {
    const cache = newCache();
    const server = createApolloServer({ responseCache: cache });
    const { db, calls } = countingRepositories();
    const variables = { ids: ['Narrative:hacking-empire'] };
    const first = await run(server, db, NEIGHBORHOOD, variables);
    const second = await run(server, db, NEIGHBORHOOD, variables);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(calls.neighborhood).toBe(1);
    // Other variables are another entry.
    await run(server, db, NEIGHBORHOOD, { ids: ['Actor:country:china'] });
    expect(calls.neighborhood).toBe(2);
  });

  it('sends a hit over HTTP as the bytes of the miss, and in process as the same data', async () => {
    const cache = newCache();
    const server = createApolloServer({ responseCache: cache });
    const { db, calls } = countingRepositories();
    const variables = { ids: ['Narrative:hacking-empire'] };
    const overHttp = async () => {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { query: NEIGHBORHOOD, variables },
        },
        context: () => Promise.resolve({ db, caller: ANONYMOUS_CALLER }),
      });
      return response.body.kind === 'complete' ? response.body.string : 'chunked';
    };
    await server.start();
    const miss = await overHttp();
    const hits = [await overHttp(), (await run(server, db, NEIGHBORHOOD, variables)).data];
    expect({ hits, calls: calls.neighborhood, cached: cache.stats().hits }).toEqual({
      hits: [miss, (JSON.parse(miss) as { data: unknown }).data],
      calls: 1,
      cached: 2,
    });
  });

  it('serves the new data once an ingest (here from "another process") changes the version', async () => {
    const cache = newCache();
    const server = createApolloServer({ responseCache: cache });
    const { db, calls } = countingRepositories();
    const variables = { ids: ['Narrative:hacking-empire'] };
    const labels = async () =>
      (
        (await run(server, db, NEIGHBORHOOD, variables)).data as {
          neighborhood: { nodes: { label: string }[] };
        }
      ).neighborhood.nodes.map((node) => node.label);
    expect(await labels()).not.toContain('Kyodo on the hacking empire');
    expect(
      await ingestRecordsElsewhere([
        {
          title: 'Kyodo on the hacking empire',
          date: '2021-09-01',
          source: 'Kyodo',
          text: 'Tokyo, September 1 -- Kyodo said Pyongyang again called the United States a "hacking empire".',
        },
      ]),
    ).toBe(1);
    expect(await labels()).toContain('Kyodo on the hacking empire');
    expect(calls.neighborhood).toBe(2);
  });

  it('never keeps saved views, health or errors', async () => {
    const cache = newCache();
    const server = createApolloServer({ responseCache: cache });
    const { db, calls } = countingRepositories();
    const view = `query($slug: String!) { savedView(slug: $slug) { name } }`;
    await run(server, db, view, { slug: 'no-such-view' });
    await run(server, db, view, { slug: 'no-such-view' });
    expect(calls.savedView).toBe(2);
    // Nor a snapshot's elements, though they are a graph slice like a neighbourhood's.
    const saved = await run(
      server,
      db,
      `mutation { saveView(input: { name: "Cached?", state: "eyJ2IjoxfQ", positions: "{}", viewport: "{}", mode: SNAPSHOT }) { slug } }`,
    );
    const slug = (saved.data as { saveView: { slug: string } }).saveView.slug;
    const snapshot = `query($slug: String!) { savedView(slug: $slug) { snapshot { nodes { id } truncated } } }`;
    const first = await run(server, db, snapshot, { slug });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ savedView: { snapshot: { nodes: [], truncated: false } } });
    await run(server, db, snapshot, { slug });
    expect(calls.savedView).toBe(4);
    await run(server, db, '{ health { neo4jVersion } }');
    const missing = await run(server, db, NEIGHBORHOOD, { ids: ['Actor:country:atlantis'] });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await run(server, db, NEIGHBORHOOD, { ids: ['Actor:country:atlantis'] });
    expect(calls.neighborhood).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  it('still charges and refuses a caller past its budget on a cached answer', async () => {
    const cache = newCache();
    const variables = { ids: ['Narrative:hacking-empire'] };
    const { cost } = measureOperation(buildSchema(typeDefs), parse(NEIGHBORHOOD), null, variables);
    // Room for two answers, then (with a refill of nothing worth mentioning) refusals.
    const bucket = { capacity: cost * 2.5, refillPerSecond: 0.001 };
    const limiter = new CostRateLimiter({ enabled: true, anonymous: bucket, key: bucket });
    const server = createApolloServer({ responseCache: cache, limiter });
    const { db } = countingRepositories();
    const statuses: (number | undefined)[] = [];
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i += 1) {
      const result = await run(server, db, NEIGHBORHOOD, variables);
      statuses.push(result.status);
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(statuses.slice(2)).toEqual([429, 429, 429]);
    expect(cache.stats().hits).toBe(1);
  });
});

/**
 * What a whole-response cache hit costs in process (Apollo and the read cache, no HTTP server), with the
 * data version read on every request (max age 0) and trusted for NARRAGRAPH_DATA_VERSION_MAX_AGE_MS
 * (default 1 s): p50 and p95 of the wall time, and Node's CPU per request.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/cache-hit.ts
 *
 * Env: NEO4J_URI (any running Neo4j with the schema; its data does not matter), BENCH_HITS (1000).
 */
import { HeaderMap } from '@apollo/server';
import { readDataVersionMaxAgeMs } from '../config/server';
import { closeDriver, localWriteCount } from '../graph-db/driver';
import { createReadCache } from '../graph-db/read-cache';
import { uncachedRepositories, withReadCache } from '../graph-db/repositories/process-repositories';
import { createApolloServer } from '../graphql/server';
import { envNumber } from './lib/bench-graph';
import { fmt, percentiles } from './lib/stats';

const HITS = envNumber('BENCH_HITS', 1_000);
const QUERY = '{ stats { articles dataVersion } }';
const CALLER = { key: null, clientId: 'ip:127.0.0.1' };

if (process.env.NEO4J_URI === undefined) {
  console.error('Set NEO4J_URI to a running Neo4j (e.g. `npm run neo4j -- start`).');
  process.exit(1);
}

for (const maxAgeMs of [0, readDataVersionMaxAgeMs()]) {
  const cache = createReadCache({
    maxBytes: 1 << 24,
    readVersion: () => uncachedRepositories.analytics.dataVersion(),
    versionMaxAgeMs: maxAgeMs,
    localWrites: localWriteCount,
  });
  const db = withReadCache(uncachedRepositories, cache);
  const server = createApolloServer({ responseCache: cache });
  await server.start();
  // As the HTTP transports call Apollo: a hit is sent as the JSON the cache holds.
  const run = async () => {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query: QUERY },
      },
      context: () => Promise.resolve({ db, caller: CALLER }),
    });
    if (response.body.kind !== 'complete' || response.body.string.includes('"errors"'))
      throw new Error(`not an answer: ${JSON.stringify(response.body)}`);
  };
  // Warm-up: the first request stores the answer, the rest warm Apollo's and V8's caches.
  for (let i = 0; i < 100; i += 1) await run();
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < HITS; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  const { p50, p95 } = percentiles(samples);
  console.log(
    `version max age ${maxAgeMs} ms: hit p50 ${fmt(p50, 3)} ms, p95 ${fmt(p95, 3)} ms, Node CPU ${fmt((used.user + used.system) / 1000 / HITS, 3)} ms/request (${cache.stats().hits} hits)`,
  );
}
await closeDriver();

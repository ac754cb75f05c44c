/**
 * What serving whole-response cache hits before admission does to their latency: the endpoint in
 * process with fresh read and response caches, `BENCH_ADMISSION_CONNECTIONS` (10) loops over the
 * neighbourhood pool by Zipf rank for `BENCH_ADMISSION_SECONDS` (20) each, twice per order:
 * as shipped (a hit takes no slot), and with the same 4 slots taken before Apollo as they were
 * before (every request, hits too, waits for a slot). Hits and misses are told apart as
 * bench:api tells them (request-trace.ts). Reads only; point it at a graph that bench:api built:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7689 NEO4J_USERNAME=neo4j NEO4J_PASSWORD= npx tsx bench/admission-profile.ts
 */
import { HeaderMap } from '@apollo/server';
import { closeDriver } from '@/graph-db/driver';
import { createReadCache } from '@/graph-db/read-cache';
import { uncachedRepositories, withReadCache } from '@/graph-db/repositories/process-repositories';
import { RequestTrace } from '@/graphql/execution/request-trace';
import { createGraphQLEndpoint, type GraphQLHttpHandler } from '@/graphql/http/endpoint';
import { readAdmissionSettings, readRateLimitSettings } from '@/config/server';
import { Admission, serverBusy } from '@/graphql/limits/admission';
import { CostRateLimiter } from '@/graphql/limits/rate-limit';
import { envNumber } from './lib/bench-graph';
import { readVocabulary, scenarioPool, zipfSequence } from './lib/operation-mix';
import { percentiles } from './lib/stats';

const SECONDS = envNumber('BENCH_ADMISSION_SECONDS', 20);
const CONNECTIONS = envNumber('BENCH_ADMISSION_CONNECTIONS', 10);
const POOL = 1_000;

type Mode = 'hits before admission' | 'admission first';

function endpointFor(mode: Mode) {
  const cache = createReadCache({
    maxBytes: 64 * 1024 * 1024,
    readVersion: () => uncachedRepositories.analytics.dataVersion(),
    versionMaxAgeMs: 1_000,
  });
  const settings = readAdmissionSettings();
  // Every client its own budget, as bench:api's keyed clients have; one address would be refused.
  const limiter = new CostRateLimiter({ ...readRateLimitSettings(), enabled: false });
  const inner = createGraphQLEndpoint({
    db: withReadCache(uncachedRepositories, cache),
    readCache: cache,
    limiter,
    // Admission first: the endpoint's own bound never binds, the outer one takes the slots.
    admission:
      mode === 'admission first' ? { ...settings, maxInFlight: 1_000, maxQueue: 1_000 } : settings,
  });
  const outer = new Admission(settings);
  const endpoint: GraphQLHttpHandler =
    mode === 'admission first'
      ? (request) =>
          outer.run(
            () => inner(request),
            () => serverBusy(request.headers),
          )
      : inner;
  return { endpoint, cache };
}

async function run(mode: Mode, pool: ReturnType<typeof scenarioPool>, seed: number) {
  const { endpoint } = endpointFor(mode);
  const sequence = zipfSequence(pool, POOL, 1, seed);
  let at = 0;
  const hits: number[] = [];
  const misses: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until && at < sequence.length) {
        const op = sequence[at++]!;
        const started = performance.now();
        const trace = new RequestTrace();
        await endpoint({
          method: 'POST',
          search: '',
          headers: new HeaderMap([['content-type', 'application/json']]),
          body: JSON.stringify({ query: op.query, variables: op.variables }),
          trace,
        });
        (trace.cache === 'hit' ? hits : misses).push(performance.now() - started);
      }
    }),
  );
  const h = percentiles(hits);
  const m = percentiles(misses);
  return `${mode.padEnd(22)} | ${String(hits.length).padStart(5)} | ${h.p50.toFixed(1).padStart(6)} / ${h.p95.toFixed(1).padStart(6)} | ${String(misses.length).padStart(5)} | ${m.p50.toFixed(1).padStart(6)} / ${m.p95.toFixed(1).padStart(6)}`;
}

async function main(): Promise<void> {
  const vocabulary = await readVocabulary(POOL);
  const pool = scenarioPool('neighborhood', vocabulary, POOL);
  console.log(`mode                   |  hits | p50 / p95 ms    | misses | p50 / p95 ms`);
  // Interleaved, so a change in the machine's load falls on both.
  for (const [i, mode] of (
    [
      'hits before admission',
      'admission first',
      'admission first',
      'hits before admission',
    ] as const
  ).entries()) {
    console.log(await run(mode, pool, 7 + (i % 2)));
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());

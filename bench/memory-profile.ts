/**
 * What the API process's memory is made of under bench:load's mixed traffic: the GraphQL endpoint
 * in process with the deployed read and response cache, driven by `BENCH_MEMORY_CONNECTIONS`
 * concurrent loops over the same Zipf mix for `BENCH_MEMORY_SECONDS`, `BENCH_MEMORY_RUNS` times.
 * After each run (and a full GC): RSS, V8 heap used and total, external and array buffers, and
 * the cache's entries and accounted bytes, so growth between runs can be put down to the caches
 * (accounted) or to something else. Reads only; point it at a graph that bench:api built:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7689 NEO4J_USERNAME=neo4j NEO4J_PASSWORD= \
 *     npx tsx --expose-gc bench/memory-profile.ts
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { HeaderMap } from '@apollo/server';
import { closeDriver } from '@/graph-db/driver';
import { readCache, repositories } from '@/graph-db/repositories/process-repositories';
import { createGraphQLEndpoint } from '@/graphql/http/endpoint';
import { readRateLimitSettings } from '@/config/server';
import { CostRateLimiter } from '@/graphql/limits/rate-limit';
import { envNumber } from './lib/bench-graph';
import { LOAD_WEIGHTS, mixedStream, readVocabulary, scenarioPool } from './lib/operation-mix';

const SECONDS = envNumber('BENCH_MEMORY_SECONDS', 20);
const RUNS = envNumber('BENCH_MEMORY_RUNS', 3);
const CONNECTIONS = envNumber('BENCH_MEMORY_CONNECTIONS', 10);
const POOL = 1_000;

const MiB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function snapshot(label: string): string {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const cache = readCache?.stats();
  // Where the heap's reserved but unused pages are: used / size per V8 space.
  const spaces = getHeapSpaceStatistics()
    .filter((space) => space.space_size > 1024 * 1024)
    .map(
      (space) =>
        `${space.space_name.replace('_space', '')} ${MiB(space.space_used_size)}/${MiB(space.space_size)}`,
    )
    .join(', ');
  return `${label.padEnd(8)} | ${MiB(m.rss).padStart(6)} | ${MiB(m.heapUsed).padStart(6)} | ${MiB(m.heapTotal).padStart(6)} | ${MiB(m.external).padStart(6)} | ${MiB(m.arrayBuffers).padStart(6)} | ${String(cache?.entries ?? 0).padStart(6)} | ${MiB(cache?.bytes ?? 0).padStart(6)} | ${spaces}`;
}

async function main(): Promise<void> {
  if ((globalThis as { gc?: () => void }).gc === undefined)
    throw new Error('run with --expose-gc: the figures are taken after a full collection');
  const vocabulary = await readVocabulary(POOL);
  const pools = new Map(
    (['search', 'neighborhood', 'paths', 'timeline'] as const).map((name) => [
      name,
      scenarioPool(name, vocabulary, POOL),
    ]),
  );
  // Traffic from many clients, as bench:load's keyed clients are; one address would be refused.
  const limiter = new CostRateLimiter({ ...readRateLimitSettings(), enabled: false });
  const endpoint = createGraphQLEndpoint({ db: repositories, readCache, limiter });
  const lines = [
    `${'after'.padEnd(8)} | ${'RSS'.padStart(6)} | ${'heap'.padStart(6)} | ${'total'.padStart(6)} | ${'extern'.padStart(6)} | ${'arrbuf'.padStart(6)} | ${'cached'.padStart(6)} | ${'cache'.padStart(6)} | V8 spaces used/size  (MiB; cache = its accounted bytes)`,
    snapshot('start'),
  ];
  console.log(lines.join('\n'));
  let requests = 0;
  for (let run = 1; run <= RUNS; run += 1) {
    const next = mixedStream(pools, LOAD_WEIGHTS, 1, 1000 + run);
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const op = next();
          await endpoint({
            method: 'POST',
            search: '',
            headers: new HeaderMap([['content-type', 'application/json']]),
            body: JSON.stringify({ query: op.query, variables: op.variables }),
          });
          requests += 1;
        }
      }),
    );
    console.log(`${snapshot(`run ${run}`)}  (${requests} requests so far)`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());

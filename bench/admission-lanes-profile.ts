/**
 * What the cheap lane does to searches that share the server with neighbourhoods: the endpoint in
 * process without caches (every request a miss), `BENCH_LANES_CONNECTIONS` (5) loops of distinct
 * searches and as many of distinct 500-node neighbourhoods at once, for `BENCH_LANES_SECONDS`
 * (20), as shipped and with the cheap lane off (`cheapInFlight: 0`, every operation in the same 4
 * slots), interleaved. bench:api runs its scenarios one after another, so it never mixes them.
 * Reads only; point it at a graph that bench:api built:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7689 NEO4J_USERNAME=neo4j NEO4J_PASSWORD= npx tsx bench/admission-lanes-profile.ts
 */
import { HeaderMap } from '@apollo/server';
import { closeDriver } from '@/graph-db/driver';
import { uncachedRepositories } from '@/graph-db/repositories/process-repositories';
import { createGraphQLEndpoint } from '@/graphql/http/endpoint';
import { readAdmissionSettings, readRateLimitSettings } from '@/config/server';
import { CostRateLimiter } from '@/graphql/limits/rate-limit';
import { envNumber } from './lib/bench-graph';
import { readVocabulary, scenarioPool, type BenchOperation } from './lib/operation-mix';
import { percentiles } from './lib/stats';

const SECONDS = envNumber('BENCH_LANES_SECONDS', 20);
const CONNECTIONS = envNumber('BENCH_LANES_CONNECTIONS', 5);
const POOL = 3_000;

type Mode = 'cheap lane' | 'no cheap lane';

/** Runs both loops for SECONDS over their pools; latencies and busy answers per scenario. */
async function run(
  mode: Mode,
  pools: Readonly<Record<'search' | 'neighborhood', readonly BenchOperation[]>>,
): Promise<string> {
  const settings = readAdmissionSettings();
  const endpoint = createGraphQLEndpoint({
    db: uncachedRepositories,
    // One client asking this often is what the rate limit refuses; admission is what is measured.
    limiter: new CostRateLimiter({ ...readRateLimitSettings(), enabled: false }),
    admission: mode === 'cheap lane' ? settings : { ...settings, cheapInFlight: 0 },
  });
  const until = performance.now() + SECONDS * 1000;
  const lines: string[] = [];
  await Promise.all(
    (['search', 'neighborhood'] as const).map(async (name) => {
      const pool = pools[name];
      let at = 0;
      const ms: number[] = [];
      let busy = 0;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (performance.now() < until) {
            const op = pool[at++ % pool.length]!;
            const started = performance.now();
            const answer = await endpoint({
              method: 'POST',
              search: '',
              headers: new HeaderMap([['content-type', 'application/json']]),
              body: JSON.stringify({ query: op.query, variables: op.variables }),
            });
            if (answer.status === 429) busy += 1;
            else ms.push(performance.now() - started);
          }
        }),
      );
      const p = percentiles(ms);
      lines.push(
        `${mode.padEnd(14)} | ${name.padEnd(12)} | ${String(ms.length).padStart(6)} | ${p.p50.toFixed(1).padStart(7)} / ${p.p95.toFixed(1).padStart(7)} | ${busy}`,
      );
    }),
  );
  return lines.sort().join('\n');
}

async function main(): Promise<void> {
  const vocabulary = await readVocabulary(POOL);
  const pools = {
    search: scenarioPool('search', vocabulary, POOL),
    neighborhood: scenarioPool('neighborhood', vocabulary, POOL),
  };
  // Warms the JIT, the plans and Neo4j's page cache; not reported.
  await run('cheap lane', pools);
  console.log('mode           | scenario     | answered | p50 / p95 ms      | busy');
  // Interleaved, so a change in the machine's load falls on both; each run asks the same
  // operations, most popular (largest) first, none of them cached.
  for (const mode of ['cheap lane', 'no cheap lane', 'no cheap lane', 'cheap lane'] as const) {
    console.log(await run(mode, pools));
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());

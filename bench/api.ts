/**
 * API benchmark: builds (once) a large synthetic narrative graph on top of the real corpus in a
 * separate local Neo4j, starts the production Next server against it twice (read cache on, as
 * deployed, and off), and drives /api/graphql with autocannon. Each scenario is also run directly
 * through the driver (the same repository call, so the same Cypher and parameters) at the same
 * concurrency; the API/driver ratio is taken with the read cache off, where both sides do the same
 * database work.
 *
 *   npm run bench:api                          # 100,000 synthetic articles
 *   BENCH_ARTICLES=5000 BENCH_DURATION=5 npm run bench:api    # quick smoke run
 *
 * Each scenario runs BENCH_ROUNDS (3) rounds of driver, API with the cache off, API as deployed;
 * every figure printed is the median over the rounds. Beside latency it reports Node CPU per
 * request on each side (the server's from /proc, the bench process's own for the driver).
 *
 * Env: BENCH_ARTICLES (100000), BENCH_DURATION seconds per run (10), BENCH_CONNECTIONS (10),
 * BENCH_BOLT_PORT (7689), BENCH_PORT (3300; the cache-off server takes the next port), BENCH_DATA_DIR (var/neo4j-bench), BENCH_HEAP_MB (2048),
 * BENCH_PAGECACHE_MB (2048), BENCH_CORPUS=0 to skip the real corpus, BENCH_SKIP_BUILD=1 to use
 * .next as it is even when older than the sources, BENCH_SCENARIOS=search,paths to run only those.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { closeDriver } from '@/graph-db/driver';
import { NODE_KINDS, RELATION_TYPES } from '@/graph-db/model/graph-model';
import { analyticsRepository } from '@/graph-db/repositories/analytics-repository';
import { exploreRepository } from '@/graph-db/repositories/explore-repository';
import { searchRepository } from '@/graph-db/repositories/search-repository';
import { buildLuceneQuery } from '@/graph-db/text/lucene-query';
import { median, processCpuMs } from './lib/stats';
import { actorOf } from './synthetic-graph';
import {
  ensureBenchGraph,
  ensureBuild,
  envNumber,
  log,
  startBenchNeo4j,
  startBenchServer,
} from './lib/bench-graph';

const root = process.cwd();
const env = envNumber;
const ARTICLES = env('BENCH_ARTICLES', 100_000);
const DURATION = env('BENCH_DURATION', 10);
const CONNECTIONS = env('BENCH_CONNECTIONS', 10);
const ROUNDS = Math.max(1, env('BENCH_ROUNDS', 3));
const PORT = env('BENCH_PORT', 3300);
const CORPUS = path.resolve(root, '../shared/corpus/kcna-2024.json');
const TARGETS_P95_MS: Readonly<Record<string, number>> = {
  search: 100,
  neighborhood: 150,
  paths: 300,
};
const MAX_RATIO = 1.3;

interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly count: number;
  readonly errors: number;
  /**
   * Node CPU per request (ms): the API server process's, or the bench process's own for the
   * driver side. Unlike latency on a shared 2-core machine, it barely moves with outside load.
   */
  readonly cpuMs: number;
}

function percentiles(samples: number[], errors: number, cpuMs: number): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), count: sorted.length, errors, cpuMs };
}

/** The driver baseline: `work` called by CONNECTIONS concurrent loops for DURATION seconds. */
async function driverRun(work: () => Promise<unknown>): Promise<Percentiles> {
  const samples: number[] = [];
  let errors = 0;
  // Warm plans and caches like the API warm-up; failures are counted in the measured run.
  for (let i = 0; i < 5; i += 1) await work().catch(() => undefined);
  const cpuBefore = process.cpuUsage();
  const deadline = performance.now() + DURATION * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          // A repository answering "not found" is an error here, as NOT_FOUND is on the API side.
          if ((await work()) === undefined) errors += 1;
        } catch {
          errors += 1;
        }
        samples.push(performance.now() - started);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return percentiles(samples, errors, (cpu.user + cpu.system) / 1000 / samples.length);
}

/** The API run: autocannon POSTing one operation. Errors: non-200 or a GraphQL `errors` body. */
async function apiRun(
  server: ChildProcess,
  port: number,
  query: string,
  variables: Record<string, unknown>,
): Promise<Percentiles> {
  const body = JSON.stringify({ query, variables });
  const url = `http://127.0.0.1:${port}/api/graphql`;
  for (let i = 0; i < 5; i += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await response.text();
    if (i === 0 && (!response.ok || text.includes('"errors"')))
      log(`warm-up answer: ${text.slice(0, 300)}`);
  }
  const samples: number[] = [];
  let errors = 0;
  const cpuBefore = processCpuMs(server.pid);
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          onResponse: (status: number, responseBody: string) => {
            if (status !== 200 || responseBody.includes('"errors"')) errors += 1;
          },
        },
      ],
    },
    (error: Error | null, result: autocannon.Result) => (error ? fail(error) : finish(result)),
  );
  instance.on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      samples.push(responseTime);
    },
  );
  const result = await done;
  const cpuAfter = processCpuMs(server.pid);
  const cpuMs =
    cpuBefore === undefined || cpuAfter === undefined
      ? NaN
      : (cpuAfter - cpuBefore) / Math.max(1, samples.length);
  return percentiles(samples, errors + result.errors + result.timeouts, cpuMs);
}

const SLICE = `nodes { id kind label date subtype degree }
  edges { id type source target weight quote evidence { sentence start end extractor confidence articleId articleTitle } }
  truncated`;

interface Scenario {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The same repository call the resolver makes for these variables. */
  readonly driver: () => Promise<unknown>;
}

function scenarios(): Scenario[] {
  const allTypes = [...RELATION_TYPES];
  const allKinds = [...NODE_KINDS];
  const searchText = 'sanctions missile';
  const lucene = buildLuceneQuery(searchText) ?? '';
  // Two mid-popularity actors: paths between hubs are trivially one shared article long.
  const pathFrom = { kind: 'Actor' as const, key: actorOf(40).key };
  const pathTo = { kind: 'Actor' as const, key: actorOf(302).key };
  return [
    {
      name: 'search',
      query: `query($q: String!) { search(query: $q, first: 20) { edges { node { id kind label snippet } } } }`,
      variables: { q: searchText },
      driver: () =>
        searchRepository.search(
          lucene,
          { kinds: null, sourceKeys: null, from: null, to: null },
          0,
          21,
        ),
    },
    {
      name: 'neighborhood',
      query: `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 500) { ${SLICE} } }`,
      variables: { ids: ['Actor:country:united-states'] },
      driver: () =>
        exploreRepository.neighborhood({
          seeds: [{ kind: 'Actor', key: 'country:united-states' }],
          depth: 2,
          limit: 500,
          filters: {
            relationTypes: allTypes,
            nodeKinds: allKinds,
            sourceKeys: null,
            from: null,
            to: null,
          },
        }),
    },
    {
      name: 'paths',
      query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { paths ${SLICE} } }`,
      variables: { from: `Actor:${pathFrom.key}`, to: `Actor:${pathTo.key}` },
      driver: () =>
        exploreRepository.paths({
          from: pathFrom,
          to: pathTo,
          relationTypes: allTypes,
          maxHops: 4,
          limit: 3,
        }),
    },
    {
      name: 'timeline',
      query: `query($n: ID!) { timeline(filter: { narrative: $n }, bucket: MONTH) { totalArticles buckets { start articles citedEvents medianLagDays } lag { citations medianDays } } }`,
      variables: { n: 'Narrative:bench-narrative-1' },
      driver: () =>
        analyticsRepository.timeline({
          ids: null,
          kinds: null,
          sourceKeys: null,
          narrativeKey: 'bench-narrative-1',
          from: null,
          to: null,
          bucket: 'MONTH',
        }),
    },
  ];
}

/** The scenarios BENCH_SCENARIOS names (all by default); an unknown name is an error. */
function selectedScenarios(): Scenario[] {
  const all = scenarios();
  const wanted = process.env.BENCH_SCENARIOS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (wanted === undefined || wanted.length === 0) return all;
  const unknown = wanted.filter((name) => !all.some((scenario) => scenario.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `BENCH_SCENARIOS: unknown ${unknown.join(', ')} (known: ${all.map((s) => s.name).join(', ')})`,
    );
  }
  return all.filter((scenario) => wanted.includes(scenario.name));
}

/** Each figure's median over rounds; counts and errors are summed. */
function medianOf(runs: readonly Percentiles[]): Percentiles {
  const mid = (pick: (p: Percentiles) => number) => median(runs.map(pick));
  return {
    p50: mid((p) => p.p50),
    p95: mid((p) => p.p95),
    p99: mid((p) => p.p99),
    cpuMs: mid((p) => p.cpuMs),
    count: runs.reduce((sum, p) => sum + p.count, 0),
    errors: runs.reduce((sum, p) => sum + p.errors, 0),
  };
}

const ms = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(1).padStart(7));

/** One row of the table: a side's percentiles. */
function columns(p: Percentiles): string {
  return `${ms(p.p50)} ${ms(p.p95)} ${ms(p.p99)} n=${String(p.count).padStart(6)} err=${p.errors} cpu ${p.cpuMs.toFixed(1)} ms/req`;
}

async function main(): Promise<void> {
  const neo4j = await startBenchNeo4j();
  const servers: ChildProcess[] = [];
  try {
    await ensureBenchGraph(ARTICLES);
    ensureBuild();
    // This bench measures latency: 10 connections from one address would otherwise be throttled
    // by design. bench:load measures the API with its limits on. Same concurrency on both sides:
    // the API's admission bound would otherwise queue what the driver side runs at once.
    const limitsOff = { RATE_LIMIT: 'off', GRAPHQL_MAX_IN_FLIGHT: String(CONNECTIONS) };
    // Two servers: as deployed (read cache on), and with the read cache off, where every request
    // runs the same Cypher as the driver side and the ratio is the API layer's own cost.
    const cachedServer = await startBenchServer(neo4j.uri, PORT, limitsOff);
    servers.push(cachedServer);
    const uncachedServer = await startBenchServer(neo4j.uri, PORT + 1, {
      ...limitsOff,
      NARRAGRAPH_READ_CACHE_MB: '0',
    });
    servers.push(uncachedServer);
    log(
      `API on :${PORT} (read cache on) and :${PORT + 1} (off), Neo4j ${neo4j.uri}; ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} rounds of each side per scenario`,
    );
    const rows: string[] = [];
    let failed = false;
    for (const scenario of selectedScenarios()) {
      // Rounds alternate the three sides, so a burst of outside load falls on all of them; each
      // figure is the median over the rounds.
      const rounds: { direct: Percentiles; uncached: Percentiles; cached: Percentiles }[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        rounds.push({
          direct: await driverRun(scenario.driver),
          uncached: await apiRun(uncachedServer, PORT + 1, scenario.query, scenario.variables),
          cached: await apiRun(cachedServer, PORT, scenario.query, scenario.variables),
        });
      }
      const direct = medianOf(rounds.map((r) => r.direct));
      const uncached = medianOf(rounds.map((r) => r.uncached));
      const cached = medianOf(rounds.map((r) => r.cached));
      const ratio = uncached.p95 / direct.p95;
      const target = TARGETS_P95_MS[scenario.name];
      const within = (p: Percentiles, label: string) =>
        target === undefined
          ? ''
          : p.p95 <= target
            ? `${label} p95≤${target}`
            : `${label} p95>${target}!`;
      const verdict = [
        within(cached, 'cached'),
        within(uncached, 'uncached'),
        ratio <= MAX_RATIO ? `ratio≤${MAX_RATIO}` : `ratio>${MAX_RATIO}!`,
        cached.errors + uncached.errors + direct.errors > 0 ? 'ERRORS!' : '',
      ].filter(Boolean);
      if (verdict.some((v) => v.endsWith('!'))) failed = true;
      rows.push(
        `${scenario.name.padEnd(13)}| cached ${columns(cached)} | uncached ${columns(uncached)} | driver ${columns(direct)}` +
          ` | uncached/driver p50 ${(uncached.p50 / direct.p50).toFixed(2)} p95 ${ratio.toFixed(2)} p99 ${(uncached.p99 / direct.p99).toFixed(2)}` +
          ` | cached/driver p95 ${(cached.p95 / direct.p95).toFixed(2)}` +
          ` | Node CPU/req uncached API ${uncached.cpuMs.toFixed(1)} vs driver ${direct.cpuMs.toFixed(1)} ms | ${verdict.join(' ')}`,
      );
      log(rows[rows.length - 1] ?? '');
    }
    console.log(
      `\nAPI benchmark, ${ARTICLES} synthetic articles${existsSync(CORPUS) && process.env.BENCH_CORPUS !== '0' ? ' + kcna-2024' : ''}, ${CONNECTIONS} connections, ${DURATION} s each, medians of ${ROUNDS} rounds, load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')} (latencies in ms: p50 p95 p99)`,
    );
    console.log(
      'scenario     | API, read cache on (as deployed) | API, read cache off | driver (same Cypher, same concurrency) | ratios',
    );
    for (const row of rows) console.log(row);
    console.log(
      `targets: p95 search ≤ 100 ms, neighborhood ≤ 150 ms, paths ≤ 300 ms; API/driver ≤ ${MAX_RATIO} (read cache off: the same Cypher on both sides)`,
    );
    if (failed) process.exitCode = 1;
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await closeDriver();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

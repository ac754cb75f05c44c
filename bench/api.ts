/**
 * API benchmark, as deployed: the production server (`scripts/serve.ts`, read and response caches
 * on, rate limits and admission as shipped) on a large synthetic graph in its own Neo4j, driven by
 * a Zipf mix of at least BENCH_DISTINCT distinct operations per scenario drawn from the graph's own
 * vocabulary. The server marks each answer a whole-response cache hit or miss
 * (NARRAGRAPH_CACHE_HEADER), so latency is reported for hits and misses apart; the targets are
 * judged on misses. The driver baseline runs the same distinct reads (the repository call the
 * resolver makes), in the same order, at the same concurrency, on the same warm store (the reads
 * are made once, untimed, first). docs/benchmarks.md explains every column.
 *
 *   npm run bench:api                                                  # 100,000 synthetic articles
 *   BENCH_ARTICLES=3000 BENCH_DISTINCT=200 BENCH_ROUNDS=1 npm run bench:api   # smoke run
 *
 * Env: BENCH_ARTICLES (100000), BENCH_DISTINCT distinct operations per scenario (1000),
 * BENCH_ZIPF exponent (1.0), BENCH_CONNECTIONS (10), BENCH_ROUNDS (3), BENCH_CLIENTS API keys the
 * load is spread over (100; 0 sends everything anonymously, from one address), BENCH_GZIP (1),
 * BENCH_SCENARIOS=search,paths to run only those, BENCH_PORT (3300), BENCH_SAMPLES (a file each
 * request is appended to, as a JSON line: scenario, position, ms, cache, outcome),
 * BENCH_SERVER_NODE_ARGS (flags for the server's Node, e.g. --cpu-prof), BENCH_SERVER_TIMING=1 (the
 * server's phases of each miss, from its Server-Timing header), BENCH_PRIME=0 (no untimed first
 * pass of the reads, no key renewal before the API run: as before session 16), and bench-graph.ts's
 * BENCH_BOLT_PORT, BENCH_DATA_DIR, BENCH_HEAP_MB, BENCH_PAGECACHE_MB, BENCH_CORPUS, BENCH_SKIP_BUILD.
 */
import type { ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import { envNumber, log, startBenchServer, stopBenchServer } from './lib/bench-graph';
import { runBenchSession } from './lib/bench-session';
import { BenchClient, runSequence, type SequenceAnswer } from './lib/http-runner';
import {
  SCENARIOS,
  firstOccurrences,
  scenarioPool,
  zipfSequence,
  type BenchOperation,
  type ScenarioName,
  type Vocabulary,
} from './lib/operation-mix';
import { median, percentiles, processCpuMs, type Percentiles } from './lib/stats';
import { combinePhases, phaseBreakdown, phaseText, type PhaseFigures } from './lib/server-timing';

const ARTICLES = envNumber('BENCH_ARTICLES', 100_000);
const DISTINCT = envNumber('BENCH_DISTINCT', 1_000);
const ZIPF = envNumber('BENCH_ZIPF', 1);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 10);
const ROUNDS = Math.max(1, envNumber('BENCH_ROUNDS', 3));
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const GZIP = process.env.BENCH_GZIP !== '0';
const PORT = envNumber('BENCH_PORT', 3300);
const SERVER_TIMING = process.env.BENCH_SERVER_TIMING === '1';
/**
 * Operations sent before each scenario, outside its sequence: JIT, plans, pools, keys. A deployed
 * server has long passed its first requests; 20 left a fresh server's cold start in the misses.
 */
const WARM_UP = envNumber('BENCH_WARM_UP', 200);
/**
 * 1: before each round's timed runs, the driver makes the round's distinct reads once, untimed, and
 * the server's key checks are renewed just before the API run, so both sides run on the same warm
 * store and neither waits on what the other left cold (docs/benchmarks.md). 0: as before.
 */
const PRIME = process.env.BENCH_PRIME !== '0';
const TARGETS_P95_MS: Readonly<Partial<Record<ScenarioName, number>>> = {
  search: 50,
  neighborhood: 150,
  paths: 150,
};
const MAX_RATIO = 1.3;
/** The start of each round's sequence whose misses are also reported apart. */
const COLD_SHARE = 0.1;

interface RoundFigures {
  readonly requests: number;
  readonly distinct: number;
  readonly hitRate: number;
  readonly hits: Percentiles;
  readonly misses: Percentiles;
  /**
   * Misses among the first COLD_SHARE of the sequence (a fresh server: cold JIT, first key checks,
   * the densest run of misses) and among the rest, apart: the tail of `misses` is mostly the first.
   */
  readonly coldMisses: Percentiles;
  readonly warmMisses: Percentiles;
  readonly rateLimited: number;
  readonly busy: number;
  readonly errors: number;
  /** Server CPU (user + system) per answered request, ms. */
  readonly cpuMs: number;
  /** Cores busy during the API run: the server, Neo4j and this process (the HTTP client). */
  readonly cores: Cores;
  /** Misses' phases in the server and outside it, with BENCH_SERVER_TIMING=1. */
  readonly phases: readonly PhaseFigures[];
  /** The driver doing the distinct reads; undefined when the scenario has no repository call. */
  readonly driver?: Percentiles & {
    readonly cpuMs: number;
    readonly errors: number;
    /** Cores busy during the driver run: Neo4j and this process (the driver). */
    readonly cores: Cores;
  };
  /** Whether the driver ran before the API this round (rounds alternate). */
  readonly driverFirst?: boolean;
  /** The untimed first pass of the distinct reads (BENCH_PRIME), for the log. */
  readonly prime?: Percentiles;
}

interface Cores {
  readonly server: number;
  readonly neo4j: number;
  readonly bench: number;
}

/**
 * CPU time of the server, Neo4j and this process over a run, as cores busy on average: on a small
 * machine a closed loop is bound by them, and every request's CPU slows the others.
 */
function coreMeter(serverPid: number | undefined): () => Cores {
  const started = performance.now();
  const server = processCpuMs(serverPid);
  const neo4j = processCpuMs(NEO4J_PID.value);
  const bench = process.cpuUsage();
  return () => {
    const wall = Math.max(1, performance.now() - started);
    const own = process.cpuUsage(bench);
    const used = (before: number | undefined, after: number | undefined) =>
      before === undefined || after === undefined ? NaN : (after - before) / wall;
    return {
      server: used(server, processCpuMs(serverPid)),
      neo4j: used(neo4j, processCpuMs(NEO4J_PID.value)),
      bench: (own.user + own.system) / 1000 / wall,
    };
  };
}

/** Set once the session started Neo4j. */
const NEO4J_PID: { value?: number } = {};

/** The distinct reads through the driver, CONNECTIONS at a time, in first-occurrence order. */
async function driverRun(
  ops: readonly BenchOperation[],
): Promise<NonNullable<RoundFigures['driver']>> {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const cores = coreMeter(undefined);
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let index = next++; index < ops.length; index = next++) {
        const started = performance.now();
        try {
          // A repository answering "not found" is an error here, as NOT_FOUND is for the API.
          if ((await ops[index]?.driver?.()) === undefined) errors += 1;
        } catch {
          errors += 1;
        }
        samples.push(performance.now() - started);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return {
    ...percentiles(samples),
    cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, samples.length),
    errors,
    cores: cores(),
  };
}

async function apiRun(
  server: ChildProcess,
  client: BenchClient,
  sequence: readonly BenchOperation[],
  errorSamples: string[],
): Promise<Omit<RoundFigures, 'driver' | 'distinct' | 'driverFirst' | 'prime'>> {
  const cpuBefore = processCpuMs(server.pid);
  const cores = coreMeter(server.pid);
  const answers: SequenceAnswer[] = await runSequence(client, sequence, CONNECTIONS);
  const cpuAfter = processCpuMs(server.pid);
  const coresUsed = cores();
  const hits: number[] = [];
  const misses: number[] = [];
  const coldMisses: number[] = [];
  const warmMisses: number[] = [];
  const coldEnd = Math.ceil(answers.length * COLD_SHARE);
  let errors = 0;
  answers.forEach(({ answer }, index) => {
    if (answer.outcome !== 'ok') {
      errors += 1;
      if (errorSamples.length < 5 && answer.detail) errorSamples.push(answer.detail);
      return;
    }
    // `none`: not a cacheable operation, so every answer ran its resolvers, as a miss does.
    if (answer.cache === 'hit') hits.push(answer.ms);
    else {
      misses.push(answer.ms);
      (index < coldEnd ? coldMisses : warmMisses).push(answer.ms);
    }
  });
  if (process.env.BENCH_SAMPLES) {
    // One line per request, in sequence order, to see where the slow ones fall.
    appendFileSync(
      process.env.BENCH_SAMPLES,
      answers
        .map(({ answer }, index) =>
          JSON.stringify([
            sequence[index]?.scenario,
            index,
            answer.ms,
            answer.cache,
            answer.outcome,
          ]),
        )
        .join('\n') + '\n',
    );
  }
  const answered = hits.length + misses.length;
  return {
    requests: answers.length,
    hitRate: answered === 0 ? NaN : hits.length / answered,
    hits: percentiles(hits),
    misses: percentiles(misses),
    coldMisses: percentiles(coldMisses),
    warmMisses: percentiles(warmMisses),
    rateLimited: answers.reduce((sum, a) => sum + a.rateLimited, 0),
    busy: answers.reduce((sum, a) => sum + a.busy, 0),
    errors,
    cpuMs:
      cpuBefore === undefined || cpuAfter === undefined
        ? NaN
        : (cpuAfter - cpuBefore) / Math.max(1, answers.length),
    cores: coresUsed,
    phases: phaseBreakdown(
      answers.flatMap(({ answer }) =>
        answer.outcome === 'ok' && answer.cache !== 'hit' ? [answer] : [],
      ),
    ),
  };
}

function selectedScenarios(): ScenarioName[] {
  const wanted = process.env.BENCH_SCENARIOS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (wanted === undefined || wanted.length === 0) return [...SCENARIOS];
  const unknown = wanted.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(
      `BENCH_SCENARIOS: unknown ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`,
    );
  return SCENARIOS.filter((name) => wanted.includes(name));
}

const coresText = (c: Cores) =>
  `${Number.isNaN(c.server) ? '' : `server ${c.server.toFixed(2)} + `}Neo4j ${c.neo4j.toFixed(2)} + bench ${c.bench.toFixed(2)}`;
const ms = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(1));
const triple = (p: Percentiles) => `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)}`;

/** Medians over rounds of each figure; counts are summed. */
function combine(rounds: readonly RoundFigures[]): RoundFigures {
  const mid = (pick: (r: RoundFigures) => number) => {
    const values = rounds.map(pick).filter((v) => !Number.isNaN(v));
    return values.length === 0 ? NaN : median(values);
  };
  const sum = (pick: (r: RoundFigures) => number) => rounds.reduce((s, r) => s + pick(r), 0);
  const mids = (pick: (r: RoundFigures) => Percentiles): Percentiles => ({
    p50: mid((r) => pick(r).p50),
    p95: mid((r) => pick(r).p95),
    p99: mid((r) => pick(r).p99),
    count: sum((r) => pick(r).count),
  });
  const midCores = (pick: (r: RoundFigures) => Cores): Cores => ({
    server: mid((r) => pick(r).server),
    neo4j: mid((r) => pick(r).neo4j),
    bench: mid((r) => pick(r).bench),
  });
  const drivers = rounds.flatMap((r) => (r.driver ? [r.driver] : []));
  return {
    requests: sum((r) => r.requests),
    distinct: mid((r) => r.distinct),
    hitRate: mid((r) => r.hitRate),
    hits: mids((r) => r.hits),
    misses: mids((r) => r.misses),
    coldMisses: mids((r) => r.coldMisses),
    warmMisses: mids((r) => r.warmMisses),
    rateLimited: sum((r) => r.rateLimited),
    busy: sum((r) => r.busy),
    errors: sum((r) => r.errors),
    cpuMs: mid((r) => r.cpuMs),
    cores: midCores((r) => r.cores),
    phases: combinePhases(rounds.map((r) => r.phases)),
    ...(drivers.length === rounds.length
      ? {
          driver: {
            ...mids((r) => r.driver as Percentiles),
            cpuMs: mid((r) => r.driver?.cpuMs ?? NaN),
            errors: sum((r) => r.driver?.errors ?? 0),
            cores: midCores((r) => r.driver?.cores ?? { server: NaN, neo4j: NaN, bench: NaN }),
          },
        }
      : {}),
  };
}

async function main(): Promise<void> {
  await runBenchSession(
    'bench:api',
    { articles: ARTICLES, poolSize: DISTINCT * 3, clients: CLIENTS },
    async ({ neo4jUri, neo4jPid, vocabulary, keys }) => {
      NEO4J_PID.value = neo4jPid;
      const names = selectedScenarios();
      const pools = new Map<ScenarioName, BenchOperation[]>();
      const results = new Map<ScenarioName, RoundFigures[]>();
      const errorSamples: string[] = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        // A fresh server each round: its caches start empty, so every round has its misses.
        const server = await startBenchServer(neo4jUri, PORT, {
          NARRAGRAPH_CACHE_HEADER: '1',
          ...(SERVER_TIMING ? { NARRAGRAPH_SERVER_TIMING: '1' } : {}),
        });
        const client = new BenchClient({
          port: PORT,
          connections: CONNECTIONS,
          keys,
          gzip: GZIP,
          timeoutMs: 30_000,
        });
        try {
          for (const name of names) {
            if (!pools.has(name)) pools.set(name, poolOf(name, vocabulary));
            const figures = await scenarioRound(
              server,
              client,
              pools.get(name) ?? [],
              round,
              names.indexOf(name),
              errorSamples,
            );
            if (figures === undefined) continue;
            results.set(name, [...(results.get(name) ?? []), figures]);
            log(
              `round ${round} ${name} (${figures.driverFirst === true ? 'driver' : 'API'} first${figures.prime ? `, prime ${triple(figures.prime)} ms` : ''}): ${figures.requests} requests, ${figures.distinct} distinct, hits ${(figures.hitRate * 100).toFixed(0)}% ` +
                `(${triple(figures.hits)} ms), misses ${triple(figures.misses)} ms, driver ${figures.driver ? `${triple(figures.driver)} ms (miss/driver p95 ${(figures.misses.p95 / figures.driver.p95).toFixed(2)})` : '—'}; ` +
                `misses in the first ${COLD_SHARE * 100}% of requests ${triple(figures.coldMisses)} ms (${figures.coldMisses.count}), in the rest ${triple(figures.warmMisses)} ms; ` +
                `429 ${figures.rateLimited}, busy ${figures.busy}, errors ${figures.errors}; ` +
                `cores busy: API run ${coresText(figures.cores)}, driver run ${figures.driver ? coresText(figures.driver.cores) : '—'} (load average ${os.loadavg()[0]?.toFixed(1)})`,
            );
            if (figures.phases.length > 0)
              log(
                `round ${round} ${name}: misses' phases p50/p95/mean ms: ${phaseText(figures.phases)}`,
              );
          }
        } finally {
          client.close();
          await stopBenchServer(server);
        }
      }
      printTable(results);
      for (const sample of errorSamples) log(`error: ${sample}`);
    },
  );
}

/** The scenario's distinct operations, most popular first. */
function poolOf(name: ScenarioName, vocabulary: Vocabulary): BenchOperation[] {
  const pool = scenarioPool(name, vocabulary, DISTINCT * 3);
  if (pool.length < DISTINCT) log(`${name}: only ${pool.length} distinct operations in this graph`);
  return pool;
}

/** One round of a scenario: warm-up, then the driver and the API over the same Zipf sequence. */
async function scenarioRound(
  server: ChildProcess,
  client: BenchClient,
  pool: readonly BenchOperation[],
  round: number,
  index: number,
  errorSamples: string[],
): Promise<RoundFigures | undefined> {
  if (pool.length === 0) return undefined;
  const sequence = zipfSequence(pool, DISTINCT, ZIPF, round * 1_000 + index);
  const distinct = firstOccurrences(sequence);
  const drawn = new Set(distinct.map((op) => op.key));
  const warmUp = pool.filter((op) => !drawn.has(op.key)).slice(-WARM_UP);
  await runSequence(client, warmUp, CONNECTIONS);
  for (const op of warmUp) await op.driver?.().catch(() => undefined);
  const hasDriver = distinct.every((op) => op.driver !== undefined);
  // Both sides make the same reads, so whichever ran first would leave Neo4j's page cache (and the
  // OS's, Lucene's) warm for the other: each Neo4j start begins cold, and the store is read in as
  // the reads touch it. Made once, untimed, beforehand, neither side meets a page the other did not.
  const prime = PRIME && hasDriver ? await driverRun(distinct) : undefined;
  const driverFirst = round % 2 === 1;
  const before = hasDriver && driverFirst ? await driverRun(distinct) : undefined;
  // After the driver run the server sat idle: key checks and the data version would be read
  // inline by the API's first requests, a wait no running server has and the driver never pays.
  if (PRIME) await renewKeys(client);
  const api = await apiRun(server, client, sequence, errorSamples);
  const driver = before ?? (hasDriver ? await driverRun(distinct) : undefined);
  return {
    ...api,
    distinct: distinct.length,
    driverFirst: hasDriver && driverFirst,
    ...(driver ? { driver } : {}),
    ...(prime ? { prime } : {}),
  };
}

/** Renews every client key's check and the data version in the server, as steady traffic would. */
async function renewKeys(client: BenchClient): Promise<void> {
  const ping: BenchOperation = {
    scenario: 'search',
    key: 'renew',
    query: '{ __typename }',
    variables: {},
  };
  await runSequence(
    client,
    Array.from({ length: Math.max(1, CLIENTS) }, () => ping),
    CONNECTIONS,
  );
}

/**
 * API misses over the driver, each round's own pair (the two sides ran minutes apart in one round,
 * on one server and Neo4j), then the median over rounds: a ratio of medians could pair one round's
 * API with another's driver.
 */
function missDriverRatio(rounds: readonly RoundFigures[], at: 'p50' | 'p95'): number {
  const ratios = rounds.flatMap((r) => (r.driver ? [r.misses[at] / r.driver[at]] : []));
  return ratios.length === 0 ? NaN : median(ratios);
}

function printTable(results: ReadonlyMap<ScenarioName, RoundFigures[]>): void {
  console.log(
    `\nAPI benchmark, ${ARTICLES} synthetic articles, ${CONNECTIONS} connections, ${CLIENTS === 0 ? 'anonymous (one address)' : `${CLIENTS} keyed clients`}, ` +
      `limits and caches as shipped, Zipf s=${ZIPF}, medians of ${ROUNDS} rounds, load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    'scenario | requests | distinct | hit rate | hits p50/p95/p99 ms | misses p50/p95/p99 ms | 429 | busy | errors | Node CPU ms/req | driver p50/p95/p99 ms | driver CPU ms/op | miss/driver p50, p95 | verdict',
  );
  let failed = false;
  for (const [name, rounds] of results) {
    const r = combine(rounds);
    const target = TARGETS_P95_MS[name];
    const ratio = r.driver ? missDriverRatio(rounds, 'p95') : NaN;
    const verdict = [
      target === undefined
        ? ''
        : r.misses.p95 <= target
          ? `miss p95≤${target}`
          : `miss p95>${target}!`,
      Number.isNaN(ratio)
        ? 'no driver baseline'
        : ratio <= MAX_RATIO
          ? `ratio≤${MAX_RATIO}`
          : `ratio>${MAX_RATIO}!`,
      r.errors + (r.driver?.errors ?? 0) > 0 ? 'ERRORS!' : '',
    ].filter(Boolean);
    if (verdict.some((v) => v.endsWith('!'))) failed = true;
    console.log(
      [
        name,
        r.requests,
        r.distinct,
        `${(r.hitRate * 100).toFixed(1)}%`,
        triple(r.hits),
        triple(r.misses),
        r.rateLimited,
        r.busy,
        r.errors + (r.driver?.errors ?? 0),
        ms(r.cpuMs),
        r.driver ? triple(r.driver) : '—',
        r.driver ? ms(r.driver.cpuMs) : '—',
        r.driver ? `${missDriverRatio(rounds, 'p50').toFixed(2)}, ${ratio.toFixed(2)}` : '—',
        verdict.join(' '),
      ].join(' | '),
    );
  }
  console.log(
    `misses by position (medians of rounds): scenario | first ${COLD_SHARE * 100}% of requests p50/p95/p99 ms (count) | the rest p50/p95/p99 ms (count)`,
  );
  for (const [name, rounds] of results) {
    const r = combine(rounds);
    console.log(
      `${name} | ${triple(r.coldMisses)} (${r.coldMisses.count}) | ${triple(r.warmMisses)} (${r.warmMisses.count})`,
    );
  }
  console.log(
    `cores busy on average (machine: ${os.availableParallelism()}): scenario | API run, server + Neo4j + bench client | driver run, Neo4j + bench`,
  );
  for (const [name, rounds] of results) {
    const r = combine(rounds);
    console.log(`${name} | ${coresText(r.cores)} | ${r.driver ? coresText(r.driver.cores) : '—'}`);
  }
  for (const [name, rounds] of results) {
    const { phases } = combine(rounds);
    if (phases.length === 0) continue;
    console.log(
      `misses' phases (Server-Timing, medians of rounds), ${name}: phase | p50 | p95 | mean ms`,
    );
    for (const f of phases)
      console.log(`${f.phase} | ${f.p50.toFixed(2)} | ${f.p95.toFixed(2)} | ${f.mean.toFixed(2)}`);
  }
  console.log(
    `targets on misses: p95 search ≤ 50 ms, neighborhood ≤ 150 ms, paths ≤ 150 ms; API miss / driver p95 ≤ ${MAX_RATIO}`,
  );
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

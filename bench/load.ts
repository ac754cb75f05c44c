/**
 * Load benchmark: the production server on the benchmark graph (bench/api.ts builds it once) with
 * every limit as shipped (rate limits, admission, read caches), driven by 50 connections for 30 s,
 * twice, with bench:api's Zipf mix of real reads (searches, neighbourhoods, paths, timelines).
 * Most requests carry one of a few API keys (each key its own rate-limit bucket, as separate
 * clients would), the rest are anonymous and share one address, so 429s are expected and counted
 * apart: rate-limited (the caller's budget) and busy (the server-wide admission bound). A client
 * that gets a 429 waits its Retry-After, as the explorer does. Anything else is an error. The
 * server's resident memory is read before and after each run. docs/benchmarks.md explains every
 * column.
 *
 *   npm run bench:load
 *
 * Env: BENCH_LOAD_CONNECTIONS (50), BENCH_LOAD_DURATION seconds per run (30), BENCH_LOAD_RUNS (2),
 * BENCH_LOAD_KEYS (8), BENCH_LOAD_PORT (3310), BENCH_LOAD_WARMUP seconds (10), BENCH_DISTINCT
 * operations per scenario pool (1000), BENCH_ZIPF (1.0), and bench-graph.ts's BENCH_* settings.
 */
import type { ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { envNumber, log, startBenchServer, stopBenchServer } from './lib/bench-graph';
import { runBenchSession } from './lib/bench-session';
import { BenchClient, sleep, type Outcome } from './lib/http-runner';
import { LOAD_WEIGHTS, mixedStream, scenarioPool, type BenchOperation } from './lib/operation-mix';
import { fmt, percentiles, type Percentiles } from './lib/stats';

const ARTICLES = envNumber('BENCH_ARTICLES', 100_000);
const CONNECTIONS = envNumber('BENCH_LOAD_CONNECTIONS', 50);
const DURATION = envNumber('BENCH_LOAD_DURATION', 30);
const RUNS = envNumber('BENCH_LOAD_RUNS', 2);
const KEYS = envNumber('BENCH_LOAD_KEYS', 8);
/** Seconds of unmeasured load first: JIT, plan caches and pools fill before memory is compared. */
const WARMUP = envNumber('BENCH_LOAD_WARMUP', 10);
const PORT = envNumber('BENCH_LOAD_PORT', 3310);
const DISTINCT = envNumber('BENCH_DISTINCT', 1_000);
const ZIPF = envNumber('BENCH_ZIPF', 1);
/** Share of requests sent without a key (they share one address, hence one bucket). */
const ANONYMOUS_SHARE = 0.25;
/** Goal: resident memory after the last run at most this much above before the first. */
const MAX_RSS_GROWTH = 1.05;

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
async function treeRssMiB(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the parenthesised command, which may itself hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  let kib = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
      kib += Number(match?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kib / 1024;
}

interface RunFigures {
  readonly requests: number;
  readonly perSecond: number;
  readonly counts: Readonly<Record<Outcome, number>>;
  /** Latency of answered requests (200 without errors). */
  readonly answered: Percentiles;
  readonly hitRate: number;
  readonly errorSamples: readonly string[];
  readonly rssBefore: number;
  readonly rssAfter: number;
}

async function loadRun(
  server: ChildProcess,
  client: BenchClient,
  next: () => BenchOperation,
  seconds: number,
  keyed: number,
): Promise<RunFigures> {
  const counts: Record<Outcome, number> = { ok: 0, rateLimited: 0, busy: 0, error: 0 };
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let hits = 0;
  let requests = 0;
  let turn = 0;
  const rssBefore = await treeRssMiB(server.pid ?? 0);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        // Client numbers below `keyed` map to keys; the rest of each cycle goes anonymously.
        const cycle = Math.round(keyed / (1 - ANONYMOUS_SHARE));
        const slot = turn++ % Math.max(1, cycle);
        const answer = await client.send(next(), slot < keyed ? slot : null);
        requests += 1;
        counts[answer.outcome] += 1;
        if (answer.outcome === 'ok') {
          latencies.push(answer.ms);
          if (answer.cache === 'hit') hits += 1;
        } else if (answer.outcome === 'error') {
          if (errorSamples.length < 5 && answer.detail) errorSamples.push(answer.detail);
        } else {
          await sleep(Math.max(1, answer.retryAfterSeconds) * 1000);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests,
    perSecond: requests / elapsed,
    counts,
    answered: percentiles(latencies),
    hitRate: counts.ok === 0 ? NaN : hits / counts.ok,
    errorSamples,
    rssBefore,
    rssAfter: await treeRssMiB(server.pid ?? 0),
  };
}

async function main(): Promise<void> {
  await runBenchSession(
    'bench:load',
    { articles: ARTICLES, poolSize: DISTINCT * 3, clients: KEYS },
    async ({ neo4jUri, vocabulary, keys }) => {
      const pools = new Map(
        (Object.keys(LOAD_WEIGHTS) as (keyof typeof LOAD_WEIGHTS)[]).map((name) => [
          name,
          scenarioPool(name, vocabulary, DISTINCT * 3),
        ]),
      );
      const server = await startBenchServer(neo4jUri, PORT, { NARRAGRAPH_CACHE_HEADER: '1' });
      const client = new BenchClient({
        port: PORT,
        connections: CONNECTIONS,
        keys,
        gzip: true,
        // Above the server's own bounds (3 s admission wait + 15 s read timeout): a timeout here
        // means the server broke its promise, not that a client gave up early.
        timeoutMs: 20_000,
      });
      const runs: RunFigures[] = [];
      try {
        log(
          `server on :${PORT} with every limit as shipped; ${CONNECTIONS} connections, ${DURATION} s per run, ${RUNS} runs, ${KEYS} keys + anonymous (${ANONYMOUS_SHARE * 100}%)`,
        );
        const stream = (seed: number) => mixedStream(pools, LOAD_WEIGHTS, ZIPF, seed);
        const warm = await loadRun(server, client, stream(999), WARMUP, KEYS);
        log(`warm-up ${WARMUP} s: ${warm.requests} requests, server RSS ${fmt(warm.rssAfter)} MiB`);
        for (let run = 0; run < RUNS; run += 1) {
          const figures = await loadRun(server, client, stream(1000 + run), DURATION, KEYS);
          runs.push(figures);
          for (const sample of figures.errorSamples) log(`  error: ${sample}`);
        }
      } finally {
        client.close();
        await stopBenchServer(server);
      }
      printRuns(runs);
    },
  );
}

function printRuns(runs: readonly RunFigures[]): void {
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (!first || !last) return;
  const growth = last.rssAfter / first.rssBefore;
  const errors = runs.reduce((sum, r) => sum + r.counts.error, 0);
  console.log(
    `\nLoad benchmark, ${ARTICLES} synthetic articles, ${CONNECTIONS} connections × ${DURATION} s × ${RUNS} runs, every limit as shipped, Zipf s=${ZIPF}`,
  );
  console.log(
    'run | requests | req/s | answered | rate-limited 429 | busy 429 | errors | hit rate | answered p50 / p95 / p99 ms | server RSS before → after MiB',
  );
  runs.forEach((r, i) =>
    console.log(
      [
        i + 1,
        r.requests,
        fmt(r.perSecond),
        r.counts.ok,
        r.counts.rateLimited,
        r.counts.busy,
        r.counts.error,
        `${(r.hitRate * 100).toFixed(1)}%`,
        `${fmt(r.answered.p50)} / ${fmt(r.answered.p95)} / ${fmt(r.answered.p99)}`,
        `${fmt(r.rssBefore)} → ${fmt(r.rssAfter)}`,
      ].join(' | '),
    ),
  );
  console.log(
    `server RSS after the last run / before the first: ${fmt(growth, 3)} (goal ≤ ${MAX_RSS_GROWTH}); errors other than 429: ${errors} (goal 0)`,
  );
  if (errors > 0 || growth > MAX_RSS_GROWTH) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

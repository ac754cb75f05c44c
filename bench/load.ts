/**
 * Load benchmark: the production server on the 100,000-article benchmark graph (bench/api.ts
 * builds it once), with every abuse limit ON, driven by autocannon with 50 connections for 30 s of
 * mixed queries — twice, to see whether memory stays flat. Most connections use API keys (each key
 * its own rate-limit bucket, as separate clients would), the rest are anonymous and share one
 * address, so rate-limit rejections are expected; anything else is an error.
 *
 *   npm run bench:load
 *
 * Env: BENCH_LOAD_CONNECTIONS (50), BENCH_LOAD_DURATION seconds per run (30), BENCH_LOAD_RUNS (2),
 * BENCH_LOAD_KEYS (8), BENCH_LOAD_PORT (3310), BENCH_LOAD_WARMUP seconds (10), and bench/api.ts's BENCH_* settings for the graph.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { closeDriver } from '@/graph-db/driver';
import { apiKeyRepository } from '@/graph-db/repositories/api-key-repository';
import {
  ensureBenchGraph,
  ensureBuild,
  envNumber,
  log,
  startBenchNeo4j,
  startBenchServer,
} from './lib/bench-graph';
import { fmt, median } from './lib/stats';
import { actorOf, prng } from './synthetic-graph';

const ARTICLES = envNumber('BENCH_ARTICLES', 100_000);
const CONNECTIONS = envNumber('BENCH_LOAD_CONNECTIONS', 50);
const DURATION = envNumber('BENCH_LOAD_DURATION', 30);
const RUNS = envNumber('BENCH_LOAD_RUNS', 2);
const KEYS = envNumber('BENCH_LOAD_KEYS', 8);
/** Seconds of unmeasured load first: JIT, plan caches and pools fill before memory is compared. */
const WARMUP = envNumber('BENCH_LOAD_WARMUP', 10);
const PORT = envNumber('BENCH_LOAD_PORT', 3310);
/** Share of requests sent without a key (they share one address, hence one bucket). */
const ANONYMOUS_SHARE = 0.25;

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

interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** A realistic mix: mostly searches and lookups, some neighbourhoods and timelines. */
function operationMix(random: () => number): () => Operation {
  const terms = [
    'sanctions',
    'missile',
    'hacking empire',
    'united states',
    'puppet',
    'nuclear',
    'japan',
    'war',
  ];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const actor = () => `Actor:${actorOf(1 + Math.floor(random() * 400)).key}`;
  const weighted: [number, () => Operation][] = [
    [
      35,
      () => ({
        name: 'search',
        query:
          'query($q: String!) { search(query: $q, first: 20) { totalCount edges { node { id kind label snippet } } } }',
        variables: { q: pick(terms) },
      }),
    ],
    [
      20,
      () => ({
        name: 'node',
        query: 'query($id: ID!) { node(id: $id) { id ... on Actor { name kind } } }',
        variables: { id: actor() },
      }),
    ],
    [
      20,
      () => ({
        name: 'neighborhood',
        query:
          'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 100) { truncated nodes { id kind label } edges { id type source target weight } } }',
        variables: { ids: [actor()] },
      }),
    ],
    [
      10,
      () => ({
        name: 'timeline',
        query:
          'query($n: ID!) { timeline(filter: { narrative: $n }, bucket: YEAR) { totalArticles buckets { start articles citedEvents } } }',
        variables: { n: `Narrative:bench-narrative-${1 + Math.floor(random() * 50)}` },
      }),
    ],
    [
      10,
      () => ({
        name: 'stats',
        query: '{ stats { articles firstDate lastDate nodes { kind count } } }',
        variables: {},
      }),
    ],
    [
      5,
      () => ({
        name: 'views',
        query: '{ savedViews(first: 10) { totalCount edges { node { slug name } } } }',
        variables: {},
      }),
    ],
  ];
  const total = weighted.reduce((sum, [weight]) => sum + weight, 0);
  return () => {
    let roll = random() * total;
    for (const [weight, make] of weighted) {
      roll -= weight;
      if (roll < 0) return make();
    }
    return weighted[0]![1]();
  };
}

interface RunFigures {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly ok: number;
  readonly rateLimited: number;
  readonly errors: number;
  readonly errorSamples: string[];
  readonly rssBefore: number;
  readonly rssAfter: number;
}

async function loadRun(
  server: ChildProcess,
  keys: readonly string[],
  seed: number,
  duration: number = DURATION,
): Promise<RunFigures> {
  const random = prng(seed);
  const next = operationMix(random);
  let ok = 0;
  let rateLimited = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const rssBefore = await treeRssMiB(server.pid ?? 0);
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  autocannon(
    {
      url: `http://127.0.0.1:${PORT}/api/graphql`,
      connections: CONNECTIONS,
      duration,
      // Above the server's own bound (3 s admission wait + 15 s read timeout): a timeout here
      // would mean the server broke its promise, not that a client gave up early.
      timeout: 20,
      requests: [
        {
          method: 'POST',
          setupRequest: (request: autocannon.Request) => {
            const operation = next();
            const headers: Record<string, string> = { 'content-type': 'application/json' };
            if (random() >= ANONYMOUS_SHARE) {
              headers.authorization = `Bearer ${keys[Math.floor(random() * keys.length)] ?? ''}`;
            }
            return {
              ...request,
              headers,
              body: JSON.stringify({ query: operation.query, variables: operation.variables }),
            };
          },
          onResponse: (status: number, body: string) => {
            if (status === 429 && body.includes('RATE_LIMITED')) rateLimited += 1;
            else if (status === 200 && !body.includes('"errors"')) ok += 1;
            else {
              errors += 1;
              if (errorSamples.length < 5) errorSamples.push(`${status} ${body.slice(0, 200)}`);
            }
          },
        },
      ],
    },
    (error: Error | null, result: autocannon.Result) => (error ? fail(error) : finish(result)),
  );
  const result = await done;
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? NaN,
    p99: result.latency.p99,
    ok,
    rateLimited,
    errors: errors + result.errors + result.timeouts,
    errorSamples,
    rssBefore,
    rssAfter: await treeRssMiB(server.pid ?? 0),
  };
}

async function main(): Promise<void> {
  const neo4j = await startBenchNeo4j();
  let server: ChildProcess | undefined;
  const keyIds: string[] = [];
  try {
    await ensureBenchGraph(ARTICLES);
    ensureBuild();
    const keys: string[] = [];
    for (let i = 0; i < KEYS; i += 1) {
      const { key, row } = await apiKeyRepository.create(`bench:load client ${i + 1}`, 'read');
      keys.push(key);
      keyIds.push(row.id);
    }
    server = await startBenchServer(neo4j.uri, PORT);
    log(
      `server on :${PORT} with its limits on; ${CONNECTIONS} connections, ${DURATION} s per run, ${RUNS} runs, ${KEYS} keys + anonymous (${ANONYMOUS_SHARE * 100}%)`,
    );
    const warm = await loadRun(server, keys, 999, WARMUP);
    log(
      `warm-up ${WARMUP} s: ${warm.requests} requests, server RSS ${fmt(warm.rssAfter)} MiB (not compared)`,
    );
    const runs: RunFigures[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const figures = await loadRun(server, keys, 1000 + run);
      runs.push(figures);
      log(
        `run ${run + 1}: ${figures.requests} requests (${fmt(figures.perSecond)}/s), p50 ${figures.p50} ms p97.5 ${figures.p95} ms p99 ${figures.p99} ms; ok ${figures.ok}, rate-limited ${figures.rateLimited}, errors ${figures.errors}; server RSS ${fmt(figures.rssBefore)} -> ${fmt(figures.rssAfter)} MiB`,
      );
      for (const sample of figures.errorSamples) log(`  error: ${sample}`);
    }
    const first = runs[0]!;
    const last = runs[runs.length - 1]!;
    const growth = last.rssAfter / first.rssAfter;
    const errors = runs.reduce((sum, r) => sum + r.errors, 0);
    console.log(
      `\nLoad benchmark, ${ARTICLES} synthetic articles, ${CONNECTIONS} connections × ${DURATION} s × ${RUNS} runs, limits on`,
    );
    console.log(
      'run | requests | req/s | p50 ms | p97.5 ms | p99 ms | ok | 429 | errors | RSS after (MiB)',
    );
    runs.forEach((r, i) =>
      console.log(
        `${i + 1}   | ${r.requests} | ${fmt(r.perSecond)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.ok} | ${r.rateLimited} | ${r.errors} | ${fmt(r.rssAfter)}`,
      ),
    );
    console.log(
      `median p99 ${median(runs.map((r) => r.p99))} ms; server RSS after the last run / after the first: ${fmt(growth, 2)} (flat ≤ 1.10); errors other than rate limiting: ${errors}`,
    );
    if (errors > 0 || growth > 1.1) process.exitCode = 1;
  } finally {
    server?.kill('SIGTERM');
    for (const id of keyIds) await apiKeyRepository.revoke(id).catch(() => undefined);
    await closeDriver();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

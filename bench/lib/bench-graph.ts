/**
 * What the API benchmarks share: the large synthetic graph in its own Neo4j (built once, reused by
 * later runs of the same size), a current production build, and the production server on it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runAutoCommit, writeTransaction } from '@/graph-db/driver';
import { applyMigrations } from '@/graph-db/migrations/migrations';
import { toNumber } from '@/graph-db/neo4j-values';
import { apiKeyRepository } from '@/graph-db/repositories/api-key-repository';
import { ingestRepository } from '@/graph-db/repositories/ingest-repository';
import { startLocalNeo4j, type RunningNeo4j } from '@/graph-db/server/local-neo4j';
import { runIngest, withoutSearchWait } from '@/ingest/run-ingest';
import { sizesFor, writeArticles, writeVocabulary } from '../synthetic-graph';
import { serveCommand } from '../../scripts/lib/serve-command';

const root = process.cwd();
const CORPUS = path.resolve(root, '../shared/corpus/kcna-2024.json');

/** A positive number from the environment, else the fallback. */
export function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

export function log(line: string): void {
  console.log(`[bench] ${line}`);
}

/** Where a benchmark's own Neo4j runs. */
export interface BenchNeo4jSettings {
  readonly boltPort: number;
  /** Relative to the working directory. */
  readonly dataDir: string;
  readonly heapMb: number;
  readonly pageCacheMb: number;
}

/** The API benchmarks' Neo4j, holding the large synthetic graph. */
function apiBenchNeo4j(): BenchNeo4jSettings {
  return {
    boltPort: envNumber('BENCH_BOLT_PORT', 7689),
    dataDir: process.env.BENCH_DATA_DIR ?? 'var/neo4j-bench',
    heapMb: envNumber('BENCH_HEAP_MB', 2048),
    pageCacheMb: envNumber('BENCH_PAGECACHE_MB', 2048),
  };
}

/**
 * Starts (or reuses) a benchmark Neo4j (by default the API benchmarks') and points this
 * process's driver, and servers it starts, at it.
 */
export async function startBenchNeo4j(
  settings: BenchNeo4jSettings = apiBenchNeo4j(),
): Promise<RunningNeo4j> {
  const neo4j = await startLocalNeo4j(
    { ...settings, dataDir: path.resolve(root, settings.dataDir) },
    log,
  );
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USERNAME = 'neo4j';
  process.env.NEO4J_PASSWORD = '';
  await applyMigrations();
  return neo4j;
}

/** Builds the graph unless a previous run left one of the same size. */
export async function ensureBenchGraph(ARTICLES: number): Promise<void> {
  const meta = await runAutoCommit(
    'OPTIONAL MATCH (m:BenchMeta {id: 1}) RETURN m.articles AS articles, m.corpus AS corpus',
  );
  const built = toNumber(meta.records[0]?.get('articles'));
  const withCorpus = process.env.BENCH_CORPUS !== '0' && existsSync(CORPUS);
  if (built === ARTICLES && meta.records[0]?.get('corpus') === withCorpus) {
    log(`reusing the graph of ${ARTICLES} synthetic articles`);
    return;
  }
  log('building the graph (reused by later runs of the same size)');
  await runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await applyMigrations();
  if (withCorpus) {
    const started = performance.now();
    const summary = await runIngest([CORPUS], {
      // Searchable is awaited once below, after the synthetic articles too.
      sink: withoutSearchWait((batch) => ingestRepository.writeBatch(batch)),
    });
    log(
      `ingested the real corpus: ${summary.created} articles, ${summary.rejected.length} rejected, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const sizes = sizesFor(ARTICLES);
  const started = performance.now();
  await writeVocabulary(async (cypher, params) => {
    await writeTransaction(async (tx) => {
      await tx.run(cypher, params);
    });
  }, sizes);
  await writeArticles(writeTransaction, sizes, (done) => {
    if (done % 20_000 === 0 || done === sizes.articles) {
      log(
        `  ${done}/${sizes.articles} synthetic articles (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  });
  await runAutoCommit(
    'MERGE (m:BenchMeta {id: 1}) SET m.articles = $articles, m.corpus = $corpus',
    {
      articles: ARTICLES,
      corpus: withCorpus,
    },
  );
  await runAutoCommit('CALL db.awaitIndexes(600)');
  await ingestRepository.awaitSearchable();
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'target' || entry.name.startsWith('.'))
      continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `next build` when there is no build or it predates the server code. */
export function ensureBuild(): void {
  const buildId = path.join(root, '.next/BUILD_ID');
  const sources = Math.max(
    ...['app', 'graphql', 'graph-db', 'components'].map((d) => newestSource(path.join(root, d))),
  );
  const stale = !existsSync(buildId) || statSync(buildId).mtimeMs < sources;
  if (!stale || (existsSync(buildId) && process.env.BENCH_SKIP_BUILD === '1')) return;
  log('running next build (no production build, or older than the sources)');
  const result = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
}

/** The environment without overrides of the abuse limits: benchmarks run them as shipped. */
function shippedLimits(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = { ...env };
  for (const name of Object.keys(kept)) {
    if (/^(RATE_LIMIT|GRAPHQL_MAX_|GRAPHQL_CHEAP_)/.test(name)) delete kept[name];
  }
  return kept;
}

/**
 * `count` read-scoped API keys, one per simulated client (each key has its own rate-limit
 * bucket, as separate analysts would); `revoke` retires them after the run.
 */
export async function createBenchKeys(
  count: number,
  name: string,
): Promise<{ keys: string[]; revoke: () => Promise<void> }> {
  const keys: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { key, row } = await apiKeyRepository.create(`${name} client ${i + 1}`, 'read');
    keys.push(key);
    ids.push(row.id);
  }
  return {
    keys,
    revoke: async () => {
      for (const id of ids) await apiKeyRepository.revoke(id).catch(() => undefined);
    },
  };
}

export async function startBenchServer(
  uri: string,
  PORT: number,
  extraEnv: Readonly<Record<string, string>> = {},
): Promise<ChildProcess> {
  const env = {
    ...shippedLimits(process.env),
    NEO4J_URI: uri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: '',
    PORT: String(PORT),
    ...extraEnv,
  };
  // As `npm start` runs it (its heap bound included); the child's pid is the server's, whose CPU
  // time bench:api reads. E.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=var/prof'.
  const serve = serveCommand(
    PORT,
    env,
    process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean),
  );
  const child = spawn(serve.command, serve.args, {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { nodeCount } }' }),
      });
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`the web server did not answer on port ${PORT}`);
}

/** Stops a server started by {@link startBenchServer} and waits until it is gone. */
export async function stopBenchServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

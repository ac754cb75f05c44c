/**
 * What bench:ingest and bench/ingest-profile.ts share: the corpus (or its first records), the
 * bench's own local Neo4j, and CPU readings of Neo4j's threads and of Node from /proc (Linux).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLocalNeo4jConfig } from '../../config/neo4j';
import { runAutoCommit } from '../../graph-db/driver';
import { toNumber } from '../../graph-db/neo4j-values';
import { applyMigrations } from '../../graph-db/migrations/migrations';
import { ingestRepository } from '../../graph-db/repositories/ingest-repository';
import { forgetReuseIndex } from '../../graph-db/repositories/reuse-repository';
import { startLocalNeo4j, type LocalNeo4jStartOptions } from '../../graph-db/server/local-neo4j';
import { fmt } from './stats';

export const corpus = path.resolve(
  process.env.BENCH_INGEST_FILE ?? '../shared/corpus/kcna-2011.jsonl',
);
export const limit =
  process.env.BENCH_INGEST_LIMIT === undefined ? undefined : Number(process.env.BENCH_INGEST_LIMIT);

/** Exits with the reason when the corpus is missing or BENCH_INGEST_LIMIT is not a count. */
export function checkCorpus(): void {
  if (!existsSync(corpus)) {
    console.error(
      `The corpus file ${corpus} is missing: put ../shared beside the repository or set BENCH_INGEST_FILE.`,
    );
    process.exit(1);
  }
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    console.error(
      `BENCH_INGEST_LIMIT must be a positive whole number, got '${process.env.BENCH_INGEST_LIMIT}'.`,
    );
    process.exit(1);
  }
}

/** The corpus, or (JSONL only) its first BENCH_INGEST_LIMIT records, written under `scratch`. */
export function corpusSlice(scratch: string): string {
  if (limit === undefined) return corpus;
  const slice = path.join(scratch, `first-${limit}${path.extname(corpus)}`);
  const lines = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  writeFileSync(slice, `${lines.slice(0, limit).join('\n')}\n`);
  return slice;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); 0 elsewhere. */
export function cpuSeconds(pid: number | 'self'): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds per thread kind of a process (Linux; empty elsewhere): names (cut at 15 characters by
 * Linux) without their trailing numbers, so Neo4j's Bolt workers, JIT compiler threads and
 * full-text index appliers each sum to one figure.
 */
export function threadCpuSeconds(pid: number): Map<string, number> {
  const byKind = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return byKind;
  }
  for (const tid of tids) {
    try {
      const kind = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8')
        .trim()
        .replace(/[\s#-]*\d+\]?$/, '');
      const fields =
        readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      byKind.set(kind, (byKind.get(kind) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return byKind;
}

/** The thread kinds that used at least `least` seconds between two readings, busiest first. */
export function threadCpuSpent(
  before: Map<string, number>,
  after: Map<string, number>,
  least = 0.5,
): string {
  return [...after]
    .map(([kind, seconds]) => [kind, seconds - (before.get(kind) ?? 0)] as const)
    .filter(([, seconds]) => seconds >= least)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, seconds]) => `${kind} ${fmt(seconds)}`)
    .join(', ');
}

export const loadAverage = () =>
  os
    .loadavg()
    .map((n) => fmt(n, 2))
    .join(' ');

export const config = readLocalNeo4jConfig({
  NEO4J_BOLT_PORT: process.env.BENCH_NEO4J_PORT ?? '7690',
  NEO4J_DATA_DIR: process.env.BENCH_NEO4J_DATA_DIR ?? 'var/neo4j-bench-ingest',
  NEO4J_HEAP_MB: process.env.NEO4J_HEAP_MB ?? '2048',
  NEO4J_PAGECACHE_MB: process.env.NEO4J_PAGECACHE_MB ?? '1024',
});

/** An empty store in a fresh JVM, migrated, with the driver pointed at it. */
export async function freshDatabase(options: LocalNeo4jStartOptions = {}) {
  rmSync(config.dataDir, { recursive: true, force: true });
  const running = await startLocalNeo4j(config, () => {}, options);
  process.env.NEO4J_URI = running.uri;
  await applyMigrations();
  return running;
}

/** Runs a deleting statement that returns its count `n`: whether it deleted anything. */
async function deleted(cypher: string): Promise<boolean> {
  return toNumber((await runAutoCommit(cypher)).records[0]?.get('n')) > 0;
}

/**
 * Empties the store in the running JVM (schema kept): the next write meets a server whose JIT has
 * compiled the write path, as an ingest into the app's long-running Neo4j does.
 */
export async function emptyStore() {
  // Relationships first, then the bare nodes, one short statement at a time: `CALL … IN
  // TRANSACTIONS` keeps an outer transaction that Neo4j's timeout (60 s) bounds too, and deleting
  // kcna-2011's graph in one outlasted it on a loaded machine.
  while (await deleted('MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n'));
  while (await deleted('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n'));
  await applyMigrations();
  await ingestRepository.awaitSearchable();
  forgetReuseIndex();
}

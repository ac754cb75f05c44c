/**
 * The neighbourhood's and the paths' repository reads of this checkout against another checkout's
 * (say main's, in a `git worktree`), in one process on one driver, over the same requests:
 * bench:api's own sequences (round 1's distinct operations, in order of first occurrence),
 * interleaved per request, which side goes first alternating. For each side: Neo4j's CPU per call
 * (from /proc of the bench Neo4j's java process), this process's CPU per call, latency p50/p95,
 * Bolt bytes and socket writes per call (counted on the driver's sockets); and how many answers
 * are identical byte for byte (JSON). One call at a time, so each call's CPU is its own. Reads
 * only; point it at a bench graph that bench:api built, running:
 *
 *   BENCH_PAIR_BASE=../api-ids-base BENCH_DATA_DIR=var/neo4j-bench \
 *     NEO4J_URI=bolt://127.0.0.1:7789 NEO4J_USERNAME=neo4j NEO4J_PASSWORD= npx tsx bench/read-pair.ts
 *
 * Env: BENCH_PAIR_BASE (required) the other checkout; BENCH_PAIR_REQUESTS (300) per scenario;
 * BENCH_PAIR_SCENARIOS (neighborhood,paths); BENCH_DATA_DIR (var/neo4j-bench), where the running
 * Neo4j's pid file is.
 */
import { readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readTransaction } from '@/graph-db/driver';
import { localNeo4jPidFile } from '@/graph-db/server/local-neo4j';
import * as mine from '@/graph-db/repositories/explore-repository';
import { envNumber } from './lib/bench-graph';
import {
  firstOccurrences,
  neighborhoodRequest,
  pathsRequest,
  readVocabulary,
  scenarioPool,
  zipfSequence,
  type BenchOperation,
} from './lib/operation-mix';
import { runProfile } from './lib/profile';
import { percentiles, processCpuMs } from './lib/stats';

type Repository = Pick<typeof mine, 'neighborhoodIn' | 'pathsIn'>;
type Scenario = 'neighborhood' | 'paths';

const REQUESTS = envNumber('BENCH_PAIR_REQUESTS', 300);
const SCENARIOS = (process.env.BENCH_PAIR_SCENARIOS ?? 'neighborhood,paths').split(
  ',',
) as Scenario[];
/** bench:api's pool and round 1's sequence (BENCH_DISTINCT 1,000, BENCH_ZIPF 1). */
const DISTINCT = 1_000;
const WARM_UP = 20;

/** Every socket the driver opens, for the bytes a call moves, and the writes it makes. */
const sockets: net.Socket[] = [];
let writes = 0;
const connect = net.connect;
(net as { connect: typeof net.connect }).connect = ((...args: Parameters<typeof net.connect>) => {
  const socket = connect(...args);
  sockets.push(socket);
  const write = socket.write.bind(socket) as (...a: unknown[]) => boolean;
  socket.write = (...a: unknown[]) => {
    writes += 1;
    return write(...a);
  };
  return socket;
}) as typeof net.connect;

function boltBytes(): { sent: number; received: number; writes: number } {
  let sent = 0;
  let received = 0;
  for (const socket of sockets) {
    sent += socket.bytesWritten;
    received += socket.bytesRead;
  }
  return { sent, received, writes };
}

function neo4jPid(): number {
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? 'var/neo4j-bench');
  const file = localNeo4jPidFile(dataDir);
  return (JSON.parse(readFileSync(file, 'utf8')) as { pid: number }).pid;
}

function call(repository: Repository, scenario: Scenario, op: BenchOperation): Promise<unknown> {
  return readTransaction((tx) =>
    scenario === 'neighborhood'
      ? repository.neighborhoodIn(tx, neighborhoodRequest(op.variables))
      : repository.pathsIn(tx, pathsRequest(op.variables)),
  );
}

interface Figures {
  readonly ms: number[];
  neo4jCpuMs: number;
  nodeCpuMs: number;
  sent: number;
  received: number;
  writes: number;
}

/** One call, measured; its answer as JSON. */
async function measured(
  repository: Repository,
  scenario: Scenario,
  op: BenchOperation,
  figures: Figures,
  pid: number,
): Promise<string> {
  const bytes = boltBytes();
  const neo4jCpu = processCpuMs(pid) ?? 0;
  const nodeCpu = process.cpuUsage();
  const started = performance.now();
  const answer = await call(repository, scenario, op);
  figures.ms.push(performance.now() - started);
  const used = process.cpuUsage(nodeCpu);
  figures.nodeCpuMs += (used.user + used.system) / 1_000;
  figures.neo4jCpuMs += (processCpuMs(pid) ?? 0) - neo4jCpu;
  const after = boltBytes();
  figures.sent += after.sent - bytes.sent;
  figures.received += after.received - bytes.received;
  figures.writes += after.writes - bytes.writes;
  return JSON.stringify(answer);
}

function line(name: string, figures: Figures): string {
  const n = figures.ms.length;
  const { p50, p95 } = percentiles(figures.ms);
  return [
    name.padEnd(6),
    (figures.neo4jCpuMs / n).toFixed(2).padStart(10),
    (figures.nodeCpuMs / n).toFixed(2).padStart(9),
    `${p50.toFixed(1)} / ${p95.toFixed(1)}`.padStart(14),
    `${Math.round(figures.sent / n)} / ${Math.round(figures.received / n)}`.padStart(18),
    (figures.writes / n).toFixed(1).padStart(6),
  ].join(' | ');
}

async function main(): Promise<void> {
  const baseDir = process.env.BENCH_PAIR_BASE;
  if (baseDir === undefined) throw new Error('BENCH_PAIR_BASE: the checkout to compare with');
  const base = (await import(
    pathToFileURL(path.resolve(baseDir, 'graph-db/repositories/explore-repository.ts')).href
  )) as Repository;
  const pid = neo4jPid();
  const vocabulary = await readVocabulary(DISTINCT * 3);
  const out = [
    `load average at start ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  ];
  for (const scenario of SCENARIOS) {
    const pool = scenarioPool(scenario, vocabulary, DISTINCT * 3);
    const ops = firstOccurrences(zipfSequence(pool, DISTINCT, 1, 1_000)).slice(0, REQUESTS);
    // Warm the plans, the JIT and the page cache with requests that are not timed.
    for (const op of pool.slice(-WARM_UP)) {
      await call(base, scenario, op);
      await call(mine, scenario, op);
    }
    const sides = {
      base: { ms: [], neo4jCpuMs: 0, nodeCpuMs: 0, sent: 0, received: 0, writes: 0 } as Figures,
      mine: { ms: [], neo4jCpuMs: 0, nodeCpuMs: 0, sent: 0, received: 0, writes: 0 } as Figures,
    };
    const differing: string[] = [];
    for (const [i, op] of ops.entries()) {
      const order = i % 2 === 0 ? (['base', 'mine'] as const) : (['mine', 'base'] as const);
      const answers: Record<string, string> = {};
      for (const side of order)
        answers[side] = await measured(
          side === 'base' ? base : mine,
          scenario,
          op,
          sides[side],
          pid,
        );
      if (answers.base !== answers.mine) differing.push(JSON.stringify(op.variables));
    }
    out.push(
      `${scenario}: ${ops.length} requests, answers identical ${ops.length - differing.length}`,
      `${'side'.padEnd(6)} | Neo4j CPU | Node CPU | p50 / p95 ms | Bolt sent / recv | writes`,
      line('base', sides.base),
      line('mine', sides.mine),
      ...differing.slice(0, 10).map((variables) => `  differs: ${variables}`),
    );
  }
  out.push(
    `load average at end ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  console.log(out.join('\n'));
}

runProfile(main);

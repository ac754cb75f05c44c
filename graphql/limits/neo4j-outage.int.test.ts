import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph-db/driver';
import { applyMigrations } from '@/graph-db/migrations/migrations';
import { readCache } from '@/graph-db/repositories';
import { ingestRepository } from '@/graph-db/repositories/ingest-repository';
import { startLocalNeo4j, stopLocalNeo4j, type RunningNeo4j } from '@/graph-db/server/local-neo4j';
import {
  faultNeo4jConfig,
  prepareFaultNeo4j,
  waitUntilPortClosed,
  warmUpNeo4j,
} from '@/graph-db/testing/fault-neo4j';
import { runIngest } from '@/ingest/run-ingest';
import { createApolloServer } from '../server';
import { codes, execute, type TestResult } from '../testing/execute';
import { FIXTURE_ARTICLES } from '../testing/fixtures';

/**
 * Neo4j going away under traffic: requests must end quickly with SERVICE_UNAVAILABLE (not hang,
 * not INTERNAL_SERVER_ERROR), and the same process must serve again once Neo4j is back, without
 * closing or recreating anything by hand. A dedicated Neo4j (own port and data directory) is
 * stopped and restarted here, so the shared test database is never touched.
 */

const PORT_ENV = 'FAULTS_OUTAGE_BOLT_PORT';
const config = faultNeo4jConfig(Number(process.env[PORT_ENV] ?? 7696), 'var/faults-outage');

/** Every request during an outage must settle within this (the driver's retry budget is 5 s). */
const FAIL_FAST_MS = 15_000;
/**
 * A frozen server never refuses anything, so only the client-side guard of reads ends a request:
 * the read timeout (15 s) plus its 10 s grace, plus slack for a loaded machine.
 */
const FROZEN_BOUND_MS = 32_000;

const QUERY = `{ health { neo4jVersion nodeCount } search(query: "hacking empire", first: 5) { totalCount } }`;
interface Answer {
  health: { neo4jVersion: string; nodeCount: number };
  search: { totalCount: number };
}

// With the response cache, as in production: its data-version lookup is the first Neo4j read.
const server = createApolloServer({ responseCache: readCache });
let neo4j: RunningNeo4j | undefined;
let fixtureDir = '';
let nodeCountBefore = 0;

async function timed(): Promise<{ result: TestResult<Answer>; ms: number }> {
  const started = performance.now();
  const result = await execute<Answer>(server, QUERY);
  return { result, ms: performance.now() - started };
}

function expectAnswer(result: TestResult<Answer>): void {
  expect(result.errors).toBeUndefined();
  expect(result.data?.health.nodeCount).toBe(nodeCountBefore);
  expect(result.data?.search.totalCount).toBeGreaterThan(0);
}

function expectUnavailable(
  { result, ms }: { result: TestResult<Answer>; ms: number },
  boundMs = FAIL_FAST_MS,
): void {
  expect(ms).toBeLessThan(boundMs);
  expect(result.data ?? null).toBeNull();
  expect(new Set(codes(result))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
  // An outage is not a server bug: HTTP 503 (with Retry-After), never 500.
  expect(result.http.status).toBe(503);
}

interface Outcome {
  readonly startedAt: number;
  readonly ms: number;
  readonly codes: string[];
  readonly ok: boolean;
}

/**
 * Queries in a loop from `workers` concurrent clients until stopped; records how each ended, so an
 * outage in the middle shows whether any request hung or failed with the wrong code.
 */
function traffic(workers: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const startedAt = performance.now();
      const { result, ms } = await timed();
      outcomes.push({ startedAt, ms, codes: codes(result), ok: result.errors === undefined });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return {
    outcomes,
    /** Resolves once traffic is flowing: at least one request answered. */
    async flowing() {
      while (!outcomes.some((o) => o.ok)) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** Every request ended in time, and every failure is the outage code (never INTERNAL_SERVER_ERROR). */
function expectOutcomes(outcomes: readonly Outcome[], boundMs: number): void {
  for (const outcome of outcomes) {
    expect(outcome.ms).toBeLessThan(boundMs);
    if (!outcome.ok) expect(new Set(outcome.codes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
  }
}

beforeAll(async () => {
  await closeDriver();
  await prepareFaultNeo4j(config, { wipe: true, portEnv: PORT_ENV });
  neo4j = await startLocalNeo4j(config, () => {});
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USERNAME = 'neo4j';
  process.env.NEO4J_PASSWORD = '';
  await applyMigrations();
  fixtureDir = await mkdtemp(path.join(tmpdir(), 'narragraph-outage-'));
  const file = path.join(fixtureDir, 'fixtures.jsonl');
  await writeFile(file, `${FIXTURE_ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const summary = await runIngest([file], {
    sink: ingestRepository,
  });
  expect(summary.created).toBe(FIXTURE_ARTICLES.length);
}, 180_000);

afterAll(async () => {
  await closeDriver();
  await neo4j?.stop();
  // A case that failed after SIGKILL leaves a pid file behind; this stops nothing else.
  await stopLocalNeo4j(config);
  await rm(fixtureDir, { recursive: true, force: true });
}, 60_000);

describe('Neo4j outage under traffic', () => {
  it('answers while Neo4j is up', async () => {
    const { result } = await timed();
    expect(result.errors).toBeUndefined();
    nodeCountBefore = result.data?.health.nodeCount ?? 0;
    expect(nodeCountBefore).toBeGreaterThan(FIXTURE_ARTICLES.length);
    expectAnswer(result);
  });

  it('answers SERVICE_UNAVAILABLE instead of hanging when Neo4j freezes, and serves once it resumes', async () => {
    const running = (neo4j ??= await startLocalNeo4j(config, () => {}));
    const load = traffic(3);
    await load.flowing();
    // SIGSTOP: the process keeps its sockets open and answers nothing, like a long GC pause or a
    // connection the network dropped silently. Nothing refuses, so only the read guard ends requests.
    process.kill(running.pid, 'SIGSTOP');
    try {
      expectUnavailable(await timed(), FROZEN_BOUND_MS);
    } finally {
      process.kill(running.pid, 'SIGCONT');
    }
    const outcomes = await load.stop();
    expect(outcomes.some((o) => o.codes.includes('SERVICE_UNAVAILABLE'))).toBe(true);
    expectOutcomes(outcomes, FROZEN_BOUND_MS);
    const { result, ms } = await timed();
    expectAnswer(result);
    expect(ms).toBeLessThan(FAIL_FAST_MS);
  }, 120_000);

  it.each([
    ['stopped cleanly', 'SIGTERM'],
    ['killed', 'SIGKILL'],
  ] as const)(
    'fails fast with SERVICE_UNAVAILABLE when Neo4j is %s, and recovers when it is back',
    async (_how, signal) => {
      // An earlier case that failed half-way may have left Neo4j down.
      const running = (neo4j ??= await startLocalNeo4j(config, () => {}));
      const load = traffic(3);
      await load.flowing();
      if (signal === 'SIGTERM') {
        await running.stop();
      } else {
        process.kill(running.pid, 'SIGKILL');
      }
      neo4j = undefined;
      await waitUntilPortClosed(config.boltPort);
      const downAt = performance.now();

      // Down: every request ends quickly with the stable code, none hangs.
      expectUnavailable(await timed());
      expectUnavailable(await timed());
      const outcomes = await load.stop();
      expect(outcomes.some((o) => o.ok)).toBe(true);
      expect(outcomes.some((o) => o.codes.includes('SERVICE_UNAVAILABLE'))).toBe(true);
      // Requests sent once Neo4j was gone fail fast; one in flight at the moment it went may also
      // have spent its time on a loaded server first, but the read guard still bounds it.
      expectOutcomes(
        outcomes.filter((o) => o.startedAt >= downAt),
        FAIL_FAST_MS,
      );
      expectOutcomes(outcomes, FROZEN_BOUND_MS);

      // Back on the same port and data directory: the next request succeeds through the same
      // process, Apollo server and driver module, with no closeDriver() or reconnect call.
      neo4j = await startLocalNeo4j(config, () => {});
      await warmUpNeo4j(neo4j.uri);
      const { result, ms } = await timed();
      expectAnswer(result);
      expect(ms).toBeLessThan(FAIL_FAST_MS);
      expectAnswer((await timed()).result);
    },
    300_000,
  );
});

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelay } from '@/graph-db/connect-with-retry';
import { closeDriver, readTransaction } from '@/graph-db/driver';
import { toNumber } from '@/graph-db/neo4j-values';
import { portAnswers, startLocalNeo4j, type RunningNeo4j } from '@/graph-db/server/local-neo4j';
import { faultNeo4jConfig, prepareFaultNeo4j } from '@/graph-db/testing/fault-neo4j';
import { waitForNeo4j } from './local-database';

/**
 * Neo4j not up when the app starts: the start path names the URI and the reason, retries with
 * exponential backoff, carries on once Neo4j answers, and exits non-zero with a clear message when
 * the deadline passes. Uses a Neo4j of its own, started late on purpose.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT_ENV = 'FAULTS_CONNECT_BOLT_PORT';
const config = faultNeo4jConfig(Number(process.env[PORT_ENV] ?? 7695), 'var/faults-connect');
/** A port nothing listens on, for the give-up case. */
const DEAD_PORT = Number(process.env.FAULTS_DEAD_BOLT_PORT ?? 7697);
/** Neo4j is started this long after the app began waiting for it. */
const LATE_START_MS = 3_000;

let neo4j: RunningNeo4j | undefined;

beforeAll(async () => {
  await closeDriver();
  await prepareFaultNeo4j(config, { wipe: false, portEnv: PORT_ENV });
}, 60_000);

afterAll(async () => {
  await closeDriver();
  await neo4j?.stop();
}, 60_000);

describe('starting while Neo4j is down', () => {
  it('logs the URI and reason, backs off 1, 2, 4 … s, and connects once a late Neo4j answers', async () => {
    const uri = `bolt://127.0.0.1:${config.boltPort}`;
    process.env.NEO4J_URI = uri;
    process.env.NEO4J_USERNAME = 'neo4j';
    process.env.NEO4J_PASSWORD = '';
    const lines: string[] = [];
    const waiting = waitForNeo4j({ log: (line) => lines.push(line), deadlineMs: 300_000 });

    await new Promise((resolve) => setTimeout(resolve, LATE_START_MS));
    expect(await portAnswers(config.boltPort)).toBe(false);
    expect(lines.length).toBeGreaterThan(0);
    neo4j = await startLocalNeo4j(config, () => {});
    const agent = await waiting;

    expect(agent).toMatch(/^Neo4j\/5\.26\./);
    const retries = lines.filter((line) => line.includes(' is not answering '));
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(retries[0]).toBe(
      `Neo4j at ${uri} is not answering (connect ECONNREFUSED 127.0.0.1:${config.boltPort}); retrying in 1 s (attempt 1, giving up after 300 s).`,
    );
    for (const line of retries) expect(line).toContain(`Neo4j at ${uri} is not answering (`);
    const waits = retries.map((line) => Number(/retrying in (\d+) s/.exec(line)?.[1]) * 1000);
    expect(waits).toEqual(waits.map((_, index) => backoffDelay(index + 1)));
    expect(lines.at(-1)).toMatch(new RegExp(`^Neo4j at ${uri} answered after \\d+(\\.\\d)? s\\.$`));
    expect(lines).toHaveLength(retries.length + 1);

    // Same process, same driver module: it serves queries without any restart or reconnect call.
    const one = await readTransaction(async (tx) =>
      toNumber((await tx.run('RETURN 1 AS one')).records[0]?.get('one')),
    );
    expect(one).toBe(1);
  }, 360_000);

  it('`npm start` gives up after NEO4J_CONNECT_TIMEOUT_MS with the URI and reason, exit code 1, no stack', async () => {
    expect(await portAnswers(DEAD_PORT)).toBe(false);
    // An empty working directory: should the app ever get past the database, it finds no Next
    // build or binary there and stops, instead of building in the shared tree.
    const cwd = await mkdtemp(path.join(tmpdir(), 'narragraph-start-'));
    try {
      const child = spawn(
        path.join(root, 'node_modules/.bin/tsx'),
        [
          '--tsconfig',
          path.join(root, 'tsconfig.json'),
          path.join(root, 'scripts/app.ts'),
          'start',
        ],
        {
          cwd,
          env: {
            ...process.env,
            NEO4J_URI: `bolt://127.0.0.1:${DEAD_PORT}`,
            NEO4J_CONNECT_TIMEOUT_MS: '2500',
            NARRAGRAPH_DEMO: '0',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));

      const uri = `bolt://127.0.0.1:${DEAD_PORT}`;
      expect(code, stdout + stderr).toBe(1);
      expect(stdout).toContain(`Using the Neo4j at NEO4J_URI=${uri}.`);
      expect(stdout).toContain(
        `Neo4j at ${uri} is not answering (connect ECONNREFUSED 127.0.0.1:${DEAD_PORT}); retrying in 1 s (attempt 1, giving up after 2.5 s).`,
      );
      expect(stderr.trim()).toMatch(
        new RegExp(
          `^Neo4j at ${uri} did not answer within 2\\.5 s \\(\\d+ attempts; last error: connect ECONNREFUSED 127\\.0\\.0\\.1:${DEAD_PORT}\\)\\.`,
        ),
      );
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(stdout).not.toContain('applying migrations');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }, 120_000);
});

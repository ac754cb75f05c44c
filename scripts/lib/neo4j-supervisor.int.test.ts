import { afterAll, beforeAll, expect, it } from 'vitest';
import { portAnswers, startLocalNeo4j, stopLocalNeo4j } from '@/graph-db/server/local-neo4j';
import { faultNeo4jConfig, prepareFaultNeo4j } from '@/graph-db/testing/fault-neo4j';
import { superviseLocalNeo4j, type Neo4jSupervisor } from './neo4j-supervisor';

/**
 * `npm start`'s own Neo4j killed under it: the supervisor starts it again on the same port and
 * data directory. A Neo4j of this test's own (port and data directory), never the shared one.
 */

const PORT_ENV = 'FAULTS_SUPERVISOR_BOLT_PORT';
const config = faultNeo4jConfig(Number(process.env[PORT_ENV] ?? 7697), 'var/faults-supervisor');
let supervisor: Neo4jSupervisor | undefined;

beforeAll(async () => {
  await prepareFaultNeo4j(config, { wipe: true, portEnv: PORT_ENV });
}, 60_000);

afterAll(async () => {
  await supervisor?.stop();
  await stopLocalNeo4j(config);
}, 60_000);

it('starts the local Neo4j again after it is killed, and logs it', async () => {
  const lines: string[] = [];
  let back: () => void = () => {};
  const restarted = new Promise<void>((resolve) => (back = resolve));
  const first = await startLocalNeo4j(config, () => {});
  supervisor = superviseLocalNeo4j(config, first, (line) => {
    lines.push(line);
    if (line.includes('is back')) back();
  });
  const killedAt = performance.now();
  process.kill(first.pid, 'SIGKILL');
  await restarted;
  const seconds = (performance.now() - killedAt) / 1000;
  console.log(`[supervisor test] Neo4j answered again ${seconds.toFixed(1)} s after SIGKILL`);
  const now = supervisor.current();
  expect({
    newProcess: now.pid !== first.pid,
    answers: await portAnswers(config.boltPort),
    logged: lines
      .filter((l) => l.startsWith('[neo4j]'))
      .map((l) => l.split(' ').slice(0, 4).join(' ')),
  }).toEqual({
    newProcess: true,
    answers: true,
    logged: ['[neo4j] The local Neo4j', '[neo4j] The local Neo4j'],
  });
}, 240_000);

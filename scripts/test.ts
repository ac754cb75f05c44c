/**
 * `npm test`: every check and every test tier, in order, against a real Neo4j and Debian's Chromium.
 * Static checks -> unit -> (test Neo4j) integration -> production build -> e2e. Stops at the first failure.
 * With NEO4J_TEST_URI set it uses that server instead of starting the project's own test instance.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startLocalNeo4j, type RunningNeo4j } from '../graph-db/server/local-neo4j';
import { testNeo4jConfig } from '../config/neo4j';
import { exitOnKnownError } from './lib/local-database';
import { checkPrerequisites } from './lib/prerequisites';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const timings: { step: string; seconds: number }[] = [];

function run(
  step: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): void {
  console.log(`\n=== ${step} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  timings.push({ step, seconds: (Date.now() - started) / 1000 });
  if (result.status !== 0) {
    throw new Error(`${step} failed (exit ${result.status ?? result.signal}).`);
  }
}

let database: RunningNeo4j | undefined;
let exitCode = 0;
try {
  checkPrerequisites({ needBrowser: true });
  run('format (prettier --check)', bin('prettier'), ['--check', '.']);
  run('generated GraphQL types are current', bin('tsx'), ['scripts/codegen.ts', '--check']);
  run('typecheck (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  run('lint (eslint, zero warnings)', bin('eslint'), ['.', '--max-warnings=0']);
  run('unit tests (vitest)', bin('vitest'), ['run', '--project', 'unit']);
  // The extractor on the untouched eval set must not fall more than 0.02 below ingest/eval/floors.json.
  run('extraction eval floor (untouched set)', bin('tsx'), [
    'ingest/eval/run-eval.ts',
    '--split',
    'untouched',
    '--check-floor',
  ]);

  let testUri = process.env.NEO4J_TEST_URI;
  if (!testUri) {
    const config = testNeo4jConfig();
    // A fresh store each run: tests start from nothing and leave nothing behind.
    rmSync(config.dataDir, { recursive: true, force: true });
    console.log('\n=== starting the test Neo4j ===');
    database = await startLocalNeo4j(config);
    testUri = database.uri;
  }
  const testEnv = {
    ...process.env,
    NEO4J_TEST_URI: testUri,
    NEO4J_URI: testUri,
    NEO4J_USERNAME: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
  };
  run(
    'integration tests (vitest, real Neo4j)',
    bin('vitest'),
    ['run', '--project', 'integration'],
    testEnv,
  );
  run('production build (next build)', bin('next'), ['build'], testEnv);
  run('end-to-end tests (playwright, Chromium)', bin('playwright'), ['test'], testEnv);
} catch (error) {
  exitCode = 1;
  if (error instanceof Error && !('code' in error)) console.error(`\n${error.message}`);
  else exitOnKnownError(error);
} finally {
  await database?.stop();
  console.log('\nStep timings:');
  for (const { step, seconds } of timings)
    console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${step}`);
}
process.exit(exitCode);

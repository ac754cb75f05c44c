/**
 * `npm start` (production) and `npm run dev`: start the local Neo4j when NEO4J_URI is unset, apply
 * migrations, then run Next while the demo data loads into an empty graph in the background. Stopping this process stops
 * Next and the Neo4j it started (a reused one keeps running); one it started is started again if
 * it dies meanwhile (scripts/lib/neo4j-supervisor.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readServerConfig } from '../config/server';
import { closeDriver } from '../graph-db/driver';
import { applyMigrations } from '../graph-db/migrations/migrations';
import { feedRepository } from '../graph-db/repositories/feed-repository';
import { ConfigError, loadCollectSettings } from '../ingest/collect/collect-config';
import { clearDemoLoadStatus } from '../app/_lib/demo-load-status';
import { demoInputsToLoad, loadDemoData } from './lib/demo-data';
import { ensureDatabase, exitOnKnownError, waitForNeo4j } from './lib/local-database';
import { superviseLocalNeo4j } from './lib/neo4j-supervisor';
import { serveCommand } from './lib/serve-command';
import { portAnswers } from '../graph-db/server/local-neo4j';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
process.env.NEXT_TELEMETRY_DISABLED = '1';
const nextBin = path.resolve('node_modules/.bin/next');

async function main(): Promise<void> {
  // Every setting is read (and a bad one refused, by name) before anything starts.
  const settings = readServerConfig();
  const port = String(settings.http.port);
  const config = settings.localNeo4j;
  const database = await ensureDatabase(config);
  // A NEO4J_URI server may be down or still starting (and a local one slow to accept Bolt): wait
  // with backoff instead of failing on the first refused connection.
  let agent: string;
  try {
    agent = await waitForNeo4j();
  } catch (error) {
    await database?.stop();
    throw error;
  }
  console.log(`Connected to ${agent}; applying migrations...`);
  await applyMigrations();
  // A status left by a start that was stopped mid-load describes nothing now.
  clearDemoLoadStatus();
  const demo = await demoInputsToLoad();
  const collect = await feedsConfigured();
  if (demo.length > 0) {
    // Pages answer at once and show the load's progress; the load starts once the web server
    // listens, so it does not compete with the server's own start for the CPU.
    loadDemoData(demo, { after: webServerListening(Number(port)) })
      .catch((error: unknown) => console.error('Loading the demo data failed:', error))
      .finally(() => void closeDriver());
  } else {
    // The web server has its own driver; this one was only for set-up.
    await closeDriver();
  }

  if (mode === 'start' && (!existsSync('.next/BUILD_ID') || settings.start.rebuild)) {
    console.log('No production build yet: running `next build` (first start only)...');
    const build = spawnSync(nextBin, ['build'], { stdio: 'inherit' });
    if (build.status !== 0) {
      await database?.stop();
      process.exit(build.status ?? 1);
    }
  }

  // Production runs behind scripts/serve.ts, which owns the client address the rate limiter uses.
  const serve = serveCommand(port);
  const next =
    mode === 'start'
      ? spawn(serve.command, serve.args, { stdio: 'inherit', env: process.env })
      : spawn(nextBin, [mode, '-p', port], { stdio: 'inherit', env: process.env });
  // Collection runs beside the app, in its own process, when there is something to collect.
  const collector = collect
    ? spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/collect.ts'], {
        stdio: 'inherit',
        env: process.env,
      })
    : undefined;
  // The Neo4j this process started is started again if it dies while the app runs.
  const supervisor = database && superviseLocalNeo4j(config, database);
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) next.kill('SIGTERM');
    if (collector && collector.exitCode === null) collector.kill('SIGTERM');
    clearDemoLoadStatus();
    await supervisor?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  next.on('exit', (code) => void stop(code ?? 0));
  console.log(
    `Narragraph is starting at http://localhost:${port} (Ctrl-C stops it and the local Neo4j).`,
  );
}

/** Resolves when something accepts connections on `port`, or after two minutes regardless. */
async function webServerListening(port: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !(await portAnswers(port))) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** True when the config file or the graph holds feeds; a bad config file is reported, not fatal. */
async function feedsConfigured(): Promise<boolean> {
  try {
    const settings = await loadCollectSettings();
    if (settings.feeds.length > 0 || (await feedRepository.count()) > 0) return true;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Collection not started: ${error.message}`);
    return false;
  }
  console.log('No feeds configured: collection not started (docs/collect.md says how to add one).');
  return false;
}

main().catch(exitOnKnownError);

/**
 * `npm run bench:startup`: a fresh clone's `npm start` to the first page, split into one-time work
 * and the work of every start.
 *
 * - One-time (BENCH_ONE_TIME=1, once): resolving Neo4j from Maven and compiling the launcher, and
 *   the first `next build`. Today's launcher and build are set aside for the measure and put back
 *   if it fails.
 * - Every start (BENCH_RUNS, default 3, medians): an empty data directory with the launcher and the
 *   build present: Bolt ready, the first page (the demo data then loads in the background, the
 *   page saying so), the demo data loaded (the pages' load status gone), and Neo4j's memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildLauncher, isLauncherBuilt, localNeo4jPidFile } from '../graph-db/server/local-neo4j';
import { fmt, median, rssMiB } from './lib/stats';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const oneTime = process.env.BENCH_ONE_TIME === '1';
const boltPort = 7691;
const webPort = 3005;
const dataDir = path.resolve('var/neo4j-bench-startup');
const launcherDir = path.resolve('graph-db/server/target');
const buildDir = path.resolve('.next');

const seconds = (since: number) => (performance.now() - since) / 1000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` with `dir` set aside, putting it back when the work fails. */
function withoutDir(dir: string, work: () => void): void {
  const aside = `${dir}.bench-aside`;
  rmSync(aside, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, aside);
  try {
    work();
    rmSync(aside, { recursive: true, force: true });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    if (existsSync(aside)) renameSync(aside, dir);
    throw error;
  }
}

if (oneTime) {
  console.log('One-time work:');
  let launcher = 0;
  withoutDir(launcherDir, () => {
    const started = performance.now();
    buildLauncher(() => undefined);
    launcher = seconds(started);
  });
  console.log(`  resolving Neo4j and compiling the launcher: ${fmt(launcher)} s`);
  let build = 0;
  withoutDir(buildDir, () => {
    const started = performance.now();
    const result = spawnSync('node_modules/.bin/next', ['build'], {
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
    build = seconds(started);
  });
  console.log(`  first production build (next build): ${fmt(build)} s`);
  console.log(`  one-time total: ${fmt(launcher + build)} s`);
} else {
  console.log('One-time work not measured (BENCH_ONE_TIME=1 measures it; it rebuilds the app).');
}
if (!existsSync(path.join(buildDir, 'BUILD_ID')) || !isLauncherBuilt()) {
  console.error('Every-start runs need the launcher and a production build: run `npm start` once.');
  process.exit(1);
}

async function answers(
  url: string,
  deadline: number,
  done: (response: Response) => Promise<boolean>,
) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && (await done(response))) return true;
    } catch {
      // not listening yet
    }
    await pause(100);
  }
  return false;
}

const bolt: number[] = [];
const page: number[] = [];
const loaded: number[] = [];
const rss: number[] = [];
for (let run = 0; run < runs; run += 1) {
  rmSync(dataDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn('node_modules/.bin/tsx', ['scripts/app.ts', 'start'], {
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: dataDir,
      PORT: String(webPort),
      NARRAGRAPH_DEMO: 'true',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let boltReady: number | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (boltReady === undefined && chunk.includes('Local Neo4j')) boltReady = seconds(started);
  });
  const base = `http://127.0.0.1:${webPort}`;
  const deadline = Date.now() + 300_000;
  const ok = await answers(`${base}/`, deadline, () => Promise.resolve(true));
  const pageReady = seconds(started);
  const demoDone = await answers(`${base}/api/demo-load`, deadline, async (response) => {
    const body = (await response.json()) as { status: unknown };
    return body.status === null;
  });
  const demoReady = seconds(started);
  if (!ok || !demoDone || boltReady === undefined) {
    child.kill('SIGTERM');
    throw new Error(`run ${run + 1}: the app did not answer, or the demo data did not load`);
  }
  bolt.push(boltReady);
  page.push(pageReady);
  loaded.push(demoReady);
  const pidFile = localNeo4jPidFile(dataDir);
  const pid = (JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number }).pid;
  const memory = await rssMiB(pid);
  if (memory !== undefined) rss.push(memory);
  console.log(
    `  run ${run + 1}: Bolt ready ${fmt(boltReady)} s, first page ${fmt(pageReady)} s, demo data loaded ${fmt(demoReady)} s, Neo4j RSS ${memory === undefined ? 'n/a' : fmt(memory, 0)} MiB`,
  );
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  // The launcher stops Neo4j on exit; wait for its pid file to go so the next run starts cold.
  for (let i = 0; i < 300 && existsSync(pidFile); i += 1) await pause(100);
}
rmSync(dataDir, { recursive: true, force: true });
console.log(
  `\nEvery start, median of ${runs}: Bolt ready ${fmt(median(bolt))} s, first page ${fmt(median(page))} s (the demo data loading behind it), demo data loaded ${fmt(median(loaded))} s, Neo4j RSS ${rss.length ? fmt(median(rss), 0) : 'n/a'} MiB`,
);

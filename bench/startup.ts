/**
 * `npm run bench:startup`: cold start of `npm start` on an empty data directory, to Bolt-ready and
 * to the first page (median of BENCH_RUNS, default 3), and the resident memory of the Neo4j process.
 * Needs a production build (`next build`); demo loading is off so the figure is the start itself.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fmt, median, rssMiB } from './lib/stats';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const boltPort = 7691;
const webPort = 3005;
const dataDir = path.resolve('var/neo4j-bench-startup');
if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npx next build` first.');
  process.exit(1);
}

async function firstPage(deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${webPort}/`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const bolt: number[] = [];
const page: number[] = [];
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
      NARRAGRAPH_DEMO: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let boltReady: number | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (boltReady === undefined && chunk.includes('Local Neo4j'))
      boltReady = performance.now() - started;
  });
  const ok = await firstPage(Date.now() + 180_000);
  const pageReady = performance.now() - started;
  if (!ok || boltReady === undefined) throw new Error(`run ${run + 1}: the app did not answer`);
  bolt.push(boltReady / 1000);
  page.push(pageReady / 1000);
  const pidFile = path.join(dataDir, 'narragraph-neo4j.pid.json');
  const pid = (JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number }).pid;
  const memory = await rssMiB(pid);
  if (memory !== undefined) rss.push(memory);
  console.log(
    `  run ${run + 1}: Bolt ready ${fmt(bolt.at(-1)!)} s, first page ${fmt(page.at(-1)!)} s, Neo4j RSS ${memory === undefined ? 'n/a' : fmt(memory, 0)} MiB`,
  );
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  // The launcher stops Neo4j on exit; wait for its pid file to go so the next run starts cold.
  for (let i = 0; i < 300 && existsSync(pidFile); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
}
rmSync(dataDir, { recursive: true, force: true });
console.log(
  `\nmedian of ${runs}: Bolt ready ${fmt(median(bolt))} s, first page ${fmt(median(page))} s, Neo4j RSS ${rss.length ? fmt(median(rss), 0) : 'n/a'} MiB`,
);

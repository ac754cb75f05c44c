/**
 * What gzip costs the API per answer, by answer size and level: CPU on the calling thread
 * (`gzipSync`), wall time of zlib's async API (which hops to libuv's thread pool and back, as
 * graphql/http/node-transport.ts does), and the bytes saved. Answers are JSON shaped like the API's
 * (ids, titles, dates and snippets of corpus articles), grown to each size.
 *
 *   npx tsx bench/gzip-cost.ts
 *
 * Env: BENCH_GZIP_MS (time spent per cell, default 300), BENCH_GZIP_CORPUS (a JSONL corpus,
 * default ../shared/corpus/kcna-2011.jsonl).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip, gzipSync } from 'node:zlib';
import { envNumber } from './lib/bench-graph';
import { fmt, percentiles } from './lib/stats';

const CELL_MS = envNumber('BENCH_GZIP_MS', 300);
const CORPUS =
  process.env.BENCH_GZIP_CORPUS ?? path.resolve(process.cwd(), '../shared/corpus/kcna-2011.jsonl');
const SIZES = [1_024, 4_700, 8_192, 16_384, 65_536, 262_144, 1_048_576];
const LEVELS = [1, 4, constants.Z_DEFAULT_COMPRESSION];
const gzipAsync = promisify(gzip);

interface CorpusRecord {
  readonly title?: string;
  readonly date?: string;
  readonly text?: string;
}

/** A JSON answer of at least `bytes` bytes: search-like edges over corpus articles, in corpus order. */
function answerOf(records: readonly CorpusRecord[], bytes: number): string {
  const edges: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const record = records[i % records.length] ?? {};
    const edge = {
      cursor: Buffer.from(`offset:${i}`).toString('base64'),
      node: {
        id: `Article:${i.toString(16).padStart(12, '0')}`,
        kind: 'Article',
        label: record.title ?? '',
        date: record.date ?? null,
        source: 'KCNA',
        snippet: (record.text ?? '').slice(0, 240),
      },
    };
    edges.push(edge);
    size += JSON.stringify(edge).length + 1;
  }
  return JSON.stringify({ data: { search: { edges } } });
}

/** Calls `run` until CELL_MS have passed; the CPU ms per call of this thread. */
function syncCpuMs(run: () => void): number {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let calls = 0;
  while (performance.now() - started < CELL_MS) {
    run();
    calls += 1;
  }
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / calls;
}

/** Awaits `run` one call at a time until CELL_MS have passed; wall ms of each call. */
async function asyncWallMs(run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  const started = performance.now();
  while (performance.now() - started < CELL_MS) {
    const at = performance.now();
    await run();
    samples.push(performance.now() - at);
  }
  return samples;
}

async function main(): Promise<void> {
  const records = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 2_000)
    .map((line) => JSON.parse(line) as CorpusRecord);
  console.log(
    `answer bytes | level | gzipped bytes | saved | CPU ms (sync) | async wall ms p50 | p95`,
  );
  for (const bytes of SIZES) {
    const payload = Buffer.from(answerOf(records, bytes));
    for (const level of LEVELS) {
      const zipped = gzipSync(payload, { level });
      const cpu = syncCpuMs(() => gzipSync(payload, { level }));
      const wall = percentiles(await asyncWallMs(() => gzipAsync(payload, { level })));
      console.log(
        [
          payload.length,
          level === constants.Z_DEFAULT_COMPRESSION ? '6 (default)' : level,
          zipped.length,
          `${fmt((1 - zipped.length / payload.length) * 100, 0)}%`,
          fmt(cpu, 3),
          fmt(wall.p50, 3),
          fmt(wall.p95, 3),
        ].join(' | '),
      );
    }
  }
}

await main();

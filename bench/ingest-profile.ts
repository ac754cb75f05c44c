/**
 * Where the ingest pipeline's time goes, batch by batch: runs `runIngest` over bench:ingest's
 * corpus (BENCH_INGEST_FILE, BENCH_INGEST_LIMIT, BENCH_NEO4J_PORT, BENCH_NEO4J_DATA_DIR) into an
 * empty store and prints, per batch, the extraction it waited on, how long Neo4j had no batch, when
 * each step of the write ended (ingest-repository's trace) and the CPU that Neo4j's Bolt worker, all
 * of Neo4j and Node spent meanwhile. TIMELINE_JVM=bulk starts Neo4j as `npm run ingest` does (C1
 * only); TIMELINE_WARM=1 runs again in the same JVM, the store emptied; TIMELINE_REUSE=0 leaves
 * text reuse out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDriver } from '../graph-db/driver';
import { ingestRepository, type WriteStep } from '../graph-db/repositories/ingest-repository';
import { createDefaultExtractor } from '../ingest/default-extractor';
import { DEFAULT_BATCH_SIZE, runIngest } from '../ingest/run-ingest';
import type { RawArticle } from '../ingest/types';
import * as bench from './lib/ingest-bench';
import { fmt } from './lib/stats';

const BOLT_WORKER = 'neo4j.BoltWorke';
const batchSize = Number(process.env.BENCH_INGEST_BATCH ?? DEFAULT_BATCH_SIZE);
const bulkLoad = process.env.TIMELINE_JVM === 'bulk';
const textReuse = process.env.TIMELINE_REUSE !== '0';
bench.checkCorpus();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'narragraph-ingest-profile-'));
const file = bench.corpusSlice(scratch);
const extractArticle = createDefaultExtractor();

interface BatchTimes {
  articles: number;
  extractMs: number;
  idleMs: number;
  /** Milliseconds from the writeBatch call to the end of each step. */
  steps: Map<WriteStep, number>;
  counts: Record<string, number>;
  totalMs: number;
  boltCpu: number;
  neo4jCpu: number;
  nodeCpu: number;
}

/**
 * What a batch's wall time splits into, ms. The reuse plan (sketch and sync, rank, texts, check)
 * runs beside the articles' write; `waitPlan` is how long the written transaction then waited.
 */
const SEGMENTS = [
  'hashes',
  'write',
  'sketch',
  'rank',
  'texts',
  'check',
  'waitPlan',
  'reuseW',
  'alerts',
  'commit',
] as const;
type Column = readonly [string, (b: BatchTimes) => number, (n: number) => string];

function segments(b: BatchTimes): Record<(typeof SEGMENTS)[number], number> {
  const at = (step: WriteStep, otherwise: number) => b.steps.get(step) ?? otherwise;
  const hashes = at('hashes-read', 0);
  const written = at('articles-written', hashes);
  const sketched = at('reuse-sketched', hashes);
  const synced = at('reuse-index-synced', sketched);
  const ranked = at('reuse-ranked', synced);
  const textsRead = at('reuse-texts-read', ranked);
  const planned = at('reuse-checked', textsRead);
  const reuseWritten = at('reuse-written', Math.max(written, planned));
  const alerts = at('alerts-raised', reuseWritten);
  return {
    hashes,
    write: written - hashes,
    sketch: synced - hashes,
    rank: ranked - synced,
    texts: textsRead - ranked,
    check: planned - textsRead,
    waitPlan: Math.max(0, planned - written),
    reuseW: reuseWritten - Math.max(written, planned),
    alerts: alerts - reuseWritten,
    commit: at('committed', alerts) - alerts,
  };
}

async function timeline(pid: number, label: string): Promise<void> {
  const batches: BatchTimes[] = [];
  let extractMs = 0;
  let lastWriteEnd = performance.now();
  const started = performance.now();
  const nodeBefore = bench.cpuSeconds('self');
  const neo4jBefore = bench.cpuSeconds(pid);
  const threadsBefore = bench.threadCpuSeconds(pid);
  const summary = await runIngest([file], {
    batchSize,
    extract: (raw: RawArticle) => {
      const t = performance.now();
      const extracted = extractArticle(raw);
      extractMs += performance.now() - t;
      return extracted;
    },
    sink: {
      awaitSearchable: () => ingestRepository.awaitSearchable(),
      writeBatch: async (batch) => {
        const called = performance.now();
        const times: BatchTimes = {
          articles: batch.length,
          extractMs,
          idleMs: called - lastWriteEnd,
          steps: new Map(),
          counts: {},
          totalMs: 0,
          boltCpu: 0,
          neo4jCpu: 0,
          nodeCpu: 0,
        };
        extractMs = 0;
        const threads = bench.threadCpuSeconds(pid);
        const neo4j = bench.cpuSeconds(pid);
        const node = bench.cpuSeconds('self');
        const outcome = await ingestRepository.writeBatch(batch, {
          textReuse,
          trace: (step, counts) => {
            times.steps.set(step, performance.now() - called);
            Object.assign(times.counts, counts);
          },
        });
        lastWriteEnd = performance.now();
        times.totalMs = lastWriteEnd - called;
        times.boltCpu =
          (bench.threadCpuSeconds(pid).get(BOLT_WORKER) ?? 0) - (threads.get(BOLT_WORKER) ?? 0);
        times.neo4jCpu = bench.cpuSeconds(pid) - neo4j;
        times.nodeCpu = bench.cpuSeconds('self') - node;
        batches.push(times);
        return outcome;
      },
    },
  });
  const searchableMs = performance.now() - lastWriteEnd;
  const seconds = (performance.now() - started) / 1000;

  console.log(
    `\n${label}: ${fmt(seconds)} s, ${summary.created} stored; CPU neo4j ${fmt(bench.cpuSeconds(pid) - neo4jBefore)} s, node ${fmt(bench.cpuSeconds('self') - nodeBefore)} s; load ${bench.loadAverage()}`,
  );
  const ms = (n: number) => fmt(n, 0);
  const columns: Column[] = [
    ['arts', (b) => b.articles, String],
    ['extract', (b) => b.extractMs, ms],
    ['idle', (b) => b.idleMs, ms],
    ...SEGMENTS.map((name): Column => [name, (b) => segments(b)[name], ms]),
    ['total', (b) => b.totalMs, ms],
    ['boltCPU', (b) => b.boltCpu, (n) => fmt(n, 2)],
    ['neo4jCPU', (b) => b.neo4jCpu, (n) => fmt(n, 2)],
    ['nodeCPU', (b) => b.nodeCpu, (n) => fmt(n, 2)],
    ['cands', (b) => b.counts.texts ?? 0, String],
    ['read', (b) => b.counts.read ?? 0, String],
    ['kchars', (b) => (b.counts.chars ?? 0) / 1000, ms],
    ['checks', (b) => b.counts.comparisons ?? 0, String],
  ];
  const line = (first: string, cells: string[]) =>
    `  ${first.padStart(5)} ${cells.map((cell, i) => cell.padStart(Math.max(6, columns[i]![0].length))).join(' ')}`;
  console.log(
    line(
      'batch',
      columns.map(([name]) => name),
    ),
  );
  batches.forEach((b, i) =>
    console.log(
      line(
        String(i + 1),
        columns.map(([, value, show]) => show(value(b))),
      ),
    ),
  );
  console.log(
    line(
      'sum',
      columns.map(([, value, show]) => show(batches.reduce((sum, b) => sum + value(b), 0))),
    ),
  );
  console.log(`  then the search refresh awaited: ${fmt(searchableMs, 0)} ms`);
  console.log(
    `  neo4j CPU by thread: ${bench.threadCpuSpent(threadsBefore, bench.threadCpuSeconds(pid), 0.1)}`,
  );
}

console.log(
  `ingest profile — ${path.relative(process.cwd(), bench.corpus)}${bench.limit === undefined ? '' : ` (first ${bench.limit} records)`}, batch ${batchSize}, ${bulkLoad ? 'JVM started for the load (C1 only)' : 'default JVM'}, text reuse ${textReuse ? 'on' : 'off'}; load ${bench.loadAverage()}`,
);
const db = await bench.freshDatabase({ bulkLoad });
try {
  await timeline(db.pid, 'fresh JVM');
  if (process.env.TIMELINE_WARM === '1') {
    await bench.emptyStore();
    await timeline(db.pid, 'warm JVM (store emptied)');
  }
} finally {
  await closeDriver();
  await db.stop();
  rmSync(scratch, { recursive: true, force: true });
}

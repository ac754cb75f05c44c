/**
 * `npm run bench:ingest`: ingests kcna-2011.jsonl (11,272 articles) into an empty database and prints
 * articles/s end to end (also without text reuse, to show its cost), extraction alone, and the
 * ratio to two anchors in the same run: an
 * independent minimal writer (bench/lib/minimal-writer.ts, plain batched UNWIND … MERGE) writing the
 * same already-extracted rows, and `neo4j-admin database import` of the same nodes and
 * relationships from CSV files (bench/lib/admin-import.ts; CSV writing timed apart from the import,
 * and the schema built on the imported store timed apart too). Medians over BENCH_RUNS runs.
 * Uses its own local Neo4j (port BENCH_NEO4J_PORT, default 7690; data in BENCH_NEO4J_DATA_DIR,
 * default var/neo4j-bench-ingest), wiped before each run. BENCH_INGEST_BATCH overrides the batch
 * size of both writers; BENCH_INGEST_LIMIT takes only the file's first N records (a quick check).
 * Each fresh run of either writer is followed by one in the same JVM with the store emptied (warm)
 * and one in a JVM started as `npm run ingest` starts its own (bulk load: C1 only).
 * Besides wall time it prints the CPU seconds Neo4j and Node spent and the load average: on a
 * shared machine wall time swings with the neighbours, CPU time much less.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDriver } from '../graph-db/driver';
import { applySchemaMigrations } from '../graph-db/migrations/migrations';
import { distinctByKey } from '../model/distinct-by-key';
import { ingestRepository } from '../graph-db/repositories/ingest-repository';
import { startLocalNeo4j } from '../graph-db/server/local-neo4j';
import { createDefaultExtractor } from '../ingest/default-extractor';
import { readInputs } from '../ingest/read-inputs';
import { DEFAULT_BATCH_SIZE, runIngest } from '../ingest/run-ingest';
import type { ExtractedArticle } from '../ingest/types';
import { runAdminImport, writeImportCsv } from './lib/admin-import';
import {
  checkCorpus,
  config,
  corpus,
  corpusSlice,
  cpuSeconds,
  emptyStore,
  freshDatabase,
  limit,
  loadAverage,
  threadCpuSeconds,
  threadCpuSpent,
} from './lib/ingest-bench';
import { writeMinimal } from './lib/minimal-writer';
import { fmt, median, rssMiB } from './lib/stats';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const batchSize = Number(process.env.BENCH_INGEST_BATCH ?? DEFAULT_BATCH_SIZE);
const extract = createDefaultExtractor();
checkCorpus();
/** Scratch files of this run: the corpus slice and the import's CSV files. */
const scratch = mkdtempSync(path.join(os.tmpdir(), 'narragraph-bench-ingest-'));
const file = corpusSlice(scratch);

async function readAndExtract(): Promise<{
  articles: ExtractedArticle[];
  parseSeconds: number;
  extractSeconds: number;
}> {
  const raws = [];
  let started = performance.now();
  for await (const result of readInputs([file], { titleFromText: true }))
    if (result.ok) raws.push(result.article);
  const parseSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const articles = raws.map(extract);
  return { articles, parseSeconds, extractSeconds: (performance.now() - started) / 1000 };
}

console.log(
  `bench:ingest — ${path.relative(process.cwd(), corpus)}${limit === undefined ? '' : ` (first ${limit} records)`}, ${runs} run(s) of each, batch ${batchSize}, load average ${loadAverage()}`,
);
const extraction: number[] = [];
let extracted: ExtractedArticle[] = [];
for (let run = 0; run < runs; run += 1) {
  const { articles, parseSeconds, extractSeconds } = await readAndExtract();
  extraction.push(extractSeconds);
  extracted = articles;
  console.log(
    `  read+parse ${fmt(parseSeconds)} s, extract ${fmt(extractSeconds)} s (${articles.length} articles)`,
  );
}

const pipeline: number[] = [];
const withoutReuse: number[] = [];
const withoutReuseCpu: number[] = [];
const baseline: number[] = [];
const csvWrite: number[] = [];
const adminImport: number[] = [];
const importSchema: number[] = [];
const importCpu: number[] = [];
const pipelineCpu: number[] = [];
const baselineCpu: number[] = [];
const bulkPipeline: number[] = [];
const bulkPipelineCpu: number[] = [];
const bulkBaseline: number[] = [];
const bulkBaselineCpu: number[] = [];
const warmPipeline: number[] = [];
const warmPipelineCpu: number[] = [];
const warmBaseline: number[] = [];
const warmBaselineCpu: number[] = [];
let stored = 0;
let neo4jRss: number | undefined;
for (let run = 0; run < runs; run += 1) {
  // Each measurement starts from an empty store and a fresh JVM, so neither side inherits a warm cache.
  let db = await freshDatabase();
  let neo4jCpu: number;
  let nodeCpu: number;
  const timedPipeline = async (seconds: number[], cpu: number[], label: string) => {
    const neo4jBefore = cpuSeconds(db.pid);
    const nodeBefore = cpuSeconds('self');
    const threads = threadCpuSeconds(db.pid);
    const summary = await runIngest([file], { sink: ingestRepository, extract, batchSize });
    seconds.push(summary.seconds);
    cpu.push(cpuSeconds(db.pid) - neo4jBefore);
    const threadsAfter = threadCpuSeconds(db.pid);
    console.log(
      `  pipeline run ${run + 1}${label}: ${fmt(summary.seconds)} s, ${summary.created} stored, ${summary.rejected.length} rejected; CPU neo4j ${fmt(cpu.at(-1)!)} s, node ${fmt(cpuSeconds('self') - nodeBefore)} s; load ${loadAverage()}`,
    );
    console.log(`    neo4j CPU by thread: ${threadCpuSpent(threads, threadsAfter)}`);
    return summary;
  };
  const minimal = async (seconds: number[], cpu: number[], label: string) => {
    neo4jCpu = cpuSeconds(db.pid);
    nodeCpu = cpuSeconds('self');
    const threads = threadCpuSeconds(db.pid);
    const started = performance.now();
    await writeMinimal(
      distinctByKey(extracted, (article) => article.key),
      batchSize,
    );
    // Its writes are searchable only then, as the pipeline's are when runIngest returns.
    await ingestRepository.awaitSearchable();
    seconds.push((performance.now() - started) / 1000);
    cpu.push(cpuSeconds(db.pid) - neo4jCpu);
    console.log(
      `  baseline run ${run + 1}${label}: ${fmt(seconds.at(-1)!)} s; CPU neo4j ${fmt(cpu.at(-1)!)} s, node ${fmt(cpuSeconds('self') - nodeCpu)} s; load ${loadAverage()}`,
    );
    console.log(`    neo4j CPU by thread: ${threadCpuSpent(threads, threadCpuSeconds(db.pid))}`);
  };
  stored = (await timedPipeline(pipeline, pipelineCpu, '')).created;
  neo4jRss = await rssMiB(db.pid);

  // The same again in this JVM, the store emptied: what a warm server spends.
  await emptyStore();
  await timedPipeline(warmPipeline, warmPipelineCpu, ', warm JVM');
  await closeDriver();
  await db.stop();

  // The same in a JVM started for the load alone, as `npm run ingest` starts one (C1 only), and
  // the minimal writer in another such JVM: the pair behind that run's ratio.
  db = await freshDatabase({ bulkLoad: true });
  await timedPipeline(bulkPipeline, bulkPipelineCpu, ', JVM started for the load');
  await closeDriver();
  await db.stop();
  db = await freshDatabase({ bulkLoad: true });
  await minimal(bulkBaseline, bulkBaselineCpu, ', JVM started for the load');
  await closeDriver();
  await db.stop();

  // The same pipeline without text reuse: what reuse detection adds to end to end.
  db = await freshDatabase();
  neo4jCpu = cpuSeconds(db.pid);
  nodeCpu = cpuSeconds('self');
  const noReuse = await runIngest([file], {
    sink: {
      ...ingestRepository,
      writeBatch: (batch) => ingestRepository.writeBatch(batch, { textReuse: false }),
    },
    extract,
    batchSize,
  });
  withoutReuse.push(noReuse.seconds);
  withoutReuseCpu.push(cpuSeconds(db.pid) - neo4jCpu);
  console.log(
    `  pipeline without text reuse, run ${run + 1}: ${fmt(noReuse.seconds)} s; CPU neo4j ${fmt(withoutReuseCpu.at(-1)!)} s, node ${fmt(cpuSeconds('self') - nodeCpu)} s; load ${loadAverage()}`,
  );
  await closeDriver();
  await db.stop();

  db = await freshDatabase();
  await minimal(baseline, baselineCpu, '');
  const baselineCounts = await ingestRepository.counts();
  await emptyStore();
  await minimal(warmBaseline, warmBaselineCpu, ', warm JVM');
  await closeDriver();
  await db.stop();

  // The physical anchor: CSV files, then the import tool into an empty data directory.
  rmSync(config.dataDir, { recursive: true, force: true });
  const csvDir = path.join(scratch, `import-${run + 1}`);
  const csvStarted = performance.now();
  const files = writeImportCsv(
    distinctByKey(extracted, (article) => article.key),
    csvDir,
  );
  csvWrite.push((performance.now() - csvStarted) / 1000);
  const imported = await runAdminImport(files, config, csvDir);
  adminImport.push(imported.seconds);
  importCpu.push(imported.cpuSeconds);
  rmSync(csvDir, { recursive: true, force: true });
  // The imported store opens in the local Neo4j; its schema is built there, timed apart.
  db = await startLocalNeo4j(config, () => {});
  process.env.NEO4J_URI = db.uri;
  const schemaStarted = performance.now();
  await applySchemaMigrations();
  importSchema.push((performance.now() - schemaStarted) / 1000);
  const importCounts = await ingestRepository.counts();
  const same = JSON.stringify(importCounts) === JSON.stringify(baselineCounts);
  console.log(
    `  import run ${run + 1}: CSV ${fmt(csvWrite.at(-1)!)} s, neo4j-admin import ${fmt(imported.seconds)} s (${imported.nodes} nodes, ${imported.relationships} relationships; CPU ${fmt(imported.cpuSeconds)} s), schema on the imported store ${fmt(importSchema.at(-1)!)} s; counts ${same ? 'equal to the baseline' : `DIFFER: import ${JSON.stringify(importCounts)}, baseline ${JSON.stringify(baselineCounts)}`}; load ${loadAverage()}`,
  );
  await closeDriver();
  await db.stop();
}
await closeDriver();
rmSync(config.dataDir, { recursive: true, force: true });
rmSync(scratch, { recursive: true, force: true });

const pipelineMedian = median(pipeline);
const baselineMedian = median(baseline);
const extractMedian = median(extraction);
console.log('\nresults (medians)');
console.log(
  `  end to end:       ${fmt(pipelineMedian)} s  = ${fmt(stored / pipelineMedian, 0)} articles/s   (target: whole file < 60 s)`,
);
console.log(
  `  without text reuse: ${fmt(median(withoutReuse))} s; text reuse adds ${fmt((pipelineMedian / median(withoutReuse) - 1) * 100, 0)}%   (goal <= 25%)`,
);
console.log(
  `  extraction alone: ${fmt(extractMedian)} s  = ${fmt(extracted.length / extractMedian, 0)} articles/s`,
);
console.log(
  `  baseline (minimal UNWIND MERGE writer): ${fmt(baselineMedian)} s  = ${fmt(extracted.length / baselineMedian, 0)} articles/s`,
);
console.log(
  `  ratio pipeline / baseline: ${fmt(pipelineMedian / baselineMedian, 2)}   (target <= 2)`,
);
const anchorMedian = median(csvWrite.map((csv, i) => csv + adminImport[i]!));
console.log(
  `  neo4j-admin import: CSV ${fmt(median(csvWrite))} s + import ${fmt(median(adminImport))} s = ${fmt(anchorMedian)} s  = ${fmt(extracted.length / anchorMedian, 0)} articles/s; schema on the imported store ${fmt(median(importSchema))} s more`,
);
console.log(`  ratio pipeline / import (CSV + import): ${fmt(pipelineMedian / anchorMedian, 2)}`);
console.log(`  neo4j-admin import CPU: ${fmt(median(importCpu))} s`);
console.log(
  `  neo4j CPU:        pipeline ${fmt(median(pipelineCpu))} s, without text reuse ${fmt(median(withoutReuseCpu))} s, baseline ${fmt(median(baselineCpu))} s   (load average now ${loadAverage()})`,
);
console.log(
  `  JVM started for the load (npm run ingest's, C1 only): pipeline ${fmt(median(bulkPipeline))} s, baseline ${fmt(median(bulkBaseline))} s, ratio ${fmt(median(bulkPipeline) / median(bulkBaseline), 2)}; neo4j CPU pipeline ${fmt(median(bulkPipelineCpu))} s, baseline ${fmt(median(bulkBaselineCpu))} s`,
);
console.log(
  `  warm JVM (a second run in the same JVM, store emptied): pipeline ${fmt(median(warmPipeline))} s, baseline ${fmt(median(warmBaseline))} s, ratio ${fmt(median(warmPipeline) / median(warmBaseline), 2)}; neo4j CPU pipeline ${fmt(median(warmPipelineCpu))} s, baseline ${fmt(median(warmBaselineCpu))} s`,
);
console.log(
  `  node RSS ${fmt(process.memoryUsage().rss / 1048576, 0)} MiB, neo4j RSS ${neo4jRss === undefined ? 'n/a' : fmt(neo4jRss, 0)} MiB`,
);

/**
 * `npm run bench:ingest`: ingests kcna-2011.jsonl (11,272 articles) into an empty database and prints
 * articles/s end to end, extraction alone, and the ratio to a baseline that writes the same
 * already-extracted rows with plain batched UNWIND in the same run. Medians over BENCH_RUNS runs.
 * Uses its own local Neo4j (port 7690, var/neo4j-bench-ingest), wiped before each run.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readLocalNeo4jConfig } from '../graph-db/config';
import { closeDriver, writeTransaction } from '../graph-db/driver';
import { applyMigrations } from '../graph-db/migrations/migrations';
import { writeArticles } from '../graph-db/queries/ingest.cypher';
import { ingestRepository } from '../graph-db/repositories/ingest-repository';
import { startLocalNeo4j } from '../graph-db/server/local-neo4j';
import { createDefaultExtractor } from '../ingest/default-extractor';
import { readInputs } from '../ingest/read-inputs';
import { DEFAULT_BATCH_SIZE, runIngest } from '../ingest/run-ingest';
import type { ExtractedArticle } from '../ingest/types';
import { fmt, median, rssMiB } from './lib/stats';

const file = path.resolve(process.env.BENCH_INGEST_FILE ?? '../shared/corpus/kcna-2011.jsonl');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const extract = createDefaultExtractor();
if (!existsSync(file)) {
  console.error(
    `The corpus file ${file} is missing: put ../shared beside the repository or set BENCH_INGEST_FILE.`,
  );
  process.exit(1);
}

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

/** Same rows, same statements, none of the pipeline: no parsing, extraction or hash checks. */
async function baselineWrite(articles: readonly ExtractedArticle[]): Promise<void> {
  const unique = [...new Map(articles.map((a) => [a.key, a])).values()];
  for (let i = 0; i < unique.length; i += DEFAULT_BATCH_SIZE) {
    const batch = unique.slice(i, i + DEFAULT_BATCH_SIZE);
    await writeTransaction((tx) => writeArticles(tx, batch));
  }
}

const config = readLocalNeo4jConfig({
  NEO4J_BOLT_PORT: process.env.BENCH_NEO4J_PORT ?? '7690',
  NEO4J_DATA_DIR: 'var/neo4j-bench-ingest',
  NEO4J_HEAP_MB: process.env.NEO4J_HEAP_MB ?? '2048',
  NEO4J_PAGECACHE_MB: process.env.NEO4J_PAGECACHE_MB ?? '1024',
});

async function freshDatabase() {
  rmSync(config.dataDir, { recursive: true, force: true });
  const running = await startLocalNeo4j(config, () => {});
  process.env.NEO4J_URI = running.uri;
  await applyMigrations();
  return running;
}

console.log(
  `bench:ingest — ${path.relative(process.cwd(), file)}, ${runs} run(s) of each, batch ${DEFAULT_BATCH_SIZE}`,
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
const baseline: number[] = [];
let stored = 0;
let neo4jRss: number | undefined;
for (let run = 0; run < runs; run += 1) {
  // Each measurement starts from an empty store and a fresh JVM, so neither side inherits a warm cache.
  let db = await freshDatabase();
  const summary = await runIngest([file], {
    write: (batch) => ingestRepository.writeBatch(batch),
    extract,
  });
  pipeline.push(summary.seconds);
  stored = summary.created;
  neo4jRss = await rssMiB(db.pid);
  console.log(
    `  pipeline run ${run + 1}: ${fmt(summary.seconds)} s, ${summary.created} stored, ${summary.rejected.length} rejected`,
  );
  await closeDriver();
  await db.stop();

  db = await freshDatabase();
  const started = performance.now();
  await baselineWrite(extracted);
  baseline.push((performance.now() - started) / 1000);
  console.log(`  baseline run ${run + 1}: ${fmt(baseline.at(-1)!)} s`);
  await closeDriver();
  await db.stop();
}
await closeDriver();
rmSync(config.dataDir, { recursive: true, force: true });

const pipelineMedian = median(pipeline);
const baselineMedian = median(baseline);
const extractMedian = median(extraction);
console.log('\nresults (medians)');
console.log(
  `  end to end:       ${fmt(pipelineMedian)} s  = ${fmt(stored / pipelineMedian, 0)} articles/s   (target: whole file < 60 s)`,
);
console.log(
  `  extraction alone: ${fmt(extractMedian)} s  = ${fmt(extracted.length / extractMedian, 0)} articles/s`,
);
console.log(
  `  baseline UNWIND:  ${fmt(baselineMedian)} s  = ${fmt(extracted.length / baselineMedian, 0)} articles/s`,
);
console.log(
  `  ratio pipeline / baseline: ${fmt(pipelineMedian / baselineMedian, 2)}   (target <= 2)`,
);
console.log(
  `  node RSS ${fmt(process.memoryUsage().rss / 1048576, 0)} MiB, neo4j RSS ${neo4jRss === undefined ? 'n/a' : fmt(neo4jRss, 0)} MiB`,
);

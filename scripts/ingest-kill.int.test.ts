import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTransaction } from '@/graph-db/driver';
import { toNumber, toStringValue } from '@/graph-db/neo4j-values';
import {
  closeDriver,
  connectTestDatabase,
  resetDatabase,
  testDatabaseEnv,
} from '@/graph-db/testing/test-database';

/**
 * An ingest killed with SIGKILL in the middle of a run, then run again, must leave exactly what
 * one clean run leaves: batches are transactions (a killed one leaves nothing) and re-running skips
 * what was stored (content hash) and MERGEs the rest. The real CLI is spawned, on a real corpus
 * slice, against the shared test database.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(root, '../shared/corpus/kcna-2011.jsonl');
/** Three batches of 500: enough to kill between commits, small enough to keep the test short. */
const SLICE_LINES = 1_500;
const tsx = path.join(root, 'node_modules/.bin/tsx');

connectTestDatabase();

interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
}

/** Spawns `tsx scripts/ingest.ts <file>` in its own process group (tsx runs Node as a child). */
function spawnIngest(file: string) {
  const child = spawn(tsx, ['scripts/ingest.ts', file], {
    cwd: root,
    env: testDatabaseEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': the output is complete only once every process holding the pipes is gone.
  const exited = new Promise<RunResult>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, output }));
  });
  return { child, exited };
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function articleCount(): Promise<number> {
  return readTransaction(async (tx) => {
    const result = await tx.run('MATCH (a:Article) RETURN count(a) AS n');
    return toNumber(result.records[0]?.get('n'));
  });
}

/** Runs the CLI to completion and returns its summary counts. */
async function ingestToEnd(file: string) {
  const { exited } = spawnIngest(file);
  const run = await exited;
  expect(run.code, run.output).toBe(0);
  const summary =
    /Read (\d+) records .*: (\d+) stored new, (\d+) updated, (\d+) unchanged, (\d+) rejected\./.exec(
      run.output,
    );
  expect(summary, run.output).not.toBeNull();
  const [read = 0, created = 0, updated = 0, unchanged = 0, rejected = 0] = (summary ?? [])
    .slice(1)
    .map(Number);
  return { read, created, updated, unchanged, rejected };
}

interface ArticleRow {
  readonly key: string;
  readonly contentHash: string;
  readonly textLength: number;
  readonly publishedBy: number;
  readonly mentions: number;
  readonly mentionCountSum: number;
  readonly quotes: number;
  readonly attributes: number;
  readonly cites: number;
  readonly advances: number;
  readonly relatedTo: number;
}

const ARTICLES_CYPHER = `
MATCH (a:Article) WHERE NOT coalesce(a.stub, false)
RETURN a.key AS key, a.contentHash AS contentHash, size(coalesce(a.text, '')) AS textLength,
       COUNT { (a)-[:PUBLISHED_BY]->(:Source) } AS publishedBy,
       COUNT { (a)-[:MENTIONS]->(:Actor) } AS mentions,
       reduce(total = 0, c IN [(a)-[m:MENTIONS]->() | m.count] | total + c) AS mentionCountSum,
       COUNT { (a)-[:QUOTES]->() } AS quotes,
       COUNT { (a)-[:ATTRIBUTES]->() } AS attributes,
       COUNT { (a)-[:CITES]->(:Event) } AS cites,
       COUNT { (a)-[:ADVANCES]->(:Narrative) } AS advances,
       COUNT { (a)-[:RELATED_TO]->() } AS relatedTo
ORDER BY key
`;

/** What a run leaves, without volatile properties (ingestedAt): comparable across runs. */
async function snapshot() {
  return readTransaction(async (tx) => {
    const labels = await tx.run(
      'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    );
    // Evidence: every extracted relationship carries offsets, extractor and confidence, and its
    // sentence or an article whose text holds it.
    const relationships = await tx.run(`
      MATCH ()-[r]->()
      RETURN type(r) AS type, count(*) AS n,
             count(CASE WHEN (r.sentence IS NOT NULL OR startNode(r):Article) AND r.start IS NOT NULL AND r.end IS NOT NULL
                         AND r.extractor IS NOT NULL AND r.confidence IS NOT NULL THEN 1 END) AS withEvidence
      ORDER BY type`);
    const duplicates = await tx.run(`
      CALL () { MATCH (a:Article) WITH a.key AS key, count(*) AS c WHERE c > 1 RETURN count(*) AS articles }
      CALL () { MATCH (a:Article)-[r]->(b)
                WHERE NOT type(r) IN ['QUOTES', 'ATTRIBUTES', 'CITES']
                // A cited outlet may be cited once per sentence: its duplicates share a sentence.
                WITH a, type(r) AS t, b,
                     CASE type(r) WHEN 'CITES_SOURCE' THEN [r.start, r.how] END AS site,
                     count(*) AS c
                WHERE c > 1
                RETURN count(*) AS edges }
      RETURN articles, edges`);
    const articles = await tx.run(ARTICLES_CYPHER);
    return {
      labels: Object.fromEntries(
        labels.records.map((r) => [toStringValue(r.get('label')), toNumber(r.get('n'))]),
      ),
      relationships: Object.fromEntries(
        relationships.records.map((r) => [
          toStringValue(r.get('type')),
          { count: toNumber(r.get('n')), withEvidence: toNumber(r.get('withEvidence')) },
        ]),
      ),
      duplicateArticles: toNumber(duplicates.records[0]?.get('articles')),
      duplicateEdges: toNumber(duplicates.records[0]?.get('edges')),
      articles: articles.records.map((r): ArticleRow => ({
        key: toStringValue(r.get('key')),
        contentHash: toStringValue(r.get('contentHash')),
        textLength: toNumber(r.get('textLength')),
        publishedBy: toNumber(r.get('publishedBy')),
        mentions: toNumber(r.get('mentions')),
        mentionCountSum: toNumber(r.get('mentionCountSum')),
        quotes: toNumber(r.get('quotes')),
        attributes: toNumber(r.get('attributes')),
        cites: toNumber(r.get('cites')),
        advances: toNumber(r.get('advances')),
        relatedTo: toNumber(r.get('relatedTo')),
      })),
    };
  });
}

async function writeSlice(target: string): Promise<void> {
  const lines: string[] = [];
  const reader = createInterface({ input: createReadStream(CORPUS), crlfDelay: Infinity });
  for await (const line of reader) {
    lines.push(line);
    if (lines.length === SLICE_LINES) break;
  }
  reader.close();
  await writeFile(target, `${lines.join('\n')}\n`);
}

const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) {
  console.warn(
    `Skipping the SIGKILL ingest test: ${CORPUS} is absent (../shared beside the repo).`,
  );
}

describe.skipIf(!hasCorpus)('ingest killed with SIGKILL mid-run, then run again', () => {
  let dir = '';
  let slice = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'narragraph-kill-'));
    slice = path.join(dir, 'kcna-2011-slice.jsonl');
    await writeSlice(slice);
    await resetDatabase();
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await closeDriver();
  });

  it('leaves the same graph as one clean run: no duplicate, no half-written article', async () => {
    // 1. Kill the CLI (the whole process group, like `kill -9` on the job) once a batch landed.
    const killed = spawnIngest(slice);
    const pid = killed.child.pid;
    if (pid === undefined) throw new Error('ingest did not start');
    let exitedEarly = false;
    void killed.exited.then(() => (exitedEarly = true));
    const deadline = Date.now() + 120_000;
    while ((await articleCount()) === 0) {
      if (exitedEarly)
        throw new Error(`ingest exited before writing:\n${(await killed.exited).output}`);
      if (Date.now() > deadline) throw new Error('no article was written within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.kill(-pid, 'SIGKILL');
    const run = await killed.exited;
    expect(run.signal).toBe('SIGKILL');
    expect(run.output).not.toMatch(/^Read \d+ records/m); // it never reached its summary
    while (groupAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
    const afterKill = await snapshot();

    // 2. Run again to completion.
    const resumed = await ingestToEnd(slice);
    const afterResume = await snapshot();

    // 3. Reset and run once, cleanly.
    await resetDatabase();
    const clean = await ingestToEnd(slice);
    const afterClean = await snapshot();

    // The kill really was mid-run: some, not all, articles were stored.
    expect(afterKill.articles.length).toBeGreaterThan(0);
    expect(afterKill.articles.length).toBeLessThan(afterClean.articles.length);
    // The second run skipped what the killed one committed and stored the rest.
    expect(resumed.unchanged).toBe(afterKill.articles.length);
    expect(resumed.created + resumed.updated + resumed.unchanged).toBe(
      clean.created + clean.updated + clean.unchanged,
    );
    expect(resumed.read).toBe(clean.read);
    expect(resumed.rejected).toBe(clean.rejected);

    // Identical graphs: every label, every relationship type with its evidence, every article.
    expect(afterResume.labels).toEqual(afterClean.labels);
    expect(afterResume.relationships).toEqual(afterClean.relationships);
    expect(afterResume.articles).toEqual(afterClean.articles);
    expect(afterResume.duplicateArticles).toBe(0);
    expect(afterResume.duplicateEdges).toBe(0);

    // Whole articles only, even right after the kill: each stored one is exactly as a clean run
    // stores it (source edge, text, mentions, citations...), never a prefix of its batch's writes.
    const cleanByKey = new Map(afterClean.articles.map((a) => [a.key, a]));
    for (const article of afterKill.articles) expect(article).toEqual(cleanByKey.get(article.key));

    // The invariants themselves, so "equal" cannot mean "equally broken".
    for (const article of afterClean.articles) {
      expect(article.publishedBy).toBe(1);
      expect(article.textLength).toBeGreaterThan(0);
      expect(article.contentHash).not.toBe('');
    }
    expect(afterClean.articles.some((a) => a.mentions > 0)).toBe(true);
    for (const [type, counts] of Object.entries(afterClean.relationships)) {
      expect(counts.withEvidence, type).toBe(counts.count);
    }
  }, 600_000);
});

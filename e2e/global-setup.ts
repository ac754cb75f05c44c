import path from 'node:path';
import { closeDriver, runAutoCommit } from '../graph-db/driver';
import { applyMigrations } from '../graph-db/migrations/migrations';
import { apiKeyRepository } from '../graph-db/repositories/api-key-repository';
import { ingestRepository } from '../graph-db/repositories/ingest-repository';
import { createDefaultExtractor } from '../ingest/default-extractor';
import { formatProblem, runIngest } from '../ingest/run-ingest';

/**
 * E2E data: the test database is wiped, migrated and loaded with the seed page plus a small fixture
 * set (e2e/fixtures/articles.jsonl), so every spec sees the same graph. NEO4J_URI points at the
 * test database (scripts/test.ts sets it; by hand: NEO4J_URI=bolt://127.0.0.1:7688).
 */
export const SEED_PAGE = path.resolve('demo', 'kcna-watch-page-2021-08-01.txt');
export const FIXTURE_ARTICLES = path.resolve('e2e', 'fixtures', 'articles.jsonl');
/** One article whose title, source, URL and text are attacks on the reader's browser. */
export const HOSTILE_ARTICLES = path.resolve('e2e', 'fixtures', 'hostile.jsonl');
/** Two articles years apart sharing a paragraph: text reuse. */
export const REUSE_ARTICLES = path.resolve('e2e', 'fixtures', 'reuse.jsonl');

export default async function globalSetup(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (uri === undefined || uri === '') {
    throw new Error('E2E needs NEO4J_URI pointing at a test Neo4j (its data is deleted).');
  }
  if (/:7687\b/.test(uri) && process.env.E2E_ALLOW_DEFAULT_PORT !== '1') {
    // 7687 is the app's own database: refuse to wipe it by accident.
    throw new Error(`Refusing to wipe ${uri}: point NEO4J_URI at the test Neo4j (port 7688).`);
  }
  try {
    await runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await applyMigrations();
    const summary = await runIngest(
      [SEED_PAGE, FIXTURE_ARTICLES, HOSTILE_ARTICLES, REUSE_ARTICLES],
      {
        sink: ingestRepository,
        extract: createDefaultExtractor(),
      },
    );
    if (summary.created === 0 || summary.rejected.length > 0) {
      throw new Error(
        `E2E data did not load cleanly: ${summary.created} stored, rejected:\n${summary.rejected
          .map(formatProblem)
          .join('\n')}`,
      );
    }
    // Workers inherit the environment the global setup leaves: specs call the API with this key.
    process.env.E2E_WRITE_KEY = (await apiKeyRepository.create('e2e write key', 'write')).key;
  } finally {
    await closeDriver();
  }
}

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { runIngest } from '@/ingest/run-ingest';
import { ingestRepository } from '../repositories/ingest-repository';
import { closeDriver, runAutoCommit } from '../driver';
import { applyMigrations } from '../migrations/migrations';

/** The environment that points a process (this one, or a CLI a test spawns) at the test database. */
export function testDatabaseEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: inject('neo4jTestUri'),
    NEO4J_USERNAME: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
  };
}

/** Points this test file's driver at the test database. Call at module top level. */
export function connectTestDatabase(): void {
  const env = testDatabaseEnv();
  process.env.NEO4J_URI = env.NEO4J_URI;
  process.env.NEO4J_USERNAME = env.NEO4J_USERNAME;
  process.env.NEO4J_PASSWORD = env.NEO4J_PASSWORD;
}

/** Deletes every node and relationship, in batches so a large test graph does not blow the heap. */
export async function resetDatabase(): Promise<void> {
  await runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await applyMigrations();
}

export { closeDriver };

/**
 * Ingests generic JSONL records through the plain ingest repository, as the ingest CLI (another
 * process) would: no read cache learns of the write, except through the driver's write count
 * (`localWriteCount`), which only the production cache follows. Returns the number stored.
 */
export async function ingestRecordsElsewhere(records: readonly object[]): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'narragraph-records-'));
  try {
    const file = path.join(dir, 'records.jsonl');
    await writeFile(file, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
    const summary = await runIngest([file], { sink: ingestRepository });
    if (summary.rejected.length > 0)
      throw new Error(`records rejected: ${JSON.stringify(summary.rejected)}`);
    return summary.created;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

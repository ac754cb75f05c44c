import { inject } from 'vitest';
import { closeDriver, runAutoCommit } from '../driver';
import { applyMigrations } from '../migrations/migrations';

/** Points this test file's driver at the test database. Call at module top level. */
export function connectTestDatabase(): void {
  process.env.NEO4J_URI = inject('neo4jTestUri');
  process.env.NEO4J_USERNAME = process.env.NEO4J_TEST_USERNAME ?? 'neo4j';
  process.env.NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD ?? '';
}

/** Deletes every node and relationship, in batches so a large test graph does not blow the heap. */
export async function resetDatabase(): Promise<void> {
  await runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await applyMigrations();
}

export { closeDriver };

import type { ManagedTransaction } from 'neo4j-driver';

/**
 * `search_entities` is eventually consistent (migration 027): a commit queues its full-text updates
 * and a background thread applies them. This waits until every update queued so far is searchable;
 * with nothing queued it returns at once (docs/ingest.md#search-right-after-an-ingest).
 */
export const AWAIT_SEARCH_REFRESH_CYPHER =
  'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';

export async function awaitSearchRefresh(tx: ManagedTransaction): Promise<void> {
  await tx.run(AWAIT_SEARCH_REFRESH_CYPHER);
}

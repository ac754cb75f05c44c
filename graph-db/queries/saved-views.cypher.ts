import type { ManagedTransaction } from 'neo4j-driver';
import { int, toNumber, toStringValue } from '../neo4j-values';

/** A saved view as listed (without its state payload or edit token). */
export interface SavedViewSummaryRow {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly mode: string;
  readonly nodeCount: number;
}

export const LIST_SAVED_VIEWS_CYPHER = `
MATCH (v:SavedView)
RETURN v.slug AS slug, v.name AS name, coalesce(v.description, '') AS description,
       toString(v.createdAt) AS createdAt, toString(coalesce(v.updatedAt, v.createdAt)) AS updatedAt,
       coalesce(v.mode, 'live') AS mode, coalesce(v.nodeCount, 0) AS nodeCount
ORDER BY v.createdAt DESC, v.slug
LIMIT $limit
`;

/** Most recent saved views first. */
export async function listSavedViews(
  tx: ManagedTransaction,
  limit: number,
): Promise<SavedViewSummaryRow[]> {
  const result = await tx.run(LIST_SAVED_VIEWS_CYPHER, { limit: int(limit) });
  return result.records.map((record) => ({
    slug: toStringValue(record.get('slug')),
    name: toStringValue(record.get('name')),
    description: toStringValue(record.get('description')),
    createdAt: toStringValue(record.get('createdAt')),
    updatedAt: toStringValue(record.get('updatedAt')),
    mode: toStringValue(record.get('mode')),
    nodeCount: toNumber(record.get('nodeCount')),
  }));
}

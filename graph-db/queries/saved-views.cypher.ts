import type { ManagedTransaction } from 'neo4j-driver';
import { int, toNumber, toStringValue } from '../neo4j-values';
import type {
  SavedViewSummaryRow,
  SavedViewRow,
  SavedViewFields,
  ForkFields,
} from '../../model/saved-views';

/**
 * Saved views: an explorer state stored under an unguessable slug. The edit token is never stored,
 * only its SHA-256 (`editTokenHash`), and no read returns the hash to callers outside graph-db.
 */

const SUMMARY = `v.slug AS slug, v.name AS name, coalesce(v.description, '') AS description,
       toString(v.createdAt) AS createdAt, toString(coalesce(v.updatedAt, v.createdAt)) AS updatedAt,
       coalesce(v.mode, 'live') AS mode, coalesce(v.nodeCount, 0) AS nodeCount`;

const FULL = `${SUMMARY}, coalesce(v.state, '') AS state, coalesce(v.positions, '{}') AS positions,
       coalesce(v.viewport, '{}') AS viewport, v.dataVersion AS dataVersion`;

export const LIST_SAVED_VIEWS_CYPHER = `
MATCH (v:SavedView)
RETURN ${FULL}
ORDER BY v.createdAt DESC, v.slug
SKIP $skip LIMIT $limit
`;

export const SEARCH_SAVED_VIEWS_CYPHER = `
CALL db.index.fulltext.queryNodes('search_saved_views', $lucene) YIELD node AS v
RETURN ${FULL}
SKIP $skip LIMIT $limit
`;

export const COUNT_SAVED_VIEWS_CYPHER = `MATCH (v:SavedView) RETURN count(v) AS total`;

export const COUNT_SEARCH_SAVED_VIEWS_CYPHER = `
CALL db.index.fulltext.queryNodes('search_saved_views', $lucene) YIELD node
RETURN count(node) AS total`;

export const GET_SAVED_VIEW_CYPHER = `
MATCH (v:SavedView {slug: $slug})
RETURN ${FULL}, v.snapshot AS snapshot, v.editTokenHash AS editTokenHash
`;

export const CREATE_SAVED_VIEW_CYPHER = `
CREATE (v:SavedView {slug: $slug, editTokenHash: $editTokenHash, createdAt: datetime(), updatedAt: datetime()})
SET v += $fields
RETURN ${FULL}
`;

/**
 * A copy of a view in one statement, so what is copied is exactly what is stored at that moment:
 * a snapshot's elements are the stored JSON, never read again from the graph. Properties are
 * named one by one (not `properties(source)`) so a hash, slug or date can never be copied.
 * A null description keeps the source's.
 */
export const FORK_SAVED_VIEW_CYPHER = `
MATCH (source:SavedView {slug: $sourceSlug})
CREATE (v:SavedView {slug: $slug, editTokenHash: $editTokenHash, createdAt: datetime(), updatedAt: datetime()})
SET v.name = $name,
    v.description = coalesce($description, source.description, ''),
    v.state = source.state,
    v.positions = source.positions,
    v.viewport = source.viewport,
    v.mode = source.mode,
    v.dataVersion = source.dataVersion,
    v.nodeCount = source.nodeCount,
    v.snapshot = source.snapshot
RETURN ${FULL}
`;

export const UPDATE_SAVED_VIEW_CYPHER = `
MATCH (v:SavedView {slug: $slug}) WHERE v.editTokenHash = $editTokenHash
SET v += $fields, v.updatedAt = datetime()
RETURN ${FULL}
`;

export const DELETE_SAVED_VIEW_CYPHER = `
MATCH (v:SavedView {slug: $slug}) WHERE v.editTokenHash = $editTokenHash
DETACH DELETE v
RETURN count(*) AS deleted
`;

function toSummary(record: { get(key: string): unknown }): SavedViewSummaryRow {
  return {
    slug: toStringValue(record.get('slug')),
    name: toStringValue(record.get('name')),
    description: toStringValue(record.get('description')),
    createdAt: toStringValue(record.get('createdAt')),
    updatedAt: toStringValue(record.get('updatedAt')),
    mode: toStringValue(record.get('mode')),
    nodeCount: toNumber(record.get('nodeCount')),
  };
}

function toFull(record: { get(key: string): unknown }): SavedViewRow {
  const dataVersion = record.get('dataVersion');
  return {
    ...toSummary(record),
    state: toStringValue(record.get('state')),
    positions: toStringValue(record.get('positions')),
    viewport: toStringValue(record.get('viewport')),
    dataVersion:
      dataVersion === null || dataVersion === undefined ? null : toStringValue(dataVersion),
  };
}

/** Most recent saved views first (with payloads: a page is at most 100 views of ≤ 90 kB). */
export async function listSavedViews(
  tx: ManagedTransaction,
  limit: number,
  skip = 0,
): Promise<SavedViewRow[]> {
  const result = await tx.run(LIST_SAVED_VIEWS_CYPHER, { limit: int(limit), skip: int(skip) });
  return result.records.map(toFull);
}

/** Saved views whose name or description match a (safe, built) Lucene query, best first. */
export async function searchSavedViews(
  tx: ManagedTransaction,
  lucene: string,
  limit: number,
  skip = 0,
): Promise<SavedViewRow[]> {
  const result = await tx.run(SEARCH_SAVED_VIEWS_CYPHER, {
    lucene,
    limit: int(limit),
    skip: int(skip),
  });
  return result.records.map(toFull);
}

/** Number of saved views (matching `lucene` when given). */
export async function countSavedViews(
  tx: ManagedTransaction,
  lucene: string | null,
): Promise<number> {
  const result =
    lucene === null
      ? await tx.run(COUNT_SAVED_VIEWS_CYPHER)
      : await tx.run(COUNT_SEARCH_SAVED_VIEWS_CYPHER, { lucene });
  return toNumber(result.records[0]?.get('total'));
}

/** A view with its stored token hash, or undefined. */
export async function getSavedView(
  tx: ManagedTransaction,
  slug: string,
): Promise<{ view: SavedViewRow; editTokenHash: string } | undefined> {
  const record = (await tx.run(GET_SAVED_VIEW_CYPHER, { slug })).records[0];
  if (!record) return undefined;
  const snapshot: unknown = record.get('snapshot');
  return {
    view: {
      ...toFull(record),
      snapshot: snapshot === null || snapshot === undefined ? null : toStringValue(snapshot),
    },
    editTokenHash: toStringValue(record.get('editTokenHash')),
  };
}

/** Creates a view; fails on a slug collision (unique constraint). */
export async function createSavedView(
  tx: ManagedTransaction,
  slug: string,
  editTokenHash: string,
  fields: SavedViewFields,
): Promise<SavedViewRow> {
  const record = (await tx.run(CREATE_SAVED_VIEW_CYPHER, { slug, editTokenHash, fields }))
    .records[0];
  if (!record) throw new Error('saved view was not created');
  return toFull(record);
}

/** Copies `sourceSlug` as a new view; undefined when there is no such view. */
export async function forkSavedView(
  tx: ManagedTransaction,
  sourceSlug: string,
  slug: string,
  editTokenHash: string,
  fields: ForkFields,
): Promise<SavedViewRow | undefined> {
  const record = (
    await tx.run(FORK_SAVED_VIEW_CYPHER, {
      sourceSlug,
      slug,
      editTokenHash,
      name: fields.name,
      description: fields.description,
    })
  ).records[0];
  return record ? toFull(record) : undefined;
}

/** Replaces a view's fields when the token hash matches; undefined otherwise. */
export async function updateSavedView(
  tx: ManagedTransaction,
  slug: string,
  editTokenHash: string,
  fields: SavedViewFields,
): Promise<SavedViewRow | undefined> {
  const record = (await tx.run(UPDATE_SAVED_VIEW_CYPHER, { slug, editTokenHash, fields }))
    .records[0];
  return record ? toFull(record) : undefined;
}

/** Deletes a view when the token hash matches; true when deleted. */
export async function deleteSavedView(
  tx: ManagedTransaction,
  slug: string,
  editTokenHash: string,
): Promise<boolean> {
  const record = (await tx.run(DELETE_SAVED_VIEW_CYPHER, { slug, editTokenHash })).records[0];
  return toNumber(record?.get('deleted')) > 0;
}

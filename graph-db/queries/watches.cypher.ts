import type { ManagedTransaction } from 'neo4j-driver';
import { int, toNumber, toStringValue } from '../neo4j-values';
import {
  type WatchKind,
  type WatchRow,
  type WatchFields,
  type WatchUpdate,
  type LastDelivery,
  UNREAD_BADGE_CAP,
} from '../../model/watches';

/**
 * Watches: saved searches, narratives, actors, outlets, citation patterns and articles an analyst
 * follows (docs/watches.md). Stored beside saved views with the same edit-token scheme: only the
 * token's SHA-256 is stored. The webhook secret is stored as is (it signs every delivery) and,
 * like the hash, never leaves graph-db except in the delivery rows.
 */

const ROW = `w.id AS id, w.name AS name, w.kind AS kind, w.target AS target, w.query AS query,
       w.webhookUrl IS NOT NULL AS hasWebhook, w.feedTokenHash IS NOT NULL AS hasFeedToken,
       toString(w.createdAt) AS createdAt,
       toString(w.updatedAt) AS updatedAt, toString(w.lastReadAt) AS lastReadAt,
       COUNT { (w)-[:RAISED]->(al:Alert) WHERE w.lastReadAt IS NULL OR al.createdAt > w.lastReadAt } AS unreadCount,
       w.deliveryState AS deliveryState, toString(w.deliveryAt) AS deliveryAt,
       w.deliveryAttempts AS deliveryAttempts, w.deliveryError AS deliveryError,
       toString(w.deliveryNextAt) AS deliveryNextAt`;

export const LIST_WATCHES_CYPHER = `
MATCH (w:Watch)
RETURN ${ROW}
ORDER BY w.createdAt DESC, w.id
SKIP $skip LIMIT $limit
`;

export const COUNT_WATCHES_CYPHER = `MATCH (w:Watch) RETURN count(w) AS total`;

export const GET_WATCH_CYPHER = `
MATCH (w:Watch {id: $id})
RETURN ${ROW}, w.editTokenHash AS editTokenHash
`;

/** Creates nothing when the graph already holds `$max` watches (a count-store read). */
export const CREATE_WATCH_CYPHER = `
OPTIONAL MATCH (x:Watch)
WITH count(x) AS total WHERE total < $max
CREATE (w:Watch {id: $id, editTokenHash: $editTokenHash, webhookSecret: $webhookSecret,
                 createdAt: datetime(), updatedAt: datetime()})
SET w += $fields
RETURN ${ROW}
`;

export const UPDATE_WATCH_CYPHER = `
MATCH (w:Watch {id: $id}) WHERE w.editTokenHash = $editTokenHash
SET w += $fields, w.updatedAt = datetime()
RETURN ${ROW}
`;

/** A reading time in the future would hide alerts not yet raised: it is capped at now. */
export const MARK_WATCH_READ_CYPHER = `
MATCH (w:Watch {id: $id}) WHERE w.editTokenHash = $editTokenHash
WITH w, CASE WHEN $at IS NULL OR datetime($at) > datetime() THEN datetime() ELSE datetime($at) END AS at
SET w.lastReadAt = at
RETURN ${ROW}
`;

/** Sets (a hash) or revokes (null) the Atom feed's read token; a new one replaces the old. */
export const SET_FEED_TOKEN_CYPHER = `
MATCH (w:Watch {id: $id}) WHERE w.editTokenHash = $editTokenHash
SET w.feedTokenHash = $feedTokenHash
RETURN ${ROW}
`;

export const FEED_TOKEN_HASH_CYPHER = `
MATCH (w:Watch {id: $id})
RETURN w.feedTokenHash AS feedTokenHash
`;

/** A watch goes with its alerts: they mean nothing without it. */
export const DELETE_WATCH_CYPHER = `
MATCH (w:Watch {id: $id}) WHERE w.editTokenHash = $editTokenHash
OPTIONAL MATCH (w)-[:RAISED]->(al:Alert)
DETACH DELETE al
WITH DISTINCT w
DETACH DELETE w
RETURN count(*) AS deleted
`;

export const UNREAD_TOTAL_CYPHER = `
MATCH (w:Watch)-[:RAISED]->(al:Alert)
WHERE w.lastReadAt IS NULL OR al.createdAt > w.lastReadAt
WITH al LIMIT $cap
RETURN count(al) AS total
`;

function toRow(record: { get(key: string): unknown }): WatchRow {
  const optional = (key: string): string | null => {
    const value = record.get(key);
    return value === null || value === undefined ? null : toStringValue(value);
  };
  return {
    id: toStringValue(record.get('id')),
    name: toStringValue(record.get('name')),
    kind: toStringValue(record.get('kind')) as WatchKind,
    target: optional('target'),
    query: optional('query'),
    hasWebhook: record.get('hasWebhook') === true,
    hasFeedToken: record.get('hasFeedToken') === true,
    createdAt: toStringValue(record.get('createdAt')),
    updatedAt: toStringValue(record.get('updatedAt')),
    lastReadAt: optional('lastReadAt'),
    unreadCount: toNumber(record.get('unreadCount')),
    lastDelivery: toDelivery(record),
  };
}

function toDelivery(record: { get(key: string): unknown }): LastDelivery | null {
  const state = record.get('deliveryState');
  if (state !== 'delivered' && state !== 'pending' && state !== 'failed') return null;
  const error = record.get('deliveryError');
  const next = record.get('deliveryNextAt');
  return {
    state,
    at: toStringValue(record.get('deliveryAt')),
    attempts: toNumber(record.get('deliveryAttempts')),
    error: error === null || error === undefined ? null : toStringValue(error),
    nextAttemptAt: next === null || next === undefined ? null : toStringValue(next),
  };
}

export async function listWatches(
  tx: ManagedTransaction,
  limit: number,
  skip: number,
): Promise<WatchRow[]> {
  const result = await tx.run(LIST_WATCHES_CYPHER, { limit: int(limit), skip: int(skip) });
  return result.records.map(toRow);
}

export async function countWatches(tx: ManagedTransaction): Promise<number> {
  return toNumber((await tx.run(COUNT_WATCHES_CYPHER)).records[0]?.get('total'));
}

/** A watch with its stored token hash, or undefined. */
export async function getWatch(
  tx: ManagedTransaction,
  id: string,
): Promise<{ watch: WatchRow; editTokenHash: string } | undefined> {
  const record = (await tx.run(GET_WATCH_CYPHER, { id })).records[0];
  if (!record) return undefined;
  return { watch: toRow(record), editTokenHash: toStringValue(record.get('editTokenHash')) };
}

/** Creates a watch; fails on an id collision (unique constraint). */
export async function createWatch(
  tx: ManagedTransaction,
  id: string,
  editTokenHash: string,
  webhookSecret: string,
  fields: WatchFields,
  max: number,
): Promise<WatchRow | undefined> {
  const record = (
    await tx.run(CREATE_WATCH_CYPHER, {
      id,
      editTokenHash,
      webhookSecret,
      fields: { ...fields, words: [...fields.words] },
      max: int(max),
    })
  ).records[0];
  return record ? toRow(record) : undefined;
}

export async function setFeedToken(
  tx: ManagedTransaction,
  id: string,
  editTokenHash: string,
  feedTokenHash: string | null,
): Promise<WatchRow | undefined> {
  const record = (await tx.run(SET_FEED_TOKEN_CYPHER, { id, editTokenHash, feedTokenHash }))
    .records[0];
  return record ? toRow(record) : undefined;
}

/** The stored hash of a watch's feed token; undefined without a watch or a token. */
export async function feedTokenHash(
  tx: ManagedTransaction,
  id: string,
): Promise<string | undefined> {
  const value: unknown = (await tx.run(FEED_TOKEN_HASH_CYPHER, { id })).records[0]?.get(
    'feedTokenHash',
  );
  return typeof value === 'string' ? value : undefined;
}

export async function updateWatch(
  tx: ManagedTransaction,
  id: string,
  editTokenHash: string,
  fields: WatchUpdate,
): Promise<WatchRow | undefined> {
  const record = (
    await tx.run(UPDATE_WATCH_CYPHER, {
      id,
      editTokenHash,
      fields: { ...fields, ...(fields.words ? { words: [...fields.words] } : {}) },
    })
  ).records[0];
  return record ? toRow(record) : undefined;
}

export async function markWatchRead(
  tx: ManagedTransaction,
  id: string,
  editTokenHash: string,
  at: string | null,
): Promise<WatchRow | undefined> {
  const record = (await tx.run(MARK_WATCH_READ_CYPHER, { id, editTokenHash, at })).records[0];
  return record ? toRow(record) : undefined;
}

export async function deleteWatch(
  tx: ManagedTransaction,
  id: string,
  editTokenHash: string,
): Promise<boolean> {
  const record = (await tx.run(DELETE_WATCH_CYPHER, { id, editTokenHash })).records[0];
  return toNumber(record?.get('deleted')) > 0;
}

export async function unreadAlertTotal(tx: ManagedTransaction): Promise<number> {
  return toNumber(
    (await tx.run(UNREAD_TOTAL_CYPHER, { cap: int(UNREAD_BADGE_CAP) })).records[0]?.get('total'),
  );
}

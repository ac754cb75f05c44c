import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { SourceKind } from '../../model/feeds';
import type { DueFeed, FeedPollRecord, FileState } from '@/ingest/collect/collector';
import { int, toNumber, toStringValue } from '../neo4j-values';
import type { FeedStatus, FeedRow, FeedUpsert } from '../../model/feeds';

/**
 * Collected feeds (docs/collect.md): one `Feed` node per normalized URL with its schedule, the
 * validators of its last answer (ETag, Last-Modified) and what its polls stored. Times are
 * datetimes; every value is a parameter.
 */

/** A feed as the collector reads it when claiming it. */
export type DueFeedRow = DueFeed;

/** A poll's outcome, as the collector reports it. */
export type FeedPollFields = FeedPollRecord;

const ROW = `n.key AS key, n.url AS url, coalesce(n.kind, 'feed') AS kind, n.title AS title, n.origin AS origin, n.paused AS paused,
  n.intervalMinutes AS intervalMinutes, n.status AS status, toString(n.addedAt) AS addedAt,
  toString(n.lastFetchAt) AS lastFetchAt, toString(n.lastSuccessAt) AS lastSuccessAt,
  n.lastError AS lastError, toString(n.lastErrorAt) AS lastErrorAt, n.lastHttpStatus AS lastHttpStatus,
  n.failures AS failures, toString(n.nextDueAt) AS nextDueAt, n.itemsSeen AS itemsSeen,
  n.itemsStored AS itemsStored, n.itemsRejected AS itemsRejected, n.lastNew AS lastNew,
  n.lastUpdated AS lastUpdated, n.lastUnchanged AS lastUnchanged, n.lastRejected AS lastRejected`;

export const UPSERT_FEEDS_CYPHER = `
UNWIND $feeds AS f
MERGE (n:Feed {key: f.key})
ON CREATE SET n.url = f.url, n.origin = f.origin, n.addedAt = datetime($now),
  n.nextDueAt = datetime($now), n.status = 'new', n.paused = false, n.failures = 0,
  n.itemsSeen = 0, n.itemsStored = 0, n.itemsRejected = 0,
  n.lastNew = 0, n.lastUpdated = 0, n.lastUnchanged = 0, n.lastRejected = 0
WITH n, f, coalesce(n.kind, 'feed') <> f.kind AS changed
// A source whose kind changes starts over: the old validators and hash describe another reading.
SET n.intervalMinutes = toInteger(f.intervalMinutes), n.kind = f.kind,
  n.etag = CASE WHEN changed THEN null ELSE n.etag END,
  n.lastModified = CASE WHEN changed THEN null ELSE n.lastModified END,
  n.contentHash = CASE WHEN changed THEN null ELSE n.contentHash END
RETURN ${ROW}`;

export const LIST_FEEDS_CYPHER = `
MATCH (n:Feed)
RETURN ${ROW}
ORDER BY n.addedAt, n.key
SKIP $skip LIMIT $limit`;

export const COUNT_FEEDS_CYPHER = `MATCH (n:Feed) RETURN count(n) AS total`;

export const GET_FEED_CYPHER = `MATCH (n:Feed {key: $key}) RETURN ${ROW}`;

export const PAUSE_FEED_CYPHER = `
MATCH (n:Feed {key: $key})
SET n.paused = $paused
RETURN ${ROW}`;

export const REMOVE_FEED_CYPHER = `
MATCH (n:Feed {key: $key})
OPTIONAL MATCH (n)-[:HAS_FILE]->(file:CollectedFile)
DETACH DELETE file
WITH DISTINCT n
DETACH DELETE n
RETURN count(*) AS deleted`;

/**
 * Reserves due feeds no other process holds. The lock is taken (`_LOCK_`) before the lease is
 * read again, so two collectors claiming at once cannot both get a feed (Neo4j's documented
 * pattern against lost updates).
 */
export const CLAIM_DUE_FEEDS_CYPHER = `
MATCH (n:Feed)
WHERE n.paused = false AND n.nextDueAt <= datetime($dueBy)
  AND (n.leaseUntil IS NULL OR n.leaseUntil <= datetime($now))
WITH n ORDER BY n.nextDueAt, n.key LIMIT $limit
SET n._LOCK_ = true
WITH n WHERE n.leaseUntil IS NULL OR n.leaseUntil <= datetime($now)
SET n.leaseUntil = datetime($now) + duration({milliseconds: $leaseMs}), n.leaseOwner = $owner
REMOVE n._LOCK_
RETURN n.key AS key, n.url AS url, coalesce(n.kind, 'feed') AS kind, n.origin AS origin,
  n.intervalMinutes AS intervalMinutes, n.etag AS etag, n.lastModified AS lastModified,
  n.contentHash AS contentHash, n.failures AS failures`;

export const RELEASE_FEEDS_CYPHER = `
UNWIND $keys AS key
MATCH (n:Feed {key: key})
REMOVE n.leaseUntil, n.leaseOwner`;

/** Holders of live leases whose owner id starts with `$prefix` (one host's processes). */
export const LEASE_OWNERS_CYPHER = `
MATCH (n:Feed)
WHERE n.leaseUntil > datetime($now) AND n.leaseOwner STARTS WITH $prefix
RETURN DISTINCT n.leaseOwner AS owner`;

export const RELEASE_OWNER_CYPHER = `
MATCH (n:Feed {leaseOwner: $owner})
REMOVE n.leaseUntil, n.leaseOwner
RETURN count(n) AS released`;

/** Counts are stored as integers (JS numbers arrive as floats). The last error outlives recovery. */
export const RECORD_POLL_CYPHER = `
MATCH (n:Feed {key: $key})
SET n.status = $r.status, n.lastHttpStatus = toInteger($r.httpStatus), n.etag = $r.etag,
  n.lastModified = $r.lastModified, n.contentHash = $r.contentHash,
  n.title = coalesce($r.title, n.title),
  n.failures = toInteger($r.failures), n.lastFetchAt = datetime($r.fetchedAt),
  n.nextDueAt = datetime($r.nextDueAt),
  n.lastSuccessAt = CASE WHEN $r.status = 'error' THEN n.lastSuccessAt ELSE datetime($r.fetchedAt) END,
  n.lastError = coalesce($r.error, n.lastError),
  n.lastErrorAt = CASE WHEN $r.error IS NULL THEN n.lastErrorAt ELSE datetime($r.fetchedAt) END,
  n.itemsSeen = coalesce(n.itemsSeen, 0) + toInteger($r.seen),
  n.itemsStored = coalesce(n.itemsStored, 0) + toInteger($r.created) + toInteger($r.updated),
  n.itemsRejected = coalesce(n.itemsRejected, 0) + toInteger($r.rejected),
  n.lastNew = toInteger($r.created), n.lastUpdated = toInteger($r.updated),
  n.lastUnchanged = toInteger($r.unchanged), n.lastRejected = toInteger($r.rejected)
REMOVE n.leaseUntil, n.leaseOwner`;

/** A folder source's file states, keyed by path relative to the folder. */
export const FOLDER_FILES_CYPHER = `
MATCH (:Feed {key: $key})-[:HAS_FILE]->(f:CollectedFile)
RETURN f.path AS path, f.size AS size, f.mtimeMs AS mtimeMs, f.hash AS hash, f.error AS error`;

/** Stores the files a poll read and forgets those gone from the folder. */
export const RECORD_FILES_CYPHER = `
MATCH (n:Feed {key: $key})
CALL (n) {
  UNWIND $files AS file
  MERGE (f:CollectedFile {key: n.key + '|' + file.path})
  SET f.path = file.path, f.size = toInteger(file.size), f.mtimeMs = file.mtimeMs,
    f.hash = file.hash, f.error = file.error, f.readAt = datetime($at)
  MERGE (n)-[:HAS_FILE]->(f)
}
CALL (n) {
  UNWIND $removed AS path
  MATCH (f:CollectedFile {key: n.key + '|' + path})
  DETACH DELETE f
}`;

/** Full articles (not related-list stubs) among the keys: one index seek each. */
export const STORED_ARTICLE_KEYS_CYPHER = `
UNWIND $keys AS key
MATCH (a:Article {key: key})
WHERE coalesce(a.stub, false) = false
RETURN a.key AS key`;

function optionalString(record: Neo4jRecord, field: string): string | null {
  const value = record.get(field) as unknown;
  return value === null || value === undefined ? null : toStringValue(value);
}

function toStatus(value: string): FeedStatus {
  return value === 'ok' || value === 'not-modified' || value === 'error' ? value : 'new';
}

function toKind(value: unknown): SourceKind {
  return value === 'page' || value === 'folder' ? value : 'feed';
}

function toRow(record: Neo4jRecord): FeedRow {
  const status = record.get('lastHttpStatus') as unknown;
  return {
    key: toStringValue(record.get('key')),
    url: toStringValue(record.get('url')),
    kind: toKind(record.get('kind')),
    title: optionalString(record, 'title'),
    origin: record.get('origin') === 'config' ? 'config' : 'api',
    paused: record.get('paused') === true,
    intervalMinutes: toNumber(record.get('intervalMinutes')),
    status: toStatus(toStringValue(record.get('status'))),
    addedAt: toStringValue(record.get('addedAt')),
    lastFetchAt: optionalString(record, 'lastFetchAt'),
    lastSuccessAt: optionalString(record, 'lastSuccessAt'),
    lastError: optionalString(record, 'lastError'),
    lastErrorAt: optionalString(record, 'lastErrorAt'),
    lastHttpStatus: status === null || status === undefined ? null : toNumber(status),
    failures: toNumber(record.get('failures')),
    nextDueAt: optionalString(record, 'nextDueAt'),
    itemsSeen: toNumber(record.get('itemsSeen')),
    itemsStored: toNumber(record.get('itemsStored')),
    itemsRejected: toNumber(record.get('itemsRejected')),
    lastNew: toNumber(record.get('lastNew')),
    lastUpdated: toNumber(record.get('lastUpdated')),
    lastUnchanged: toNumber(record.get('lastUnchanged')),
    lastRejected: toNumber(record.get('lastRejected')),
  };
}

export async function upsertFeeds(
  tx: ManagedTransaction,
  feeds: readonly FeedUpsert[],
  now: string,
): Promise<FeedRow[]> {
  return (await tx.run(UPSERT_FEEDS_CYPHER, { feeds, now })).records.map(toRow);
}

export async function listFeeds(
  tx: ManagedTransaction,
  limit: number,
  skip: number,
): Promise<FeedRow[]> {
  return (await tx.run(LIST_FEEDS_CYPHER, { limit: int(limit), skip: int(skip) })).records.map(
    toRow,
  );
}

export async function countFeeds(tx: ManagedTransaction): Promise<number> {
  return toNumber((await tx.run(COUNT_FEEDS_CYPHER)).records[0]?.get('total'));
}

export async function getFeed(tx: ManagedTransaction, key: string): Promise<FeedRow | undefined> {
  const record = (await tx.run(GET_FEED_CYPHER, { key })).records[0];
  return record ? toRow(record) : undefined;
}

export async function pauseFeed(
  tx: ManagedTransaction,
  key: string,
  paused: boolean,
): Promise<FeedRow | undefined> {
  const record = (await tx.run(PAUSE_FEED_CYPHER, { key, paused })).records[0];
  return record ? toRow(record) : undefined;
}

export async function removeFeed(tx: ManagedTransaction, key: string): Promise<boolean> {
  return toNumber((await tx.run(REMOVE_FEED_CYPHER, { key })).records[0]?.get('deleted')) > 0;
}

/** Claims feeds due by `dueBy` (normally `now`; later to poll feeds ahead of schedule). */
export async function claimDueFeeds(
  tx: ManagedTransaction,
  now: string,
  dueBy: string,
  leaseMs: number,
  limit: number,
  owner: string,
): Promise<DueFeedRow[]> {
  const result = await tx.run(CLAIM_DUE_FEEDS_CYPHER, {
    now,
    dueBy,
    owner,
    leaseMs: int(leaseMs),
    limit: int(limit),
  });
  return result.records.map((record) => ({
    key: toStringValue(record.get('key')),
    url: toStringValue(record.get('url')),
    kind: toKind(record.get('kind')),
    origin: record.get('origin') === 'config' ? 'config' : 'api',
    intervalMinutes: toNumber(record.get('intervalMinutes')),
    etag: optionalString(record, 'etag'),
    lastModified: optionalString(record, 'lastModified'),
    contentHash: optionalString(record, 'contentHash'),
    failures: toNumber(record.get('failures')),
  }));
}

export async function releaseFeeds(tx: ManagedTransaction, keys: readonly string[]): Promise<void> {
  await tx.run(RELEASE_FEEDS_CYPHER, { keys });
}

export async function leaseOwners(
  tx: ManagedTransaction,
  prefix: string,
  now: string,
): Promise<string[]> {
  const result = await tx.run(LEASE_OWNERS_CYPHER, { prefix, now });
  return result.records.map((record) => toStringValue(record.get('owner')));
}

/** Ends every lease `owner` holds; returns how many. */
export async function releaseOwner(tx: ManagedTransaction, owner: string): Promise<number> {
  return toNumber((await tx.run(RELEASE_OWNER_CYPHER, { owner })).records[0]?.get('released'));
}

export async function recordPoll(
  tx: ManagedTransaction,
  key: string,
  poll: FeedPollFields,
): Promise<void> {
  const { files, ...record } = poll;
  await tx.run(RECORD_POLL_CYPHER, { key, r: record });
  if (files !== undefined && (files.read.length > 0 || files.removed.length > 0)) {
    await tx.run(RECORD_FILES_CYPHER, {
      key,
      files: files.read,
      removed: files.removed,
      at: poll.fetchedAt,
    });
  }
}

export async function folderFiles(
  tx: ManagedTransaction,
  key: string,
): Promise<Map<string, FileState>> {
  const result = await tx.run(FOLDER_FILES_CYPHER, { key });
  return new Map(
    result.records.map((record) => {
      const state: FileState = {
        path: toStringValue(record.get('path')),
        size: toNumber(record.get('size')),
        mtimeMs: toNumber(record.get('mtimeMs')),
        hash: toStringValue(record.get('hash')),
        error: optionalString(record, 'error'),
      };
      return [state.path, state];
    }),
  );
}

export async function storedArticleKeys(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Set<string>> {
  const result = await tx.run(STORED_ARTICLE_KEYS_CYPHER, { keys });
  return new Set(result.records.map((record) => toStringValue(record.get('key'))));
}

import { readTransaction, writeTransaction } from '../driver';
import {
  claimDueFeeds,
  countFeeds,
  folderFiles,
  getFeed,
  leaseOwners,
  listFeeds,
  pauseFeed,
  recordPoll,
  releaseFeeds,
  releaseOwner,
  removeFeed,
  storedArticleKeys,
  upsertFeeds,
  type DueFeedRow,
  type FeedPollFields,
} from '../queries/feed.cypher';
import type { FeedRow, FeedUpsert } from '../../model/feeds';
import type { FileState } from '@/ingest/collect/collector';

/** Feeds: what the API and the feeds page read and change, and what the collector claims. */
export interface FeedRepository {
  /** Oldest first. */
  list(limit: number, skip?: number): Promise<FeedRow[]>;
  count(): Promise<number>;
  get(key: string): Promise<FeedRow | undefined>;
  /** Adds the feeds (new ones are due at once) and sets their interval; returns them. */
  upsert(feeds: readonly FeedUpsert[]): Promise<FeedRow[]>;
  setPaused(key: string, paused: boolean): Promise<FeedRow | undefined>;
  /** True when there was such a feed. */
  remove(key: string): Promise<boolean>;
  /** Leases due feeds to `owner` (a process id the owner can recognise later). */
  claimDue(
    now: string,
    dueBy: string,
    leaseMs: number,
    limit: number,
    owner: string,
  ): Promise<DueFeedRow[]>;
  release(keys: readonly string[]): Promise<void>;
  /** Owners, among those whose id starts with `prefix`, of leases still running at `now`. */
  leaseOwners(prefix: string, now: string): Promise<string[]>;
  releaseOwner(owner: string): Promise<number>;
  recordPoll(key: string, poll: FeedPollFields): Promise<void>;
  storedKeys(keys: readonly string[]): Promise<ReadonlySet<string>>;
  /** A folder source's file states by relative path. */
  folderFiles(key: string): Promise<ReadonlyMap<string, FileState>>;
}

export const feedRepository: FeedRepository = {
  list: (limit, skip = 0) => readTransaction((tx) => listFeeds(tx, limit, skip)),
  count: () => readTransaction(countFeeds),
  get: (key) => readTransaction((tx) => getFeed(tx, key)),
  upsert: (feeds) => writeTransaction((tx) => upsertFeeds(tx, feeds, new Date().toISOString())),
  setPaused: (key, paused) => writeTransaction((tx) => pauseFeed(tx, key, paused)),
  remove: (key) => writeTransaction((tx) => removeFeed(tx, key)),
  claimDue: (now, dueBy, leaseMs, limit, owner) =>
    writeTransaction((tx) => claimDueFeeds(tx, now, dueBy, leaseMs, limit, owner)),
  release: (keys) => writeTransaction((tx) => releaseFeeds(tx, keys)),
  leaseOwners: (prefix, now) => readTransaction((tx) => leaseOwners(tx, prefix, now)),
  releaseOwner: (owner) => writeTransaction((tx) => releaseOwner(tx, owner)),
  recordPoll: (key, poll) =>
    writeTransaction((tx) =>
      recordPoll(tx, key, {
        status: poll.status,
        httpStatus: poll.httpStatus,
        error: poll.error,
        etag: poll.etag,
        lastModified: poll.lastModified,
        contentHash: poll.contentHash,
        title: poll.title,
        failures: poll.failures,
        fetchedAt: poll.fetchedAt,
        nextDueAt: poll.nextDueAt,
        seen: poll.seen,
        created: poll.created,
        updated: poll.updated,
        unchanged: poll.unchanged,
        rejected: poll.rejected,
        ...(poll.files === undefined ? {} : { files: poll.files }),
      }),
    ),
  storedKeys: (keys) => readTransaction((tx) => storedArticleKeys(tx, keys)),
  folderFiles: (key) => readTransaction((tx) => folderFiles(tx, key)),
};

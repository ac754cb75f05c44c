import { feedIdentity, feedInterval, MAX_FEEDS } from '@/ingest/collect/collect-config';
import { badInput, notFound } from '../errors';
import type { FeedStatus, Resolvers } from '../generated/resolvers-types';
import { pageWindow, toConnection } from '../execution/pagination';

/** The feed's key for a URL argument, or BAD_USER_INPUT. */
function keyOf(url: string): { url: string; key: string } {
  const identity = feedIdentity(url);
  if (typeof identity === 'string') throw badInput(`url ${identity}`, 'url');
  return identity;
}

const STATUS: Readonly<Record<string, FeedStatus>> = {
  new: 'NEW',
  ok: 'OK',
  'not-modified': 'NOT_MODIFIED',
  error: 'ERROR',
};

/** `feeds`, `addFeed`, `removeFeed`, `pauseFeed`; mutations need a write key (access.ts). */
export const feedResolvers: Resolvers = {
  Query: {
    feeds: async (_parent, args, { db }) => {
      const window = pageWindow(args);
      const rows = await db.feeds.list(window.first + 1, window.offset);
      return toConnection(
        window,
        rows,
        (row, cursor) => ({ cursor, node: row }),
        () => db.feeds.count(),
      );
    },
  },
  Mutation: {
    addFeed: async (_parent, { url, intervalMinutes }, { db }) => {
      const identity = keyOf(url);
      const interval = feedInterval(intervalMinutes);
      if (typeof interval === 'string') {
        throw badInput(`intervalMinutes ${interval}`, 'intervalMinutes');
      }
      if (
        (await db.feeds.get(identity.key)) === undefined &&
        (await db.feeds.count()) >= MAX_FEEDS
      ) {
        throw badInput(`this graph already has ${MAX_FEEDS} feeds; remove one first`, 'url');
      }
      const [row] = await db.feeds.upsert([
        { ...identity, intervalMinutes: interval, origin: 'api' },
      ]);
      if (row === undefined) throw new Error('the feed was not stored');
      return row;
    },
    removeFeed: async (_parent, { url }, { db }) => {
      const { key } = keyOf(url);
      if (!(await db.feeds.remove(key))) throw notFound(`no feed ${key}`);
      return { key, removed: true };
    },
    pauseFeed: async (_parent, { url, paused }, { db }) => {
      const { key } = keyOf(url);
      const row = await db.feeds.setPaused(key, paused ?? true);
      if (row === undefined) throw notFound(`no feed ${key}`);
      return row;
    },
  },
  Feed: { status: (feed) => STATUS[feed.status] ?? 'NEW' },
  FeedConnection: { totalCount: (parent) => parent.totalCount() },
};

import {
  apiFolderRoot,
  feedIdentity,
  feedInterval,
  folderIdentity,
  insideFolder,
  MAX_FEEDS,
  sourceIdentity,
  type SourceKind,
} from '@/ingest/collect/collect-config';
import { badInput, notFound } from '../errors';
import type { FeedKind, FeedStatus, Resolvers } from '../generated/resolvers-types';
import { pageWindow, toConnection } from '../execution/pagination';

/** The source's key for a URL or folder argument, or BAD_USER_INPUT. */
function keyOf(url: string): { url: string; key: string } {
  const identity = sourceIdentity(url);
  if (typeof identity === 'string') throw badInput(`url ${identity}`, 'url');
  return identity;
}

/** A new source's identity; a folder must sit inside the API's folder root. */
function identityToAdd(url: string, kind: SourceKind): { url: string; key: string } {
  if (kind !== 'folder') {
    const identity = feedIdentity(url);
    if (typeof identity === 'string') throw badInput(`url ${identity}`, 'url');
    return identity;
  }
  const root = apiFolderRoot();
  if (root === undefined) {
    throw badInput(
      'folders are added through the API only under NARRAGRAPH_COLLECT_FOLDER_ROOT, which is unset; list the folder under collect.folders in the config file instead',
      'url',
    );
  }
  const identity = folderIdentity(url, root);
  if (typeof identity === 'string') throw badInput(`url ${identity}`, 'url');
  if (!insideFolder(identity.url, root)) {
    throw badInput('url must be a folder inside NARRAGRAPH_COLLECT_FOLDER_ROOT', 'url');
  }
  return identity;
}

const KINDS: Readonly<Record<FeedKind, SourceKind>> = {
  FEED: 'feed',
  PAGE: 'page',
  FOLDER: 'folder',
};
const KIND_NAMES: Readonly<Record<SourceKind, FeedKind>> = {
  feed: 'FEED',
  page: 'PAGE',
  folder: 'FOLDER',
};

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
    addFeed: async (_parent, { url, intervalMinutes, kind }, { db }) => {
      const sourceKind = KINDS[kind ?? 'FEED'];
      const identity = identityToAdd(url, sourceKind);
      const interval = feedInterval(intervalMinutes);
      if (typeof interval === 'string') {
        throw badInput(`intervalMinutes ${interval}`, 'intervalMinutes');
      }
      const existing = await db.feeds.get(identity.key);
      if (existing === undefined && (await db.feeds.count()) >= MAX_FEEDS) {
        throw badInput(`this graph already has ${MAX_FEEDS} feeds; remove one first`, 'url');
      }
      if (existing !== undefined && existing.kind !== sourceKind) {
        throw badInput(
          `${identity.key} is collected as a ${existing.kind}; remove it first to add it as a ${sourceKind}`,
          'kind',
        );
      }
      const [row] = await db.feeds.upsert([
        { ...identity, intervalMinutes: interval, origin: 'api', kind: sourceKind },
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
  Feed: {
    status: (feed) => STATUS[feed.status] ?? 'NEW',
    kind: (feed) => KIND_NAMES[feed.kind],
  },
  FeedConnection: { totalCount: (parent) => parent.totalCount() },
};

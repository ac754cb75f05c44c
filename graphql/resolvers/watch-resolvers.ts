import { globalId, parseGlobalId } from '@/model/graph-slice';
import type { NodeKind } from '@/model/graph-model';
import { watchWords } from '@/model/alert-rules';
import type { AlertKind as StoredAlertKind } from '@/model/watches';
import type {
  LastDelivery,
  WatchFields,
  WatchKind as StoredWatchKind,
  WatchUpdate,
} from '@/model/watches';
import { webhookUrl } from '@/delivery/webhook-target';
import { badInput, forbidden, notFound } from '../errors';
import type {
  AlertKind,
  CreateWatchInput,
  DeliveryState,
  Resolvers,
  WatchKind,
} from '../generated/resolvers-types';
import { LIMITS } from '../limits/limits';
import { maxWatches } from '../limits/watch-cap';
import { loaders } from '../execution/loaders';
import { pageWindow, toConnection } from '../execution/pagination';

/** Watch ids are base64url; anything else cannot exist and is not worth a query. */
const WATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The node kind each watch kind follows (SEARCH follows none). */
const TARGET_KIND: Readonly<Record<WatchKind, NodeKind | null>> = {
  SEARCH: null,
  NARRATIVE: 'Narrative',
  ACTOR: 'Actor',
  OUTLET: 'Actor',
  CITATION: 'Actor',
  ARTICLE: 'Article',
};

const toStoredKind = (kind: WatchKind) => kind.toLowerCase() as StoredWatchKind;
const toWatchKind = (kind: StoredWatchKind) => kind.toUpperCase() as WatchKind;
const toAlertKind = (kind: StoredAlertKind) => kind.toUpperCase().replace(/-/g, '_') as AlertKind;

/** What an alert's subject key names, by alert kind. */
const SUBJECT_KIND: Readonly<Record<StoredAlertKind, NodeKind>> = {
  'new-narrative': 'Narrative',
  'narrative-surge': 'Narrative',
  'new-citing-outlet': 'Source',
  citation: 'Article',
  'text-reuse': 'Article',
  'search-match': 'Article',
};

/** Longer than any node's global id (keys are slugs, hashes or URLs of at most 2,048 characters). */
const MAX_TARGET_ID_CHARS = 2_100;

function checkId(id: string, argument = 'id'): void {
  if (!WATCH_ID.test(id)) throw badInput(`${argument} is not a watch id`, argument);
}

function checkName(value: string): string {
  const name = value.trim();
  if (name === '' || name.length > LIMITS.maxViewNameChars) {
    throw badInput(`input.name must be 1..${LIMITS.maxViewNameChars} characters`, 'input.name');
  }
  return name;
}

function searchWords(query: string): { query: string; words: string[] } {
  const trimmed = query.trim();
  if (trimmed.length > LIMITS.maxWatchQueryChars) {
    throw badInput(
      `input.query must be at most ${LIMITS.maxWatchQueryChars} characters`,
      'input.query',
    );
  }
  const words = watchWords(trimmed);
  if (words.length === 0) throw badInput('input.query has no word to watch for', 'input.query');
  return { query: trimmed, words };
}

function checkWebhook(value: string): string {
  const url = webhookUrl(value);
  if (url === undefined) {
    throw badInput(
      'input.webhookUrl must be an http(s) URL of a public host, without user or password',
      'input.webhookUrl',
    );
  }
  return url;
}

/** Validates a new watch into what is stored. */
function watchFields(input: CreateWatchInput): WatchFields {
  const name = checkName(input.name);
  const webhook = input.webhookUrl?.trim() ? checkWebhook(input.webhookUrl) : null;
  const targetKind = TARGET_KIND[input.kind];
  if (targetKind === null) {
    if (input.targetId) throw badInput('a SEARCH watch has no targetId', 'input.targetId');
    const search = searchWords(input.query ?? '');
    return { name, kind: 'search', target: null, ...search, webhookUrl: webhook };
  }
  if (input.query) throw badInput(`a ${input.kind} watch has no query`, 'input.query');
  // The target is indexed; Neo4j refuses index entries of more than about 8 kB (an internal error).
  if (input.targetId && input.targetId.length > MAX_TARGET_ID_CHARS) {
    throw badInput(
      `input.targetId must be at most ${MAX_TARGET_ID_CHARS} characters`,
      'input.targetId',
    );
  }
  const ref = input.targetId ? parseGlobalId(input.targetId) : undefined;
  if (ref?.kind !== targetKind) {
    throw badInput(`a ${input.kind} watch needs a ${targetKind} targetId`, 'input.targetId');
  }
  if (input.kind === 'OUTLET' && !ref.key.startsWith('outlet:')) {
    throw badInput('an OUTLET watch needs an outlet actor (Actor:outlet:…)', 'input.targetId');
  }
  return {
    name,
    kind: toStoredKind(input.kind),
    target: ref.key,
    query: null,
    words: [],
    webhookUrl: webhook,
  };
}

function guardedValue<T>(
  result: { status: 'ok'; value: T } | { status: 'not-found' } | { status: 'forbidden' },
  id: string,
): T {
  if (result.status === 'not-found') throw notFound(`no watch ${id}`);
  if (result.status === 'forbidden') throw forbidden('wrong edit token for this watch');
  return result.value;
}

function checkInstant(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > 40 || Number.isNaN(Date.parse(value))) {
    throw badInput(`${argument} must be an ISO date-time`, argument);
  }
  return new Date(value).toISOString();
}

/** Watches and their alerts: read by anyone, changed with the edit token. */
const DELIVERY_STATES: Readonly<Record<LastDelivery['state'], DeliveryState>> = {
  delivered: 'DELIVERED',
  pending: 'PENDING',
  failed: 'FAILED',
};

export const watchResolvers: Resolvers = {
  Query: {
    watch: async (_parent, { id }, { db }) => {
      checkId(id);
      return (await db.watches.get(id)) ?? null;
    },
    watches: async (_parent, args, { db }) => {
      const window = pageWindow(args);
      const rows = await db.watches.list(window.first + 1, window.offset);
      return toConnection(
        window,
        rows,
        (row, cursor) => ({ cursor, node: row }),
        () => db.watches.count(),
      );
    },
    alerts: async (_parent, args, { db }) => {
      checkId(args.watchId, 'watchId');
      const since = checkInstant(args.since, 'since');
      const window = pageWindow(args);
      const rows = await db.alerts.list(args.watchId, since, window.first + 1, window.offset);
      return toConnection(
        window,
        rows,
        (row, cursor) => ({ cursor, node: row }),
        () => db.alerts.count(args.watchId, since),
      );
    },
  },
  Mutation: {
    createWatch: async (_parent, { input }, { db }) => {
      const max = maxWatches();
      const created = await db.watches.create(watchFields(input), max);
      if (created === undefined) {
        throw badInput(
          `this graph already holds ${max} watches, the most NARRAGRAPH_MAX_WATCHES allows; delete one first`,
          'input',
        );
      }
      return created;
    },
    updateWatch: async (_parent, { id, editToken, input }, { db }) => {
      checkId(id);
      const existing = await db.watches.get(id);
      if (existing === undefined) throw notFound(`no watch ${id}`);
      const search =
        input.query === null || input.query === undefined ? undefined : searchWords(input.query);
      if (search && existing.kind !== 'search') {
        throw badInput(`a ${toWatchKind(existing.kind)} watch has no query`, 'input.query');
      }
      const fields: WatchUpdate = {
        ...(input.name === null || input.name === undefined ? {} : { name: checkName(input.name) }),
        ...(search ?? {}),
        ...(input.webhookUrl === null || input.webhookUrl === undefined
          ? {}
          : { webhookUrl: input.webhookUrl.trim() === '' ? null : checkWebhook(input.webhookUrl) }),
      };
      return guardedValue(await db.watches.update(id, editToken, fields), id);
    },
    deleteWatch: async (_parent, { id, editToken }, { db }) => {
      checkId(id);
      guardedValue(await db.watches.delete(id, editToken), id);
      return { id, deleted: true };
    },
    createWatchFeedToken: async (_parent, { id, editToken }, { db }) => {
      checkId(id);
      const { watch, feedToken } = guardedValue(
        await db.watches.createFeedToken(id, editToken),
        id,
      );
      return {
        watch,
        feedToken,
        feedPath: `/feeds/watches/${encodeURIComponent(id)}.atom?token=${encodeURIComponent(feedToken)}`,
      };
    },
    revokeWatchFeedToken: async (_parent, { id, editToken }, { db }) => {
      checkId(id);
      return guardedValue(await db.watches.revokeFeedToken(id, editToken), id);
    },
    markWatchRead: async (_parent, { id, editToken, at }, { db }) => {
      checkId(id);
      const instant = checkInstant(at, 'at');
      return guardedValue(await db.watches.markRead(id, editToken, instant), id);
    },
  },
  Watch: {
    kind: (watch) => toWatchKind(watch.kind),
    lastDelivery: (watch) =>
      watch.lastDelivery === null
        ? null
        : { ...watch.lastDelivery, state: DELIVERY_STATES[watch.lastDelivery.state] },
    targetId: (watch) => {
      const kind = TARGET_KIND[toWatchKind(watch.kind)];
      return kind === null || watch.target === null ? null : globalId(kind, watch.target);
    },
  },
  Alert: {
    id: (alert) => alert.key,
    kind: (alert) => toAlertKind(alert.kind),
    articleId: (alert) => globalId('Article', alert.articleKey),
    article: async (alert, _args, context) => {
      const row = await loaders(context).node.load(globalId('Article', alert.articleKey));
      return row?.kind === 'Article' ? row : null;
    },
    range: (alert) => ({ start: alert.start, end: alert.end }),
    subjectId: (alert) =>
      alert.subjectKey === '' ? null : globalId(SUBJECT_KIND[alert.kind], alert.subjectKey),
    week: (alert) => alert.week ?? null,
    count: (alert) => alert.count ?? null,
    baseline: (alert) => alert.baseline ?? null,
    zScore: (alert) => alert.zScore ?? null,
  },
  WatchConnection: { totalCount: (parent) => parent.totalCount() },
  AlertConnection: { totalCount: (parent) => parent.totalCount() },
};

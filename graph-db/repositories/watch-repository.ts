import { randomBytes } from 'node:crypto';
import { readTransaction, writeTransaction } from '../driver';
import {
  countWatches,
  createWatch,
  deleteWatch,
  feedTokenHash,
  getWatch,
  listWatches,
  markWatchRead,
  setFeedToken,
  unreadAlertTotal,
  updateWatch,
} from '../queries/watches.cypher';
import type { WatchFields, WatchRow, WatchUpdate } from '../../model/watches';
import {
  checkEditToken,
  hashEditToken,
  isConstraintViolation,
  type GuardedResult,
} from './saved-view-repository';

/** 9 random bytes: a 12-character base64url id, as unguessable as a saved view's slug. */
const ID_BYTES = 9;
const SECRET_BYTES = 32;

export interface WatchRepository {
  /** Newest first. */
  list(limit: number, skip?: number): Promise<WatchRow[]>;
  count(): Promise<number>;
  get(id: string): Promise<WatchRow | undefined>;
  /**
   * Saves under a fresh id; returns the edit token and webhook secret, both shown once, or
   * undefined when the graph already holds `max` watches.
   */
  create(
    fields: WatchFields,
    max: number,
  ): Promise<{ watch: WatchRow; editToken: string; webhookSecret: string } | undefined>;
  update(id: string, editToken: string, fields: WatchUpdate): Promise<GuardedResult<WatchRow>>;
  /** Sets the last reading to `at` (an ISO date-time, capped at now) or now. */
  markRead(id: string, editToken: string, at: string | null): Promise<GuardedResult<WatchRow>>;
  delete(id: string, editToken: string): Promise<GuardedResult<true>>;
  /** A new Atom read token (returned once; only its hash is stored), replacing any earlier one. */
  createFeedToken(
    id: string,
    editToken: string,
  ): Promise<GuardedResult<{ watch: WatchRow; feedToken: string }>>;
  revokeFeedToken(id: string, editToken: string): Promise<GuardedResult<WatchRow>>;
  /** True when `token` is the watch's current feed token (compared in constant time). */
  feedTokenMatches(id: string, token: string): Promise<boolean>;
  /** Unread alerts over every watch (the navigation badge). */
  unreadTotal(): Promise<number>;
}

async function create(
  fields: WatchFields,
  max: number,
): Promise<{ watch: WatchRow; editToken: string; webhookSecret: string } | undefined> {
  const editToken = randomBytes(32).toString('base64url');
  const webhookSecret = randomBytes(SECRET_BYTES).toString('hex');
  const hash = hashEditToken(editToken);
  for (let attempt = 0; ; attempt += 1) {
    const id = randomBytes(ID_BYTES).toString('base64url');
    try {
      const watch = await writeTransaction((tx) =>
        createWatch(tx, id, hash, webhookSecret, fields, max),
      );
      return watch === undefined ? undefined : { watch, editToken, webhookSecret };
    } catch (error) {
      if (!isConstraintViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Runs a guarded write; the write re-checks the hash, so a concurrent change cannot slip through. */
async function guarded<T>(
  id: string,
  editToken: string,
  write: (hash: string) => Promise<T | undefined>,
): Promise<GuardedResult<T>> {
  const stored = await readTransaction((tx) => getWatch(tx, id));
  const checked = checkEditToken(stored?.editTokenHash, editToken);
  if (checked.status !== 'ok') return checked;
  const value = await write(checked.value);
  return value === undefined ? { status: 'not-found' } : { status: 'ok', value };
}

export const watchRepository: WatchRepository = {
  list: (limit, skip = 0) => readTransaction((tx) => listWatches(tx, limit, skip)),
  count: () => readTransaction(countWatches),
  get: async (id) => (await readTransaction((tx) => getWatch(tx, id)))?.watch,
  create,
  update: (id, editToken, fields) =>
    guarded(id, editToken, (hash) => writeTransaction((tx) => updateWatch(tx, id, hash, fields))),
  createFeedToken: (id, editToken) => {
    const feedToken = randomBytes(32).toString('base64url');
    return guarded(id, editToken, async (hash) => {
      const watch = await writeTransaction((tx) =>
        setFeedToken(tx, id, hash, hashEditToken(feedToken)),
      );
      return watch === undefined ? undefined : { watch, feedToken };
    });
  },
  revokeFeedToken: (id, editToken) =>
    guarded(id, editToken, (hash) => writeTransaction((tx) => setFeedToken(tx, id, hash, null))),
  feedTokenMatches: async (id, token) => {
    const stored = await readTransaction((tx) => feedTokenHash(tx, id));
    return stored !== undefined && checkEditToken(stored, token).status === 'ok';
  },
  markRead: (id, editToken, at) =>
    guarded(id, editToken, (hash) => writeTransaction((tx) => markWatchRead(tx, id, hash, at))),
  delete: (id, editToken) =>
    guarded(id, editToken, async (hash) =>
      (await writeTransaction((tx) => deleteWatch(tx, id, hash))) ? (true as const) : undefined,
    ),
  // Read on every page for the navigation badge: a slow database must not hold pages up long.
  unreadTotal: () => readTransaction(unreadAlertTotal, { timeoutMs: 2_000 }),
};

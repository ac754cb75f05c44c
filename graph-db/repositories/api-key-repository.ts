import { createHash, randomBytes } from 'node:crypto';
import { readStatement, readTransaction, writeTransaction } from '../driver';
import {
  createApiKey,
  findActiveApiKey,
  listApiKeys,
  revokeApiKey,
  touchApiKey,
  type ApiKeyRow,
  type ApiKeyScope,
} from '../queries/api-keys.cypher';
import { RefreshAhead } from '../refresh-ahead';

export type { ApiKeyRow, ApiKeyScope };

/** Every key starts with this, so leaked keys are easy to spot in logs and secret scanners. */
export const API_KEY_PREFIX = 'ngk_';
/** 32 random bytes: 256 bits, 43 base64url characters. */
const SECRET_BYTES = 32;
/** 6 random bytes: a 8-character public id to list and revoke keys by. */
const ID_BYTES = 6;
/**
 * How long a key's check is trusted from the moment its read began: a key revoked by another
 * process (`npm run keys -- revoke`) is refused by every request that starts this long after the
 * revocation committed. Past half of it the check is made again in the background.
 */
export const API_KEY_CACHE_MS = 10_000;
/** `lastUsedAt` is written at most this often per key, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

export interface ApiKeyRepository {
  /** Creates a key; the returned `key` is the only time the secret exists outside the caller. */
  create(name: string, scope: ApiKeyScope): Promise<{ key: string; row: ApiKeyRow }>;
  list(): Promise<ApiKeyRow[]>;
  /** Revokes by public id; undefined when there is no such key. */
  revoke(id: string): Promise<ApiKeyRow | undefined>;
  /** The active key a presented secret belongs to, or undefined (unknown, malformed or revoked). */
  verify(presented: string): Promise<ApiKeyRow | undefined>;
}

/** SHA-256 hex of a presented key: what is stored and looked up. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Cheap shape check before any database work: prefix, id, separator, secret. */
export function looksLikeApiKey(value: string): boolean {
  return /^ngk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/.test(value);
}

/** Most keys whose checks are kept at once; past it they are all dropped (a flood of keys). */
const MAX_CACHED = 10_000;

export interface ApiKeyRepositoryOptions {
  /** How long a check is trusted (API_KEY_CACHE_MS). */
  readonly cacheMs?: number;
  /** Milliseconds on a monotonic clock. */
  readonly now?: () => number;
}

/**
 * The key repository. A presented key's check (one read) is kept per key hash and refreshed ahead
 * of its expiry (`refresh-ahead.ts`), so a request with a known key does not wait on Neo4j; a
 * revocation through this repository drops every check at once.
 */
export function createApiKeyRepository(options: ApiKeyRepositoryOptions = {}): ApiKeyRepository {
  const cacheMs = options.cacheMs ?? API_KEY_CACHE_MS;
  const now = options.now ?? (() => performance.now());
  const checks = new Map<string, RefreshAhead<ApiKeyRow | undefined>>();
  const touchedAt = new Map<string, number>();

  async function check(hash: string): Promise<ApiKeyRow | undefined> {
    const row = await readStatement((tx) => findActiveApiKey(tx, hash));
    if (row && now() - (touchedAt.get(row.id) ?? -Infinity) > TOUCH_EVERY_MS) {
      touchedAt.set(row.id, now());
      // Best effort: a failed usage stamp must not fail the request it describes.
      void writeTransaction((tx) => touchApiKey(tx, row.id), { bookkeeping: true }).catch(
        () => undefined,
      );
    }
    return row;
  }

  return {
    async create(name, scope) {
      const id = randomBytes(ID_BYTES).toString('base64url');
      const key = `${API_KEY_PREFIX}${id}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
      const row = await writeTransaction((tx) =>
        createApiKey(tx, { id, name, scope, hash: hashApiKey(key) }),
      );
      return { key, row };
    },

    list() {
      return readTransaction((tx) => listApiKeys(tx));
    },

    async revoke(id) {
      const row = await writeTransaction((tx) => revokeApiKey(tx, id));
      // Checks in flight began before the revocation: forgotten with their cells.
      for (const cell of checks.values()) cell.forget();
      checks.clear();
      return row;
    },

    verify(presented) {
      if (!looksLikeApiKey(presented)) return Promise.resolve(undefined);
      const hash = hashApiKey(presented);
      let cell = checks.get(hash);
      if (cell === undefined) {
        if (checks.size >= MAX_CACHED) checks.clear();
        cell = new RefreshAhead({ read: () => check(hash), maxAgeMs: cacheMs, now });
        checks.set(hash, cell);
      }
      return cell.get();
    },
  };
}

export const apiKeyRepository: ApiKeyRepository = createApiKeyRepository();

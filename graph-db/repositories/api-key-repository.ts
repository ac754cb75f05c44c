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

export type { ApiKeyRow, ApiKeyScope };

/** Every key starts with this, so leaked keys are easy to spot in logs and secret scanners. */
export const API_KEY_PREFIX = 'ngk_';
/** 32 random bytes: 256 bits, 43 base64url characters. */
const SECRET_BYTES = 32;
/** 6 random bytes: a 8-character public id to list and revoke keys by. */
const ID_BYTES = 6;
/** How long a verified key is trusted without asking Neo4j again (also how late a revocation bites). */
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

interface CachedKey {
  readonly row: ApiKeyRow | undefined;
  readonly until: number;
}

const verified = new Map<string, CachedKey>();
const touchedAt = new Map<string, number>();
const MAX_CACHED = 10_000;

function remember(hash: string, row: ApiKeyRow | undefined): void {
  if (verified.size >= MAX_CACHED) verified.clear();
  verified.set(hash, { row, until: Date.now() + API_KEY_CACHE_MS });
}

export const apiKeyRepository: ApiKeyRepository = {
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
    verified.clear();
    return row;
  },

  async verify(presented) {
    if (!looksLikeApiKey(presented)) return undefined;
    const hash = hashApiKey(presented);
    const cached = verified.get(hash);
    if (cached && cached.until > Date.now()) return cached.row;
    const row = await readStatement((tx) => findActiveApiKey(tx, hash));
    remember(hash, row);
    if (row && Date.now() - (touchedAt.get(row.id) ?? 0) > TOUCH_EVERY_MS) {
      touchedAt.set(row.id, Date.now());
      // Best effort: a failed usage stamp must not fail the request it describes.
      void writeTransaction((tx) => touchApiKey(tx, row.id), { bookkeeping: true }).catch(
        () => undefined,
      );
    }
    return row;
  },
};

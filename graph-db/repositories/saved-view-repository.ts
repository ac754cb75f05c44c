import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { MAX_SEARCH_LENGTH } from '../../model/search-text';
import { readTransaction, writeTransaction } from '../driver';
import { luceneQueryOf } from '../text/lucene-query';
import {
  countSavedViews,
  createSavedView,
  deleteSavedView,
  forkSavedView,
  getSavedView,
  listSavedViews,
  searchSavedViews,
  updateSavedView,
} from '../queries/saved-views.cypher';
import type { ForkFields, SavedViewFields, SavedViewRow } from '../../model/saved-views';

/** Random bytes of a slug: 9 bytes are 12 base64url characters, 72 bits, not guessable. */
const SLUG_BYTES = 9;
/** Random bytes of an edit token. */
const TOKEN_BYTES = 32;

/** Outcome of a change that needs the edit token. */
export type GuardedResult<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'not-found' }
  | { readonly status: 'forbidden' };

export interface SavedViewRepository {
  /** Most recent first (used by the /views page). */
  list(limit: number, skip?: number): Promise<SavedViewRow[]>;
  /**
   * Views matching what the user typed (its first MAX_SEARCH_LENGTH characters); SearchTextError
   * when it has no word.
   */
  search(text: string, limit: number, skip?: number): Promise<SavedViewRow[]>;
  /** All views (null), or those `search` finds for `text`. */
  count(text: string | null): Promise<number>;
  get(slug: string): Promise<SavedViewRow | undefined>;
  /** Saves under a fresh random slug; returns the view and its edit token (shown once). */
  create(fields: SavedViewFields): Promise<{ view: SavedViewRow; editToken: string }>;
  /**
   * Copies a view (a snapshot with its stored elements) under a fresh random slug with its own
   * edit token; undefined when `slug` does not exist.
   */
  fork(
    slug: string,
    fields: ForkFields,
  ): Promise<{ view: SavedViewRow; editToken: string } | undefined>;
  update(
    slug: string,
    editToken: string,
    fields: SavedViewFields,
  ): Promise<GuardedResult<SavedViewRow>>;
  delete(slug: string, editToken: string): Promise<GuardedResult<true>>;
}

/** A views search reads only the start of an over-long text rather than refusing it. */
function viewsLucene(text: string): string {
  return luceneQueryOf(text.slice(0, MAX_SEARCH_LENGTH));
}

/** SHA-256 hex of a token: what is stored, so a database leak yields no usable token. */
export function hashEditToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function isConstraintViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    String(error.code) === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}

/**
 * Writes a new view under a fresh random slug with a new edit token. `write` returns undefined
 * when there was nothing to write (a fork of a missing view).
 */
async function writeUnderNewSlug(
  write: (
    tx: ManagedTransaction,
    slug: string,
    editTokenHash: string,
  ) => Promise<SavedViewRow | undefined>,
): Promise<{ view: SavedViewRow; editToken: string } | undefined> {
  const editToken = randomBytes(TOKEN_BYTES).toString('base64url');
  const editTokenHash = hashEditToken(editToken);
  // A collision of 72 random bits is practically impossible; retry anyway rather than fail.
  for (let attempt = 0; ; attempt += 1) {
    const slug = randomBytes(SLUG_BYTES).toString('base64url');
    try {
      const view = await writeTransaction((tx) => write(tx, slug, editTokenHash));
      return view === undefined ? undefined : { view, editToken };
    } catch (error) {
      if (!isConstraintViolation(error) || attempt >= 3) throw error;
    }
  }
}

async function create(fields: SavedViewFields): Promise<{ view: SavedViewRow; editToken: string }> {
  const created = await writeUnderNewSlug((tx, slug, hash) =>
    createSavedView(tx, slug, hash, fields),
  );
  if (created === undefined) throw new Error('saved view was not created');
  return created;
}

/**
 * Checks a token against the stored hash (undefined: no such item), so a wrong token and a
 * missing item differ; ok carries the hash for the write to check again.
 */
export function checkEditToken(
  storedHash: string | undefined,
  editToken: string,
): GuardedResult<string> {
  if (storedHash === undefined) return { status: 'not-found' };
  const hash = hashEditToken(editToken);
  if (!sameHash(hash, storedHash)) return { status: 'forbidden' };
  return { status: 'ok', value: hash };
}

async function guard(slug: string, editToken: string): Promise<GuardedResult<string>> {
  const stored = await readTransaction((tx) => getSavedView(tx, slug));
  return checkEditToken(stored?.editTokenHash, editToken);
}

export const savedViewRepository: SavedViewRepository = {
  list: (limit, skip = 0) => readTransaction((tx) => listSavedViews(tx, limit, skip)),
  search: async (text, limit, skip = 0) => {
    const lucene = viewsLucene(text);
    return readTransaction((tx) => searchSavedViews(tx, lucene, limit, skip));
  },
  count: async (text) => {
    const lucene = text === null ? null : viewsLucene(text);
    return readTransaction((tx) => countSavedViews(tx, lucene));
  },
  get: async (slug) => (await readTransaction((tx) => getSavedView(tx, slug)))?.view,
  create,
  fork: (slug, fields) =>
    writeUnderNewSlug((tx, newSlug, hash) => forkSavedView(tx, slug, newSlug, hash, fields)),
  async update(slug, editToken, fields) {
    const checked = await guard(slug, editToken);
    if (checked.status !== 'ok') return checked;
    // The write re-checks the hash, so a concurrent token change cannot slip through.
    const view = await writeTransaction((tx) => updateSavedView(tx, slug, checked.value, fields));
    return view ? { status: 'ok', value: view } : { status: 'not-found' };
  },
  async delete(slug, editToken) {
    const checked = await guard(slug, editToken);
    if (checked.status !== 'ok') return checked;
    const deleted = await writeTransaction((tx) => deleteSavedView(tx, slug, checked.value));
    return deleted ? { status: 'ok', value: true } : { status: 'not-found' };
  },
};

/** Collected feeds as listed (docs/collect.md): plain rows every layer shares. */

/**
 * What a source is: a feed (RSS, Atom, RDF), a page (one URL whose article(s) are read like
 * `npm run ingest <url>`) or a local folder (files in the formats `npm run ingest` reads).
 */
export type SourceKind = 'feed' | 'page' | 'folder';

/** Outcome of the last poll; `new` before the first. */
export type FeedStatus = 'new' | 'ok' | 'not-modified' | 'error';

/** A feed as listed. */
export interface FeedRow {
  readonly key: string;
  readonly url: string;
  readonly kind: SourceKind;
  readonly title: string | null;
  /** Where it was added: the config file or the API. */
  readonly origin: 'config' | 'api';
  readonly paused: boolean;
  readonly intervalMinutes: number;
  readonly status: FeedStatus;
  readonly addedAt: string;
  readonly lastFetchAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  readonly lastHttpStatus: number | null;
  /** Consecutive failed polls. */
  readonly failures: number;
  readonly nextDueAt: string | null;
  /** Totals over every poll: entries read, articles stored new or changed, entries rejected. */
  readonly itemsSeen: number;
  readonly itemsStored: number;
  readonly itemsRejected: number;
  /** The last poll's counts. */
  readonly lastNew: number;
  readonly lastUpdated: number;
  readonly lastUnchanged: number;
  readonly lastRejected: number;
}

/** A feed to add or keep (the config file's, or `addFeed`'s). */
export interface FeedUpsert {
  readonly key: string;
  readonly url: string;
  readonly kind: SourceKind;
  readonly intervalMinutes: number;
  readonly origin: 'config' | 'api';
}

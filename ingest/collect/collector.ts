/**
 * Continuous collection: polls due feeds with conditional GET, politely (robots.txt, one request a
 * second per host, a size and time cap per fetch), sends every entry through the normal ingest and
 * records the feed's state. It knows nothing of the database: the caller passes a CollectStore.
 *
 * A poll writes the feed's state only after its items are stored, so a process killed mid-poll
 * leaves the feed as it was; the next poll fetches the same entries again and the writer, which
 * skips unchanged articles and MERGEs the rest, stores each once.
 */
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import { extractArticle, type ArticleExtractor } from '../extract/extract-article';
import { articleKey } from '../keys';
import type { BatchOutcome } from '../run-ingest';
import { parseFeed } from '../sources/feed';
import {
  createHostRateLimiter,
  DEFAULT_MIN_INTERVAL_MS,
  FetchError,
  fetchUrl,
  parseFetchedDocument,
  type FetchedDocument,
  type HostRateLimiter,
} from '../sources/fetch-url';
import type { ExtractedArticle, ParseResult, RawArticle } from '../types';
import { guardedFetch, type AddressLookup } from './address-guard';
import {
  apiFolderRoot,
  insideFolder,
  MAX_FEEDS,
  type CollectSettings,
  type SourceKind,
} from './collect-config';
import { FolderError, pollFolder, type FileState } from './folder-poll';
import { createRobotsCache, type RobotsCache } from './robots';
import { nextPollDelayMs, parseRetryAfter } from './schedule';

/** An entry with less text than this is a summary: its link page is fetched for the article. */
export const SUMMARY_CHARS = 600;
/** How long a claimed feed is reserved for the process that claimed it. */
export const FEED_LEASE_MS = 30 * 60 * 1000;
/** Time a poll may spend fetching link pages: well inside its lease, so no one else claims it. */
const PAGE_BUDGET_MS = FEED_LEASE_MS / 2;
/** Feeds polled at once (each host still gets at most one request a second). */
const POLL_CONCURRENCY = 4;
/** How often the daemon looks for due feeds (feeds added through the API are seen this fast). */
export const DAEMON_TICK_MS = 30_000;
/**
 * Validator errors that mean the document's structure is broken (a tag never closed, closed out of
 * order, a truncated body): its entries cannot be trusted, so the poll fails. Stray characters (an
 * unescaped `&`, common in real feeds) are left to the lenient parser.
 */
const BROKEN_STRUCTURE = new Set(['InvalidTag', 'InvalidXml']);
/** Later than any due time: what `pollDue({ all: true })` claims by. */
const LATEST_DATE = '9999-12-31T00:00:00Z';
/** Rejections named in a poll's log. */
const LOGGED_REJECTIONS = 5;

export type { FileState };

/** Characters of rejections kept as a folder poll's last error. */
const ERROR_CHARS = 1_000;

/** What the collector reads of a feed (or page, or folder). */
export interface DueFeed {
  readonly key: string;
  readonly url: string;
  readonly kind: SourceKind;
  readonly origin: 'config' | 'api';
  readonly intervalMinutes: number;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** SHA-256 of the page last stored cleanly (pages only). */
  readonly contentHash: string | null;
  /** Consecutive failed polls before this one. */
  readonly failures: number;
}

/** The outcome of one poll, as stored on the feed. */
export interface FeedPollRecord {
  readonly status: 'ok' | 'not-modified' | 'error';
  readonly httpStatus: number | null;
  readonly error: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentHash: string | null;
  readonly title: string | null;
  readonly failures: number;
  readonly fetchedAt: string;
  readonly nextDueAt: string;
  /** Entries in the feed this poll (at most maxItemsPerPoll). */
  readonly seen: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  /** A folder's files read this poll and those gone from it (recorded with the poll). */
  readonly files?: { readonly read: readonly FileState[]; readonly removed: readonly string[] };
}

/** The database side of collection (graph-db's feed and ingest repositories). */
export interface CollectStore {
  /** Reserves up to `limit` feeds due by `dueBy` that no other process holds at `now`, for `leaseMs`. */
  claimDue(now: string, dueBy: string, leaseMs: number, limit: number): Promise<DueFeed[]>;
  /** Gives claimed feeds back unpolled. */
  release(keys: readonly string[]): Promise<void>;
  /** Ends the leases of collectors that died holding them; called once before the first claim. */
  releaseAbandoned?(now: string): Promise<void>;
  /** Which of these article keys are stored as full articles (not related-list stubs). */
  storedKeys(keys: readonly string[]): Promise<ReadonlySet<string>>;
  write(batch: readonly ExtractedArticle[]): Promise<BatchOutcome>;
  /** A folder source's file states by relative path. */
  folderFiles(key: string): Promise<ReadonlyMap<string, FileState>>;
  /** Stores a poll's outcome and ends the feed's lease. */
  recordPoll(key: string, record: FeedPollRecord): Promise<void>;
}

export interface CollectorOptions {
  readonly settings: CollectSettings;
  readonly store: CollectStore;
  readonly extract?: ArticleExtractor;
  readonly clock?: () => number;
  /** Jitter of the backoff; Math.random unless a test seeds one. */
  readonly random?: () => number;
  /** Minimum milliseconds between two requests to one host. */
  readonly hostIntervalMs?: number;
  /** Underlying fetch (tests may wrap it); the address guard and conditional headers go around it. */
  readonly fetch?: typeof fetch;
  readonly lookup?: AddressLookup;
  readonly log?: (line: string) => void;
  /**
   * Called after a poll that stored articles (e.g. to send the webhooks of the alerts they
   * raised); its failure is logged, never the poll's.
   */
  readonly afterStored?: () => Promise<void>;
  /** Called at each daemon tick (the webhook rounds that came due); its failure is logged. */
  readonly onTick?: () => Promise<void>;
  /** Where API-added folders must be (`NARRAGRAPH_COLLECT_FOLDER_ROOT` unless given). */
  readonly apiFolderRoot?: string;
}

/** One poll's outcome with the reasons of its rejected entries. */
export interface PollReport extends FeedPollRecord {
  readonly key: string;
  readonly rejections: readonly string[];
  /** A folder's files: new or changed (read), and unchanged (skipped). */
  readonly fileCounts?: { readonly changed: number; readonly unchanged: number };
}

export interface Collector {
  /** Claims every due feed (up to `limit`; every unpaused one with `all`) and polls each once. */
  pollDue(options?: { readonly limit?: number; readonly all?: boolean }): Promise<PollReport[]>;
  /** Polls due feeds until `signal` aborts; claimed feeds not yet polled are released. */
  run(signal: AbortSignal): Promise<void>;
}

/** The counts of a poll that read no entries. */
const NOTHING_STORED = {
  seen: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  rejections: [],
} as const;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failed fetch whose server said when to come back. */
class PollFailure extends Error {
  constructor(
    readonly failure: FetchError,
    readonly retryAfterMs: number,
  ) {
    super(failure.message);
  }
}

interface Fetched {
  readonly document?: FetchedDocument;
  readonly notModified: boolean;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** The one-line summary of a poll that the daemon prints. */
export function formatPoll(report: PollReport, url: string): string {
  const when = `${report.status === 'error' ? 'retry' : 'next poll'} ${report.nextDueAt}`;
  if (report.status === 'error') {
    return `${url}: error (${report.error ?? 'unknown'}), failure ${report.failures}; ${when}`;
  }
  if (report.fileCounts !== undefined) {
    const { changed, unchanged } = report.fileCounts;
    const files = `${url}: ${changed} file${changed === 1 ? '' : 's'} new or changed, ${unchanged} unchanged`;
    if (report.status === 'not-modified') return `${files}; ${when}`;
    return `${files}; ${report.seen} records: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected; ${when}`;
  }
  if (report.status === 'not-modified') {
    return report.httpStatus === 304
      ? `${url}: 304 not modified; ${when}`
      : `${url}: ${report.httpStatus ?? 200}, same content as last stored; ${when}`;
  }
  return `${url}: ${report.httpStatus ?? 200}, ${report.seen} entries: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected; ${when}`;
}

export function createCollector(options: CollectorOptions): Collector {
  const { settings, store } = options;
  const clock = options.clock ?? Date.now;
  const random = options.random ?? Math.random;
  const extract = options.extract ?? extractArticle;
  const log = options.log ?? ((line: string) => console.log(line));
  const rateLimiter: HostRateLimiter = createHostRateLimiter({
    minIntervalMs: options.hostIntervalMs ?? DEFAULT_MIN_INTERVAL_MS,
  });
  const guarded = guardedFetch({
    allowPrivate: settings.allowPrivateAddresses,
    ...(options.lookup ? { lookup: options.lookup } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const fetchOptions = {
    timeoutMs: settings.timeoutMs,
    maxBytes: settings.maxBytes,
    rateLimiter,
    fetch: guarded,
  };
  const robots: RobotsCache = createRobotsCache(
    async (robotsUrl) => (await fetchUrl(robotsUrl, fetchOptions)).body,
    { clock },
  );

  const conditionalGet = async (feed: DueFeed): Promise<Fetched> => {
    let last: Response | undefined;
    const conditional: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (feed.etag) headers.set('if-none-match', feed.etag);
      if (feed.lastModified) headers.set('if-modified-since', feed.lastModified);
      last = await guarded(input, { ...init, headers });
      return last;
    };
    const validators = () => ({
      etag: last?.headers.get('etag') ?? feed.etag,
      lastModified: last?.headers.get('last-modified') ?? feed.lastModified,
    });
    try {
      const document = await fetchUrl(feed.url, { ...fetchOptions, fetch: conditional });
      return { document, notModified: false, ...validators() };
    } catch (error) {
      if (error instanceof FetchError && error.status === 304) {
        return { notModified: true, ...validators() };
      }
      if (error instanceof FetchError && (error.status === 429 || error.status === 503)) {
        const retryAfterMs = parseRetryAfter(last?.headers.get('retry-after') ?? null, clock());
        if (retryAfterMs !== undefined) throw new PollFailure(error, retryAfterMs);
      }
      throw error;
    }
  };

  /** The entry, or its link page's article with what the page lacks taken from the entry. */
  const withLinkedPage = async (entry: RawArticle & { url: string }): Promise<ParseResult> => {
    const refusal = await robots.check(entry.url);
    if (refusal !== undefined) {
      return { ok: false, rejected: { origin: entry.origin, reason: `link page: ${refusal}` } };
    }
    let page: ParseResult | undefined;
    try {
      page = parseFetchedDocument(await fetchUrl(entry.url, fetchOptions))[0];
    } catch (error) {
      return {
        ok: false,
        rejected: { origin: entry.origin, reason: `link page: ${reasonOf(error)}` },
      };
    }
    if (page === undefined || !page.ok) {
      const why = page === undefined ? 'nothing parsed' : page.rejected.reason;
      return { ok: false, rejected: { origin: entry.origin, reason: `link page: ${why}` } };
    }
    const article = page.article;
    return {
      ok: true,
      article: {
        ...article,
        title: article.title || entry.title,
        // The entry's link stays the identity, whatever the page redirects to or calls canonical.
        url: entry.url,
        ...((article.date ?? entry.date) ? { date: article.date ?? entry.date } : {}),
        ...((article.sourceName ?? entry.sourceName)
          ? { sourceName: article.sourceName ?? entry.sourceName }
          : {}),
        ...((article.language ?? entry.language)
          ? { language: article.language ?? entry.language }
          : {}),
        topics: [...new Set([...(article.topics ?? []), ...(entry.topics ?? [])])],
        origin: entry.origin,
      },
    };
  };

  const needsPage = (
    result: ParseResult,
  ): result is {
    ok: true;
    article: RawArticle & { url: string };
  } =>
    settings.linkedPages === 'summary' &&
    result.ok &&
    result.article.url !== undefined &&
    result.article.text.length < SUMMARY_CHARS;

  const pollFeed = async (feed: DueFeed): Promise<PollReport> => {
    const fetchedAt = new Date(clock());
    const failed = (
      error: string,
      httpStatus: number | null,
      retryAfterMs?: number,
    ): PollReport => {
      const failures = feed.failures + 1;
      const delay = nextPollDelayMs(
        'error',
        failures,
        feed.intervalMinutes * 60_000,
        settings,
        random,
        retryAfterMs,
      );
      return {
        key: feed.key,
        status: 'error',
        httpStatus,
        error,
        etag: feed.etag,
        lastModified: feed.lastModified,
        contentHash: feed.contentHash,
        title: null,
        failures,
        fetchedAt: fetchedAt.toISOString(),
        nextDueAt: new Date(fetchedAt.getTime() + delay).toISOString(),
        ...NOTHING_STORED,
      };
    };
    const answered = {
      key: feed.key,
      error: null,
      failures: 0,
      fetchedAt: fetchedAt.toISOString(),
      nextDueAt: new Date(fetchedAt.getTime() + feed.intervalMinutes * 60_000).toISOString(),
    };
    if (feed.kind === 'folder') return pollFolderSource(feed, answered, failed);

    const refusal = await robots.check(feed.url);
    if (refusal !== undefined) return failed(refusal, null);
    let fetched: Fetched;
    try {
      fetched = await conditionalGet(feed);
    } catch (error) {
      if (error instanceof PollFailure) {
        return failed(error.message, error.failure.status ?? null, error.retryAfterMs);
      }
      return failed(reasonOf(error), error instanceof FetchError ? (error.status ?? null) : null);
    }
    if (fetched.notModified || fetched.document === undefined) {
      return {
        ...answered,
        status: 'not-modified',
        httpStatus: 304,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        contentHash: feed.contentHash,
        title: null,
        ...NOTHING_STORED,
      };
    }

    const isPage = feed.kind === 'page';
    // A page without validators (or that ignores them) is compared by its bytes.
    const contentHash = isPage
      ? createHash('sha256').update(fetched.document.body).digest('hex')
      : null;
    if (isPage && contentHash === feed.contentHash) {
      return {
        ...answered,
        status: 'not-modified',
        httpStatus: fetched.document.status,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        contentHash,
        title: null,
        ...NOTHING_STORED,
      };
    }
    const validation = isPage ? true : XMLValidator.validate(fetched.document.body);
    if (validation !== true && BROKEN_STRUCTURE.has(validation.err.code)) {
      const { msg, line, col } = validation.err;
      return failed(`malformed XML: ${msg} (line ${line}, column ${col})`, fetched.document.status);
    }
    const parsed = isPage
      ? parseFetchedDocument(fetched.document)
      : parseFeed(fetched.document.body, feed.url, {
          titleOnlyEntries: settings.linkedPages === 'summary',
        });
    const only = parsed[0];
    // A document that is no feed at all fails the poll; a bad entry is only that entry's rejection.
    if (
      parsed.length === 1 &&
      only !== undefined &&
      !only.ok &&
      only.rejected.origin.record === undefined
    ) {
      return failed(only.rejected.reason, fetched.document.status);
    }
    const entries = parsed.slice(0, settings.maxItemsPerPoll);
    const rejections: string[] = [];
    const reject = (result: { rejected: { origin: { record?: number }; reason: string } }) =>
      rejections.push(`#${result.rejected.origin.record ?? '?'}: ${result.rejected.reason}`);

    // A page source's articles are the page's own: no link is followed.
    const wantsPage = (
      result: ParseResult,
    ): result is { ok: true; article: RawArticle & { url: string } } =>
      !isPage && needsPage(result);
    const pageKeys = entries.filter(wantsPage).map((result) => articleKey(result.article));
    const stored = pageKeys.length === 0 ? new Set<string>() : await store.storedKeys(pageKeys);
    let known = 0;
    const batch: ExtractedArticle[] = [];
    const pagesUntil = fetchedAt.getTime() + PAGE_BUDGET_MS;
    for (const entry of entries) {
      let result = entry;
      if (wantsPage(entry)) {
        // A stored page is not fetched again: its article is what the page said.
        if (stored.has(articleKey(entry.article))) {
          known += 1;
          continue;
        }
        result =
          clock() < pagesUntil
            ? await withLinkedPage(entry.article).catch((error: unknown): ParseResult => ({
                ok: false,
                rejected: {
                  origin: entry.article.origin,
                  reason: `link page: ${reasonOf(error)}`,
                },
              }))
            : {
                ok: false,
                rejected: {
                  origin: entry.article.origin,
                  reason: 'link page: left for the next poll (this poll used its time for pages)',
                },
              };
      }
      if (!result.ok) {
        reject(result);
        continue;
      }
      try {
        batch.push(extract(result.article));
      } catch (error) {
        reject({
          rejected: {
            origin: result.article.origin,
            reason: `extraction failed: ${reasonOf(error)}`,
          },
        });
      }
    }
    const outcome =
      batch.length === 0 ? { statuses: new Map(), failed: [] } : await store.write(batch);
    let created = 0;
    let updated = 0;
    let unchanged = known;
    for (const status of outcome.statuses.values()) {
      if (status === 'created') created += 1;
      else if (status === 'updated') updated += 1;
      else unchanged += 1;
    }
    for (const failure of outcome.failed) {
      reject({
        rejected: { origin: failure.article.origin, reason: `not stored: ${failure.reason}` },
      });
    }
    // The parser names every entry's source after the feed's own title.
    const title = parsed.find((result) => result.ok)?.article.sourceName;
    // A poll that rejected entries keeps the old validators: the next one gets the whole feed
    // again (not a 304) and retries them, a link page that failed for a moment included.
    const clean = rejections.length === 0;
    return {
      ...answered,
      status: 'ok',
      httpStatus: fetched.document.status,
      etag: clean ? fetched.etag : feed.etag,
      lastModified: clean ? fetched.lastModified : feed.lastModified,
      contentHash: clean ? contentHash : feed.contentHash,
      title: title ?? null,
      seen: entries.length,
      created,
      updated,
      unchanged,
      rejected: rejections.length,
      rejections,
    };
  };

  const folderRoot = options.apiFolderRoot ?? apiFolderRoot();
  const realOr = (folder: string) => realpath(folder).catch(() => folder);

  const pollFolderSource = async (
    feed: DueFeed,
    answered: Pick<PollReport, 'key' | 'error' | 'failures' | 'fetchedAt' | 'nextDueAt'>,
    failed: (error: string, httpStatus: number | null) => PollReport,
  ): Promise<PollReport> => {
    // Checked again at each poll: the root may have moved since the folder was added.
    if (
      feed.origin === 'api' &&
      (folderRoot === undefined || !insideFolder(await realOr(feed.url), await realOr(folderRoot)))
    ) {
      return failed('folder is outside NARRAGRAPH_COLLECT_FOLDER_ROOT', null);
    }
    let poll;
    try {
      poll = await pollFolder(feed.url, {
        previous: await store.folderFiles(feed.key),
        maxFiles: settings.maxItemsPerPoll,
        write: (batch) => store.write(batch),
        extract,
      });
    } catch (error) {
      if (error instanceof FolderError) return failed(error.message, null);
      throw error;
    }
    const problems = poll.rejections.join('; ');
    return {
      ...answered,
      // Files left for lack of time are read at the daemon's next tick.
      nextDueAt: poll.truncated ? answered.fetchedAt : answered.nextDueAt,
      error: problems === '' ? null : problems.slice(0, ERROR_CHARS),
      status: poll.filesChanged > 0 ? 'ok' : 'not-modified',
      httpStatus: null,
      etag: null,
      lastModified: null,
      contentHash: null,
      title: null,
      seen: poll.seen,
      created: poll.created,
      updated: poll.updated,
      unchanged: poll.unchanged,
      rejected: poll.rejections.length,
      rejections: poll.rejections,
      files: { read: poll.read, removed: poll.removed },
      fileCounts: { changed: poll.filesChanged, unchanged: poll.filesUnchanged },
    };
  };

  const pollAndRecord = async (feed: DueFeed): Promise<PollReport> => {
    const report = await pollFeed(feed);
    await store.recordPoll(feed.key, report);
    log(formatPoll(report, feed.url));
    for (const line of report.rejections.slice(0, LOGGED_REJECTIONS)) log(`  rejected ${line}`);
    if (report.rejections.length > LOGGED_REJECTIONS) {
      log(`  ... and ${report.rejections.length - LOGGED_REJECTIONS} more rejected`);
    }
    if (report.created + report.updated > 0 && options.afterStored !== undefined) {
      await options.afterStored().catch((error: unknown) => {
        log(`  after storing: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    return report;
  };

  const pollClaimed = async (
    feeds: readonly DueFeed[],
    signal?: AbortSignal,
  ): Promise<PollReport[]> => {
    const reports: PollReport[] = [];
    let next = 0;
    const worker = async () => {
      while (next < feeds.length && !signal?.aborted) {
        const feed = feeds[next];
        next += 1;
        if (feed === undefined) break;
        try {
          reports.push(await pollAndRecord(feed));
        } catch (error) {
          // Storing failed (Neo4j down): the feed keeps its old state and is polled again later.
          log(`${feed.url}: not recorded (${reasonOf(error)}); polled again when due`);
          await store.release([feed.key]).catch(() => undefined);
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(POLL_CONCURRENCY, feeds.length) }, worker));
    } finally {
      const unpolled = feeds.slice(next).map((feed) => feed.key);
      if (unpolled.length > 0) await store.release(unpolled).catch(() => undefined);
    }
    return reports;
  };

  let abandonedReleased = false;
  const claim = async (limit: number, all = false) => {
    const now = new Date(clock()).toISOString();
    if (!abandonedReleased) {
      await store.releaseAbandoned?.(now);
      abandonedReleased = true;
    }
    return store.claimDue(now, all ? LATEST_DATE : now, FEED_LEASE_MS, limit);
  };

  return {
    async pollDue({ limit = MAX_FEEDS, all = false } = {}) {
      return pollClaimed(await claim(limit, all));
    },
    async run(signal) {
      const batch = POLL_CONCURRENCY * 4;
      while (!signal.aborted) {
        let recorded = 0;
        await options.onTick?.().catch((error: unknown) => log(`collect: ${reasonOf(error)}`));
        try {
          recorded = (await pollClaimed(await claim(batch), signal)).length;
        } catch (error) {
          log(`collect: ${reasonOf(error)}; trying again in ${DAEMON_TICK_MS / 1000} s`);
        }
        if (signal.aborted) break;
        // A full batch, all recorded, may have left due feeds behind: claim again at once.
        if (recorded === batch) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, DAEMON_TICK_MS);
          signal.addEventListener(
            'abort',
            () => {
              clearTimeout(timer);
              resolve();
            },
            { once: true },
          );
        });
      }
    },
  };
}

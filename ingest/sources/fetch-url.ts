/**
 * Fetches one URL politely and parses it by content type. Politeness and safety are the point:
 * a timeout covering the whole exchange, a byte cap enforced while streaming (a lying or missing
 * Content-Length cannot blow memory), a minimum interval between requests to the same host, a
 * User-Agent naming Narragraph, and a redirect limit. Every failure is a {@link FetchError} whose
 * message names the URL and the reason.
 */
import type { ParseResult } from '../types';
import { rejectRecord } from './article-result';
import { looksLikeFeed, parseFeed } from './feed';
import { parseHtmlPage } from './html-page';
import { parseJsonText } from './json-corpus';
import { looksLikePageText, parsePageText } from './page-text';

/** Default User-Agent: says who we are and where to read about it. */
export const DEFAULT_USER_AGENT =
  'Narragraph/0.1 (+https://github.com/narragraph/narragraph; narrative-graph research crawler)';

/** Why a fetch failed. */
export type FetchFailure =
  'timeout' | 'too-large' | 'http-status' | 'too-many-redirects' | 'bad-url' | 'network';

/** A failed fetch; `message` names the URL and the reason. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly url: string,
    readonly reason: FetchFailure,
    detail: string,
    readonly status?: number,
  ) {
    super(`${url}: ${detail}`);
  }
}

/** Spaces requests to the same host at least `minIntervalMs` apart. */
export interface HostRateLimiter {
  /** Resolves when a request to `host` may start; reserves that slot. */
  acquire(host: string): Promise<void>;
}

/** Options for {@link createHostRateLimiter}. */
export interface RateLimiterOptions {
  /** Minimum milliseconds between two requests to the same host. */
  readonly minIntervalMs?: number;
  /** Current time in ms (injectable for tests). */
  readonly clock?: () => number;
  /** Waits `ms` milliseconds (injectable for tests). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Default polite interval between two requests to the same host. */
export const DEFAULT_MIN_INTERVAL_MS = 1000;

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Creates a per-host rate limiter. Slots are reserved synchronously, so concurrent callers for
 * one host are spaced out rather than all waking up at the same moment.
 */
export function createHostRateLimiter(options: RateLimiterOptions = {}): HostRateLimiter {
  const minInterval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const nextSlot = new Map<string, number>();
  return {
    async acquire(host: string): Promise<void> {
      const now = clock();
      const slot = Math.max(now, nextSlot.get(host) ?? now);
      nextSlot.set(host, slot + minInterval);
      if (slot > now) await sleep(slot - now);
    },
  };
}

/** Shared by calls that do not bring their own limiter, so separate calls stay polite too. */
const defaultLimiter = createHostRateLimiter();

/** Options for {@link fetchUrl} and {@link fetchAndParse}. */
export interface FetchUrlOptions {
  /** Whole-exchange timeout in ms (headers and body). */
  readonly timeoutMs?: number;
  /** Maximum body size in bytes; larger bodies are aborted. */
  readonly maxBytes?: number;
  /** Maximum redirects to follow. */
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  /** Per-host rate limiter; defaults to a module-wide one with a 1000 ms interval. */
  readonly rateLimiter?: HostRateLimiter;
  /** fetch implementation (injectable; defaults to the global fetch). */
  readonly fetch?: typeof fetch;
}

/** Default whole-exchange timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Default body cap: article pages and feeds are far below it. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Default number of redirects followed. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** A fetched body, decoded. */
export interface FetchedDocument {
  /** The URL asked for. */
  readonly requestedUrl: string;
  /** The URL the body came from, after redirects. */
  readonly url: string;
  readonly status: number;
  /** Media type without parameters, lower case (`text/html`), or '' when the server sent none. */
  readonly contentType: string;
  readonly body: string;
}

/**
 * GETs a URL with the safeguards above and returns the decoded body. Throws {@link FetchError}
 * for a bad URL, timeout, oversized body, non-2xx status, redirect loop or network failure.
 */
export async function fetchUrl(
  url: string,
  options: FetchUrlOptions = {},
): Promise<FetchedDocument> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const limiter = options.rateLimiter ?? defaultLimiter;
  const doFetch = options.fetch ?? fetch;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  let current = parseHttpUrl(url, url);
  try {
    for (let redirects = 0; ; redirects += 1) {
      await limiter.acquire(current.host);
      if (timedOut) throw new FetchError(url, 'timeout', `timed out after ${timeoutMs} ms`);
      let response: Response;
      try {
        response = await doFetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
            accept:
              'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          },
        });
      } catch (error) {
        if (timedOut) throw new FetchError(url, 'timeout', `timed out after ${timeoutMs} ms`);
        throw new FetchError(url, 'network', `request failed: ${describe(error)}`);
      }

      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) {
          throw new FetchError(url, 'too-many-redirects', `more than ${maxRedirects} redirects`);
        }
        current = parseHttpUrl(
          new URL(response.headers.get('location') ?? '', current).toString(),
          url,
        );
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        throw new FetchError(
          url,
          'http-status',
          `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
          response.status,
        );
      }

      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw new FetchError(
          url,
          'too-large',
          `body of ${declared} bytes exceeds the ${maxBytes}-byte cap`,
        );
      }
      const bytes = await readCapped(response, maxBytes, url, () => timedOut, timeoutMs);
      const contentTypeHeader = response.headers.get('content-type') ?? '';
      return {
        requestedUrl: url,
        url: current.toString(),
        status: response.status,
        contentType: (contentTypeHeader.split(';')[0] ?? '').trim().toLowerCase(),
        body: decodeBody(bytes, contentTypeHeader),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseHttpUrl(candidate: string, requested: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    throw new FetchError(requested, 'bad-url', `not a valid URL: ${candidate}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError(
      requested,
      'bad-url',
      `only http(s) URLs can be fetched, not ${parsed.protocol}`,
    );
  }
  return parsed;
}

async function readCapped(
  response: Response,
  maxBytes: number,
  url: string,
  timedOut: () => boolean,
  timeoutMs: number,
): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new FetchError(url, 'too-large', `body exceeds the ${maxBytes}-byte cap`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (timedOut()) throw new FetchError(url, 'timeout', `timed out after ${timeoutMs} ms`);
    throw new FetchError(url, 'network', `reading the body failed: ${describe(error)}`);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Decodes with the header's charset, else a `<meta charset>` in the first bytes, else UTF-8. */
function decodeBody(bytes: Uint8Array, contentType: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const sniffed =
    fromHeader ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(
      new TextDecoder('latin1').decode(bytes.subarray(0, 2048)),
    )?.[1];
  try {
    return new TextDecoder(sniffed ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

/** Which parser a fetched document goes to. */
export type DocumentKind = 'html' | 'feed' | 'json' | 'page-text';

/**
 * Picks a parser from the content type, sniffing the body when the type is generic
 * (`text/plain`, `application/octet-stream`, missing). Returns undefined for unsupported types.
 */
export function documentKind(contentType: string, body: string): DocumentKind | undefined {
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(contentType)) return 'feed';
  if (/^(application|text)\/xml$/.test(contentType))
    return looksLikeFeed(body) ? 'feed' : undefined;
  if (/^application\/(json|x-ndjson|ndjson|jsonl|x-jsonlines)$|\+json$/.test(contentType))
    return 'json';
  if (
    contentType === 'text/plain' ||
    contentType === 'application/octet-stream' ||
    contentType === ''
  ) {
    const head = body.trimStart();
    if (looksLikeFeed(head)) return 'feed';
    if (/^<(!doctype html|html)/i.test(head)) return 'html';
    if (head.startsWith('[') || head.startsWith('{')) return 'json';
    if (looksLikePageText(body)) return 'page-text';
  }
  return undefined;
}

/** Parses an already fetched document by its kind; `location` names it in results. */
export function parseFetchedDocument(document: FetchedDocument): ParseResult[] {
  const location = document.requestedUrl;
  const kind = documentKind(document.contentType, document.body);
  switch (kind) {
    case 'html':
      return [parseHtmlPage(document.body, { location }, { url: document.url })];
    case 'feed':
      return parseFeed(document.body, location);
    case 'json':
      return [...parseJsonText(document.body, location)];
    case 'page-text':
      return [parsePageText(document.body, { location })];
    case undefined:
      return [
        rejectRecord({ location }, `unsupported content type '${document.contentType || 'none'}'`),
      ];
  }
}

/**
 * Fetches and parses a URL. Never throws: a failed fetch is one rejection whose reason names the
 * URL and why (timeout, too large, HTTP status, ...).
 */
export async function fetchAndParse(
  url: string,
  options: FetchUrlOptions = {},
): Promise<ParseResult[]> {
  try {
    return parseFetchedDocument(await fetchUrl(url, options));
  } catch (error) {
    return [
      rejectRecord({ location: url }, error instanceof Error ? error.message : String(error)),
    ];
  }
}

/**
 * The `collect` section of the config file (`NARRAGRAPH_CONFIG`, else `narragraph.config.json` in
 * the working directory when it exists). Parsing is strict: an unknown key or a value out of range
 * is an error naming it, never a silent default.
 */
import { readCliSettings } from '../../config/cli';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeUrl } from '../keys';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../sources/fetch-url';
import { MAX_URL_LENGTH, safeHttpUrl } from '../sources/safe-url';

/** Config file read when NARRAGRAPH_CONFIG is unset. */
export const DEFAULT_CONFIG_FILE = 'narragraph.config.json';

/** Bounds of a feed's polling interval, in minutes. */
export const FEED_INTERVAL_MINUTES = { min: 5, max: 7 * 24 * 60, default: 15 } as const;

/** Most feeds one graph holds: each costs a request per interval. */
export const MAX_FEEDS = 1_000;

import type { SourceKind } from '../../model/feeds';

export type { SourceKind };

/** One configured source (feeds, pages and folders are all `Feed` nodes). */
export interface FeedConfig {
  /** The URL as given (safe, absolute http(s)), or a folder's absolute path. */
  readonly url: string;
  /** Identity: the normalized URL, or the folder's `file:` URL. */
  readonly key: string;
  readonly intervalMinutes: number;
  readonly kind: SourceKind;
}

export interface CollectSettings {
  /** Feeds, pages and folders; a URL listed twice keeps its last entry. */
  readonly feeds: readonly FeedConfig[];
  /** Whole-exchange cap of one fetch (feed, page or robots.txt). */
  readonly timeoutMs: number;
  /** Body cap of one fetch. */
  readonly maxBytes: number;
  /** First retry wait after a failure; doubles per consecutive failure. */
  readonly retryBaseMs: number;
  readonly maxBackoffMs: number;
  /** Entries kept per poll, first in the feed first. */
  readonly maxItemsPerPoll: number;
  /** `summary`: fetch an entry's link page when the entry carries under SUMMARY_CHARS of text. */
  readonly linkedPages: 'summary' | 'never';
  /** Lets feeds and pages on loopback and private networks be fetched (tests, intranets). */
  readonly allowPrivateAddresses: boolean;
}

export const DEFAULT_COLLECT_SETTINGS: CollectSettings = {
  feeds: [],
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxBytes: DEFAULT_MAX_BYTES,
  retryBaseMs: 60_000,
  maxBackoffMs: 6 * 60 * 60 * 1000,
  maxItemsPerPoll: 200,
  linkedPages: 'summary',
  allowPrivateAddresses: false,
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A feed URL as stored: safe and normalized, or a message saying why not. */
export function feedIdentity(raw: string): { readonly url: string; readonly key: string } | string {
  const url = safeHttpUrl(raw.trim());
  const key = url === undefined ? undefined : normalizeUrl(url);
  if (url === undefined || key === undefined) {
    return `must be an absolute http(s) URL of at most ${MAX_URL_LENGTH} characters`;
  }
  return { url, key };
}

/** A folder as stored: its absolute path and `file:` URL, or a message saying why not. */
export function folderIdentity(
  raw: string,
  base: string = process.cwd(),
): { readonly url: string; readonly key: string } | string {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH || trimmed.includes('\0')) {
    return `must be a folder path of at most ${MAX_URL_LENGTH} characters`;
  }
  const absolute = trimmed.startsWith('file:') ? fileUrlPath(trimmed) : path.resolve(base, trimmed);
  if (absolute === undefined) return 'must be a folder path or a file: URL';
  const url = absolute.length > 1 ? absolute.replace(/[\\/]+$/, '') : absolute;
  return { url, key: pathToFileURL(url).href };
}

function fileUrlPath(raw: string): string | undefined {
  try {
    const parsed = new URL(raw);
    return parsed.protocol === 'file:' && parsed.host === ''
      ? path.resolve(decodeURIComponent(parsed.pathname))
      : undefined;
  } catch {
    return undefined;
  }
}

/** A source's identity for a URL or path argument: absolute paths and `file:` URLs are folders. */
export function sourceIdentity(
  raw: string,
): { readonly url: string; readonly key: string; readonly folder: boolean } | string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('file:') || path.isAbsolute(trimmed)) {
    const folder = folderIdentity(trimmed);
    return typeof folder === 'string' ? folder : { ...folder, folder: true };
  }
  const url = feedIdentity(trimmed);
  return typeof url === 'string' ? url : { ...url, folder: false };
}

/**
 * The one folder under which the API may add folder sources (`NARRAGRAPH_COLLECT_FOLDER_ROOT`):
 * a write key must not make the server read any folder it can see. Unset: the API adds none.
 */
export function apiFolderRoot(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const root = env.NARRAGRAPH_COLLECT_FOLDER_ROOT?.trim();
  return root ? path.resolve(root) : undefined;
}

/** True when `folder` (absolute) is `root` or inside it, compared as resolved paths. */
export function insideFolder(folder: string, root: string): boolean {
  const relative = path.relative(root, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The interval in minutes, or a message saying why it is not one. */
export function feedInterval(value: unknown): number | string {
  if (value === undefined || value === null) return FEED_INTERVAL_MINUTES.default;
  const { min, max } = FEED_INTERVAL_MINUTES;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return `must be a whole number of minutes from ${min} to ${max}`;
  }
  return value;
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${where} must be an object`);
  }
  return value as Record<string, unknown>;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], where: string) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new ConfigError(`${where}.${key} is not a setting (known: ${allowed.join(', ')})`);
    }
  }
}

function wholeNumber(
  value: unknown,
  where: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${where} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A feed or page (`url`), or a folder (`path`, relative to the config file's folder). */
function parseSource(value: unknown, where: string, kind: SourceKind, base: string): FeedConfig {
  const field = kind === 'folder' ? 'path' : 'url';
  const entry = typeof value === 'string' ? { [field]: value } : object(value, where);
  onlyKeys(entry, [field, 'intervalMinutes'], where);
  const raw = entry[field];
  if (typeof raw !== 'string') throw new ConfigError(`${where}.${field} must be a string`);
  const identity = kind === 'folder' ? folderIdentity(raw, base) : feedIdentity(raw);
  if (typeof identity === 'string') throw new ConfigError(`${where}.${field} ${identity}`);
  const interval = feedInterval(entry.intervalMinutes);
  if (typeof interval === 'string') throw new ConfigError(`${where}.intervalMinutes ${interval}`);
  return { ...identity, intervalMinutes: interval, kind };
}

const SOURCE_LISTS = [
  ['feeds', 'feed'],
  ['pages', 'page'],
  ['folders', 'folder'],
] as const;

/** Reads the `collect` section of a parsed config file; `where` names the file in errors. */
export function parseCollectSettings(config: unknown, where: string): CollectSettings {
  const root = object(config, where);
  if (root.collect === undefined) return DEFAULT_COLLECT_SETTINGS;
  const section = object(root.collect, `${where}: collect`);
  const at = `${where}: collect`;
  onlyKeys(
    section,
    [
      'feeds',
      'pages',
      'folders',
      'timeoutSeconds',
      'maxBytes',
      'retryBaseSeconds',
      'maxBackoffMinutes',
      'maxItemsPerPoll',
      'linkedPages',
      'allowPrivateAddresses',
    ],
    at,
  );
  const feeds = new Map<string, FeedConfig>();
  const base = path.dirname(path.resolve(where));
  for (const [list, kind] of SOURCE_LISTS) {
    const values = section[list] ?? [];
    if (!Array.isArray(values)) throw new ConfigError(`${at}.${list} must be an array`);
    values.forEach((value, index) => {
      const feed = parseSource(value, `${at}.${list}[${index}]`, kind, base);
      feeds.set(feed.key, feed);
    });
  }
  const defaults = DEFAULT_COLLECT_SETTINGS;
  const linkedPages = section.linkedPages ?? defaults.linkedPages;
  if (linkedPages !== 'summary' && linkedPages !== 'never') {
    throw new ConfigError(`${at}.linkedPages must be "summary" or "never"`);
  }
  const allowPrivate = section.allowPrivateAddresses ?? defaults.allowPrivateAddresses;
  if (typeof allowPrivate !== 'boolean') {
    throw new ConfigError(`${at}.allowPrivateAddresses must be true or false`);
  }
  return {
    feeds: [...feeds.values()],
    timeoutMs:
      wholeNumber(
        section.timeoutSeconds,
        `${at}.timeoutSeconds`,
        1,
        300,
        defaults.timeoutMs / 1000,
      ) * 1000,
    maxBytes: wholeNumber(
      section.maxBytes,
      `${at}.maxBytes`,
      1024,
      50 * 1024 * 1024,
      defaults.maxBytes,
    ),
    retryBaseMs:
      wholeNumber(
        section.retryBaseSeconds,
        `${at}.retryBaseSeconds`,
        1,
        3600,
        defaults.retryBaseMs / 1000,
      ) * 1000,
    maxBackoffMs:
      wholeNumber(
        section.maxBackoffMinutes,
        `${at}.maxBackoffMinutes`,
        1,
        7 * 24 * 60,
        defaults.maxBackoffMs / 60_000,
      ) * 60_000,
    maxItemsPerPoll: wholeNumber(
      section.maxItemsPerPoll,
      `${at}.maxItemsPerPoll`,
      1,
      1000,
      defaults.maxItemsPerPoll,
    ),
    linkedPages,
    allowPrivateAddresses: allowPrivate,
  };
}

/** Path of the config file to read, or undefined when there is none. */
export function configFilePath(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): string | undefined {
  const configured = readCliSettings(env).configFile;
  if (configured !== undefined) return path.resolve(cwd, configured);
  const fallback = path.resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(fallback) ? fallback : undefined;
}

/** Reads the collect settings from the config file; the defaults (no feeds) without one. */
export async function loadCollectSettings(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): Promise<CollectSettings> {
  const file = configFilePath(env, cwd);
  if (file === undefined) return DEFAULT_COLLECT_SETTINGS;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `cannot read the config file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parseCollectSettings(parsed, file);
}

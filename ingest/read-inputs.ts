/**
 * One entry point for everything ingest can read: files, folders (recursive) and http(s) URLs.
 * Results stream in input order; nothing here throws for a bad record or an unreadable file:
 * problems become rejections naming the file (and record) so one bad input never stops a run.
 */
import { type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { rejectRecord } from './sources/article-result';
import { parseFeed } from './sources/feed';
import {
  createHostRateLimiter,
  DEFAULT_MIN_INTERVAL_MS,
  fetchAndParse,
  type FetchUrlOptions,
} from './sources/fetch-url';
import { parseHtmlPage } from './sources/html-page';
import { DEFAULT_MAX_WHOLE_BYTES, isGzipPath, readWholeText } from './sources/compressed';
import { readJsonCorpus } from './sources/json-corpus';
import { parsePageText } from './sources/page-text';
import type { ParseResult } from './types';

/** The input formats, chosen by file extension. */
export type InputFormat = 'page-text' | 'html' | 'json' | 'jsonl' | 'feed';

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'page-text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Progress after some bytes were consumed. */
export interface InputProgress {
  /** Bytes of local files consumed so far. */
  readonly bytesRead: number;
  /** Total bytes of the local files to read (known after the first listing). */
  readonly bytesTotal: number;
  /** The file or URL being read. */
  readonly location: string;
}

/** Options for {@link readInputs}. */
export interface ReadInputsOptions {
  /** Options for URL inputs; a run-wide per-host rate limiter is created when none is given. */
  readonly fetch?: FetchUrlOptions;
  /** Minimum ms between requests to one host when no limiter is passed in `fetch`. */
  readonly minIntervalMs?: number;
  /** Called as bytes are consumed; cheap enough to call per JSONL line, so throttle in the UI. */
  readonly onProgress?: (progress: InputProgress) => void;
  /** Largest file read whole (all formats but JSONL, which streams); larger ones are rejected. */
  readonly maxFileBytes?: number;
  /** kcna-2011 untitled records get a title from their first sentence instead of a rejection. */
  readonly titleFromText?: boolean;
}

/** One thing to read, after expanding folders. */
export type InputItem =
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly format: InputFormat;
      readonly bytes: number;
    }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'error'; readonly location: string; readonly reason: string };

/** Input format for a path by its extension, or undefined when it is not one we read. */
export function formatForPath(path: string): InputFormat | undefined {
  const inner = isGzipPath(path) ? path.slice(0, -'.gz'.length) : path;
  return FORMAT_BY_EXTENSION[extname(inner).toLowerCase()];
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Expands inputs into files and URLs, in order. Folders are walked recursively in name order
 * (deterministic runs); hidden entries, symlinked folders (loops) and files of other types inside
 * folders are skipped, while an explicitly named file of an unknown type is an error item.
 */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (isUrl(input)) {
      yield { kind: 'url', url: input };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield { kind: 'error', location: input, reason: `cannot read: ${describe(error)}` };
      continue;
    }
    if (info.isDirectory()) {
      yield* walkFolder(input);
    } else {
      const format = formatForPath(input);
      yield format === undefined
        ? {
            kind: 'error',
            location: input,
            reason: `unsupported file type '${extname(input) || 'none'}'`,
          }
        : { kind: 'file', path: input, format, bytes: info.size };
    }
  }
}

async function* walkFolder(folder: string): AsyncGenerator<InputItem> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', location: folder, reason: `cannot list folder: ${describe(error)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* walkFolder(path);
      continue;
    }
    const format = formatForPath(path);
    if (format === undefined) continue;
    if (entry.isFile() || entry.isSymbolicLink()) {
      try {
        const info = await stat(path);
        if (info.isFile()) yield { kind: 'file', path, format, bytes: info.size };
      } catch (error) {
        yield { kind: 'error', location: path, reason: `cannot read: ${describe(error)}` };
      }
    }
  }
}

/** Cheap estimate for a progress bar: how many files and URLs, and how many bytes of files. */
export async function estimateInputs(inputs: readonly string[]): Promise<{
  readonly files: number;
  readonly urls: number;
  readonly bytes: number;
  readonly errors: number;
}> {
  let files = 0;
  let urls = 0;
  let bytes = 0;
  let errors = 0;
  for await (const item of expandInputs(inputs)) {
    if (item.kind === 'file') {
      files += 1;
      bytes += item.bytes;
    } else if (item.kind === 'url') urls += 1;
    else errors += 1;
  }
  return { files, urls, bytes, errors };
}

/**
 * Reads every input and yields ParseResults in input order (folders in name order, records in file
 * order). Never throws for a bad record, an unreadable file or a failed URL: each becomes a
 * rejection naming it.
 */
export async function* readInputs(
  inputs: readonly string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<ParseResult> {
  const items: InputItem[] = [];
  for await (const item of expandInputs(inputs)) items.push(item);
  const bytesTotal = items.reduce((sum, item) => sum + (item.kind === 'file' ? item.bytes : 0), 0);
  let bytesRead = 0;
  const report = (location: string, bytes: number): void => {
    bytesRead += bytes;
    options.onProgress?.({ bytesRead, bytesTotal, location });
  };
  const fetchOptions: FetchUrlOptions = {
    ...options.fetch,
    rateLimiter:
      options.fetch?.rateLimiter ??
      createHostRateLimiter({ minIntervalMs: options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS }),
  };

  for (const item of items) {
    if (item.kind === 'error') {
      yield rejectRecord({ location: item.location }, item.reason);
    } else if (item.kind === 'url') {
      yield* await fetchAndParse(item.url, fetchOptions);
      report(item.url, 0);
    } else {
      let consumed = 0;
      // Line counting guesses a final newline the file may not have, so clamp to the file size.
      const onBytes = (bytes: number): void => {
        const step = Math.min(bytes, item.bytes - consumed);
        consumed += step;
        if (step > 0) report(item.path, step);
      };
      yield* readFileItem(item, options, onBytes);
      // Whatever the parser did not report (a file that failed midway or was rejected unread).
      onBytes(item.bytes - consumed);
    }
  }
}

async function* readFileItem(
  item: Extract<InputItem, { kind: 'file' }>,
  options: ReadInputsOptions,
  onBytes: (bytes: number) => void,
): AsyncGenerator<ParseResult> {
  const location = item.path;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_WHOLE_BYTES;
  if (item.format !== 'jsonl' && item.bytes > maxBytes) {
    yield rejectRecord(
      { location },
      `file too large to read whole (${item.bytes} bytes > ${maxBytes}); split it or use JSONL`,
    );
    return;
  }
  let lastRecord: number | undefined;
  try {
    if (item.format === 'json' || item.format === 'jsonl') {
      const json = readJsonCorpus(location, {
        onBytes,
        maxWholeBytes: maxBytes,
        ...(options.titleFromText ? { titleFromText: true } : {}),
      });
      for await (const result of json) {
        lastRecord = result.ok ? result.article.origin.record : result.rejected.origin.record;
        yield result;
      }
      return;
    }
    const text = await readWholeText(location, maxBytes);
    if (item.format === 'page-text') yield parsePageText(text, { location });
    else if (item.format === 'html') yield parseHtmlPage(text, { location });
    else yield* parseFeed(text, location);
  } catch (error) {
    const where = lastRecord === undefined ? '' : ` after record ${lastRecord}`;
    yield rejectRecord({ location }, `cannot read file${where}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

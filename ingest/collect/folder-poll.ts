/**
 * One poll of a folder source: the files `npm run ingest <folder>` would read (recursive, name
 * order, hidden entries skipped), each ingested once per content. A file whose size and mtime are
 * as last recorded is not read; one read again whose SHA-256 is unchanged stores nothing; a new or
 * changed file goes through the normal ingest, whose writer skips unchanged articles. A bad file is
 * a rejection naming it and never stops the rest. Nothing here writes state: the caller records the
 * returned file states after the articles are stored, so a poll killed midway is simply redone.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleExtractor } from '../extract/extract-article';
import { expandInputs } from '../read-inputs';
import { formatProblem, runIngest, withoutSearchWait, type BatchOutcome } from '../run-ingest';
import type { ExtractedArticle } from '../types';
import { insideFolder } from './collect-config';

/** What is recorded of a file read from a folder source. */
export interface FileState {
  /** Relative to the folder, `/`-separated. */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  readonly hash: string;
  /** Why nothing of it could be stored, when nothing could. */
  readonly error: string | null;
}

export interface FolderPollOptions {
  readonly previous: ReadonlyMap<string, FileState>;
  /** New or changed files read per poll; the rest wait for the next. */
  readonly maxFiles: number;
  readonly write: (batch: readonly ExtractedArticle[]) => Promise<BatchOutcome>;
  readonly extract?: ArticleExtractor;
}

export interface FolderPoll {
  /** States of the files read this poll (new, changed, or touched with the same bytes). */
  readonly read: readonly FileState[];
  /** Recorded files no longer in the folder (only known when the whole folder was listed). */
  readonly removed: readonly string[];
  /** More new or changed files than `maxFiles`: poll again soon. */
  readonly truncated: boolean;
  readonly filesChanged: number;
  readonly filesUnchanged: number;
  /** Records read from the changed files. */
  readonly seen: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** `file#record: reason`, one per rejected record or file. */
  readonly rejections: readonly string[];
}

/** Thrown when the folder itself cannot be read: the poll fails and backs off. */
export class FolderError extends Error {
  override readonly name = 'FolderError';
}

function relativeTo(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function pollFolder(folder: string, options: FolderPollOptions): Promise<FolderPoll> {
  let real: string;
  try {
    real = await realpath(folder);
    if (!(await stat(real)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new FolderError(
      `cannot read folder ${folder}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const read: FileState[] = [];
  const listed = new Set<string>();
  const rejections: string[] = [];
  let truncated = false;
  let filesChanged = 0;
  let filesUnchanged = 0;
  let seen = 0;
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  for await (const item of expandInputs([real])) {
    if (item.kind === 'error')
      rejections.push(`${relativeTo(real, item.location)}: ${item.reason}`);
    if (item.kind !== 'file') continue;
    const relative = relativeTo(real, item.path);
    listed.add(relative);
    let info;
    try {
      // A symlink may point anywhere: only files that really sit inside the folder are read.
      const target = await realpath(item.path);
      if (!insideFolder(target, real)) {
        rejections.push(`${relative}: links outside the folder; skipped`);
        continue;
      }
      info = await stat(target);
    } catch (error) {
      rejections.push(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const before = options.previous.get(relative);
    if (before && before.size === info.size && before.mtimeMs === info.mtimeMs) {
      filesUnchanged += 1;
      continue;
    }
    if (filesChanged >= options.maxFiles) {
      truncated = true;
      continue;
    }
    const hash = await sha256(item.path);
    const base = { path: relative, size: info.size, mtimeMs: info.mtimeMs, hash };
    if (before?.hash === hash) {
      filesUnchanged += 1;
      read.push({ ...base, error: before.error });
      continue;
    }
    filesChanged += 1;
    const summary = await runIngest([item.path], {
      // A poll reads up to maxItemsPerPoll files, one run each: waiting for search after every file
      // would serialise them behind the index, and nobody is searching for the poll's result.
      sink: withoutSearchWait(options.write),
      ...(options.extract ? { extract: options.extract } : {}),
    });
    seen += summary.read;
    created += summary.created;
    updated += summary.updated;
    unchanged += summary.unchanged;
    const problems = summary.rejected.map((problem) =>
      formatProblem({
        ...problem,
        origin: { ...problem.origin, location: relative },
      }),
    );
    rejections.push(...problems);
    const stored = summary.created + summary.updated + summary.unchanged;
    read.push({ ...base, error: stored === 0 ? (problems[0] ?? `${relative}: no article`) : null });
  }
  const removed = truncated
    ? []
    : [...options.previous.keys()].filter((relative) => !listed.has(relative));
  return {
    read,
    removed,
    truncated,
    filesChanged,
    filesUnchanged,
    seen,
    created,
    updated,
    unchanged,
    rejections,
  };
}

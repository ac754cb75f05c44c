import { extractArticle, type ArticleExtractor } from './extract/extract-article';
import { readInputs, type InputProgress } from './read-inputs';
import { parseSubmitted, type SubmittedInput } from './sources/submitted';
import type { ExtractedArticle, ParseResult, RecordOrigin } from './types';

export type { ExtractedArticle, SubmittedInput };
export { MAX_URL_LENGTH, safeHttpUrl } from './sources/safe-url';

/**
 * The ingest pipeline, the one entry every ingest goes through (the CLI, the demo load, the API's
 * mutations): read (streaming) -> extract -> write in batches. It knows nothing of the database:
 * the caller passes a sink, so the pipeline stays pure and testable without Neo4j.
 */

/** Files, folders and URLs, or inputs handed over in memory under one location name. */
export type IngestInputs = readonly string[] | SubmittedInputs;

export interface SubmittedInputs {
  readonly submitted: readonly SubmittedInput[];
  /** Where they came from, as rejected records name it (`graphql:ingestArticles`). */
  readonly location: string;
}

/** What the writer reports for one batch (graph-db's BatchWriteReport satisfies this). */
export interface BatchOutcome {
  readonly statuses: ReadonlyMap<string, 'created' | 'updated' | 'unchanged'>;
  readonly failed: readonly { readonly article: ExtractedArticle; readonly reason: string }[];
}

/** Where a run stores its batches; graph-db's ingest repository is one. */
export interface IngestSink {
  /** Stores one batch (one write transaction); called again only once the previous call resolved. */
  writeBatch(batch: readonly ExtractedArticle[]): Promise<BatchOutcome>;
  /**
   * Awaited once after the last write, inside the run's time: the store's own catching up (graph-db:
   * the full-text index), so what the run stored is searchable when it returns.
   */
  awaitSearchable(): Promise<void>;
}

/**
 * A sink whose runs return without waiting for search to catch up, for callers that say why (the
 * collector: nobody searches right after a poll, and each file's run would wait again).
 */
export function withoutSearchWait(writeBatch: IngestSink['writeBatch']): IngestSink {
  return { writeBatch, awaitSearchable: () => Promise.resolve() };
}

export interface IngestProblem {
  readonly origin: RecordOrigin;
  readonly reason: string;
}

export interface IngestSummary {
  /** Records read from the inputs (articles and rejected records). */
  readonly read: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Records that could not be parsed, extracted or written, each with its reason. */
  readonly rejected: readonly IngestProblem[];
  readonly seconds: number;
}

export interface IngestProgress extends InputProgress {
  readonly read: number;
  readonly written: number;
  readonly rejected: number;
}

export interface RunIngestOptions {
  readonly sink: IngestSink;
  /** Articles per write transaction. */
  readonly batchSize?: number;
  readonly extract?: ArticleExtractor;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Untitled records (kcna-2011 has ~600) take their first sentence as title instead of being rejected. */
  readonly titleFromText?: boolean;
  /** Minimum milliseconds between two requests to one host for URL inputs. */
  readonly minIntervalMs?: number;
  /** Called with each written batch and what the writer reported for it. */
  readonly onWritten?: (batch: readonly ExtractedArticle[], outcome: BatchOutcome) => void;
}

/** Submitted inputs parsed in order; record numbers are 1-based positions. */
function* parseAll(submitted: readonly SubmittedInput[], location: string): Generator<ParseResult> {
  for (const [index, input] of submitted.entries()) {
    yield parseSubmitted(input, { location, record: index + 1 });
  }
}

export const DEFAULT_BATCH_SIZE = 500;

/** Lets pending I/O callbacks (the database driver's) run before the next synchronous step. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Ingests files, folders, URLs or submitted inputs; one bad record never stops the run. */
export async function runIngest(
  inputs: IngestInputs,
  options: RunIngestOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const extract = options.extract ?? extractArticle;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const rejected: IngestProblem[] = [];
  let read = 0;
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let lastInput: InputProgress = { bytesRead: 0, bytesTotal: 0, location: '' };
  let batch: ExtractedArticle[] = [];

  const progress = () =>
    options.onProgress?.({
      ...lastInput,
      read,
      written: created + updated + unchanged,
      rejected: rejected.length,
    });

  const record = (outcome: BatchOutcome) => {
    for (const status of outcome.statuses.values()) {
      if (status === 'created') created += 1;
      else if (status === 'updated') updated += 1;
      else unchanged += 1;
    }
    for (const failure of outcome.failed) {
      rejected.push({ origin: failure.article.origin, reason: `not stored: ${failure.reason}` });
    }
    progress();
  };

  // One batch is written while the next is read and extracted: Node and Neo4j work at the same time.
  let inFlight: Promise<void> | undefined;
  const flush = async () => {
    await inFlight;
    inFlight = undefined;
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    inFlight = options.sink.writeBatch(pending).then((outcome) => {
      options.onWritten?.(pending, outcome);
      record(outcome);
    });
  };

  const results =
    'submitted' in inputs
      ? parseAll(inputs.submitted, inputs.location)
      : readInputs(inputs, {
          titleFromText: options.titleFromText ?? true,
          ...(options.minIntervalMs === undefined ? {} : { minIntervalMs: options.minIntervalMs }),
          onProgress: (input) => {
            lastInput = input;
          },
        });
  for await (const result of results) {
    read += 1;
    if (!result.ok) {
      rejected.push({ origin: result.rejected.origin, reason: result.rejected.reason });
      continue;
    }
    try {
      batch.push(extract(result.article));
    } catch (error) {
      rejected.push({
        origin: result.article.origin,
        reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    if (batch.length >= batchSize) await flush();
    // Buffered lines arrive through promise callbacks only, so without this the whole buffer
    // would be extracted before the driver sees Neo4j's answers, leaving the database idle in the
    // middle of the batch being written (it sends each next statement as soon as ids come back).
    else if (inFlight) await yieldToEventLoop();
  }
  await flush();
  await inFlight;
  await options.sink.awaitSearchable();
  progress();
  return {
    read,
    created,
    updated,
    unchanged,
    rejected,
    seconds: (performance.now() - started) / 1000,
  };
}

/** One line per problem: `file#record: reason`. */
export function formatProblem(problem: IngestProblem): string {
  const where =
    problem.origin.record === undefined
      ? problem.origin.location
      : `${problem.origin.location}#${problem.origin.record}`;
  return `${where}: ${problem.reason}`;
}

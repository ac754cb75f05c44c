import type { IngestSink } from '@/ingest/run-ingest';
import type { ExtractedArticle } from '@/ingest/types';
import { Neo4jUnavailableError, readTransaction, writeTransaction } from '../driver';
import { distinctByKey } from '../../model/distinct-by-key';
import {
  readExistingHashes,
  readGraphCounts,
  type ArticleWriteStatus,
  type GraphCounts,
} from '../queries/ingest.cypher';
import { writeArticles } from '../queries/ingest-writer';
import { awaitSearchRefresh } from '../queries/search-refresh.cypher';
import type { AlertRow } from '../../model/watches';
import { raiseAlerts } from './alert-repository';
import {
  applyReusePlan,
  planFor,
  planReuse,
  rememberSketches,
  type ReusePlan,
  type ReuseStep,
} from './reuse-repository';

/** Outcome of writing one batch: a status per stored article, and the ones that failed with why. */
export interface BatchWriteReport {
  readonly statuses: ReadonlyMap<string, ArticleWriteStatus>;
  readonly failed: readonly { readonly article: ExtractedArticle; readonly reason: string }[];
  /** Alerts the batch raised for watches (docs/watches.md), written with it. */
  readonly alerts?: readonly AlertRow[];
}

export interface IngestRepository extends IngestSink {
  /**
   * Writes a batch in one transaction; unchanged articles (same content hash) are skipped. If the
   * batch fails, each article is retried in its own transaction so one bad article loses nothing else.
   */
  writeBatch(
    articles: readonly ExtractedArticle[],
    options?: WriteBatchOptions,
  ): Promise<BatchWriteReport>;
  counts(): Promise<GraphCounts>;
  /**
   * Resolves once the full-text index holds every committed write; `runIngest` awaits it at the
   * run's end, not after each batch, so the index catches up while the next one is written.
   */
  awaitSearchable(): Promise<void>;
}

export interface WriteBatchOptions {
  /** Find and store text reuse (REUSES edges) with the batch; on unless false (bench:ingest's A/B). */
  readonly textReuse?: boolean;
  /** Told as each step of the batch ends, for a timeline (bench/ingest-profile.ts). */
  readonly trace?: WriteTrace;
}

/** The steps of one batch write, in the order they usually end; `counts` say how much each did. */
export type WriteStep =
  'hashes-read' | ReuseStep | 'articles-written' | 'reuse-written' | 'alerts-raised' | 'committed';
export type WriteTrace = (step: WriteStep, counts?: Readonly<Record<string, number>>) => void;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function writeBatch(
  articles: readonly ExtractedArticle[],
  options: WriteBatchOptions = {},
): Promise<BatchWriteReport> {
  const withReuse = options.textReuse !== false;
  const trace = options.trace;
  const unique = distinctByKey(articles, (article) => article.key);
  const statuses = new Map<string, ArticleWriteStatus>();
  const existing = await readTransaction((tx) =>
    readExistingHashes(
      tx,
      unique.map((a) => a.key),
    ),
  );
  trace?.('hashes-read');
  const toWrite: ExtractedArticle[] = [];
  for (const article of unique) {
    const stored = existing.get(article.key);
    if (stored === article.contentHash) statuses.set(article.key, 'unchanged');
    else toWrite.push(article);
  }
  const statusOf = (article: ExtractedArticle): ArticleWriteStatus =>
    existing.has(article.key) ? 'updated' : 'created';

  // Text reuse is found while Neo4j writes the articles (its reads see only committed batches,
  // the batch itself is in memory) and written in the same transaction, after them.
  let reuse: ReusePlan | undefined;
  try {
    const { alerts, stamp } = await writeTransaction(async (tx) => {
      const written = writeArticles(tx, toWrite).then(() => trace?.('articles-written'));
      written.catch(() => undefined);
      if (withReuse) reuse ??= await planReuse(toWrite, trace);
      await written;
      const stamp = reuse === undefined ? undefined : await applyReusePlan(tx, reuse);
      if (reuse !== undefined) trace?.('reuse-written');
      const raised = await raiseAlerts(tx, toWrite);
      trace?.('alerts-raised');
      return { alerts: raised, stamp };
    });
    trace?.('committed');
    if (reuse !== undefined) rememberSketches(reuse, stamp);
    for (const article of toWrite) statuses.set(article.key, statusOf(article));
    return { statuses, failed: [], alerts };
  } catch (error) {
    if (error instanceof Neo4jUnavailableError || toWrite.length <= 1) {
      if (error instanceof Neo4jUnavailableError) throw error;
      return { statuses, failed: toWrite.map((article) => ({ article, reason: reasonOf(error) })) };
    }
  }
  const failed: { article: ExtractedArticle; reason: string }[] = [];
  const alerts: AlertRow[] = [];
  const plan = withReuse ? (reuse ?? (await planReuse(toWrite))) : undefined;
  for (const article of toWrite) {
    try {
      const raised = await writeTransaction(async (tx) => {
        await writeArticles(tx, [article]);
        if (plan !== undefined) await applyReusePlan(tx, planFor(plan, article.key));
        return raiseAlerts(tx, [article]);
      });
      alerts.push(...raised);
      statuses.set(article.key, statusOf(article));
    } catch (error) {
      if (error instanceof Neo4jUnavailableError) throw error;
      failed.push({ article, reason: reasonOf(error) });
    }
  }
  return { statuses, failed, alerts };
}

export const ingestRepository: IngestRepository = {
  writeBatch,
  counts: () => readTransaction(readGraphCounts),
  awaitSearchable: () => readTransaction(awaitSearchRefresh),
};

import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedArticle } from '@/ingest/types';
import { readTransaction, writeTransaction } from '../driver';
import {
  isSurge,
  searchMatch,
  SURGE_BASELINE_WEEKS,
  surgeStatistic,
} from '../../model/alert-rules';
import {
  CITATIONS_CYPHER,
  countAlerts,
  evidenceOf,
  HAS_WATCHES_CYPHER,
  listAlerts,
  mergeAlerts,
  NARRATIVE_WEEKS_CYPHER,
  NEW_CITING_SOURCES_CYPHER,
  NEW_NARRATIVES_CYPHER,
  pendingDeliveries,
  recordDelivery,
  REUSES_CYPHER,
  SEARCH_WATCHES_CYPHER,
} from '../queries/alerts.cypher';
import type { AlertDraft, AlertRow, DeliveryRecord, PendingDelivery } from '../../model/watches';
import { distinctByKey } from '../../model/distinct-by-key';
import { int, toNumber, toStringValue } from '../neo4j-values';

export interface AlertRepository {
  /**
   * Raises the alerts a just-written batch makes: reads outwards from the batch's articles only,
   * MERGEs on stable keys (an alert is never raised twice) and returns the ones it created.
   */
  afterBatch(articles: readonly ExtractedArticle[]): Promise<AlertRow[]>;
  list(watchId: string, since: string | null, limit: number, skip?: number): Promise<AlertRow[]>;
  count(watchId: string, since: string | null): Promise<number>;
  /** Alerts waiting for a webhook and due by `now` (ISO), oldest first. */
  pending(limit: number, now?: string): Promise<PendingDelivery[]>;
  recordDelivery(key: string, record: DeliveryRecord): Promise<void>;
}

type Row = { get(key: string): unknown };

const quoted = (text: string) => `“${text}”`;

async function rows(tx: ManagedTransaction, cypher: string, keys: string[]): Promise<Row[]> {
  return (await tx.run(cypher, { keys, baselineWeeks: int(SURGE_BASELINE_WEEKS) })).records;
}

/** Every rule's findings for the batch `keys`, as drafts (not yet written). */
async function draftAlerts(
  tx: ManagedTransaction,
  keys: string[],
  articles: readonly ExtractedArticle[],
): Promise<AlertDraft[]> {
  const drafts: AlertDraft[] = [];
  const str = (row: Row, key: string) => toStringValue(row.get(key));
  const base = (row: Row, kind: AlertDraft['kind'], title: string) => {
    const watchId = str(row, 'watchId');
    const subjectKey = str(row, 'subjectKey');
    return {
      key: `${watchId}|${kind}|${subjectKey}`,
      watchId,
      kind,
      subjectKey,
      title,
      ...evidenceOf(row.get('first')),
    };
  };
  for (const row of await rows(tx, NEW_NARRATIVES_CYPHER, keys)) {
    drafts.push(base(row, 'new-narrative', `New narrative ${quoted(str(row, 'label'))}`));
  }
  for (const row of await rows(tx, NEW_CITING_SOURCES_CYPHER, keys)) {
    drafts.push(
      base(
        row,
        'new-citing-outlet',
        `${str(row, 'label')} cites ${str(row, 'targetName')} for the first time`,
      ),
    );
  }
  for (const row of await rows(tx, CITATIONS_CYPHER, keys)) {
    drafts.push(
      base(row, 'citation', `${quoted(str(row, 'label'))} cites ${str(row, 'targetName')}`),
    );
  }
  for (const row of await rows(tx, NARRATIVE_WEEKS_CYPHER, keys)) {
    const offsets = (row.get('offsets') as unknown[]).map(toNumber);
    const statistic = surgeStatistic(offsets);
    if (!isSurge(statistic)) continue;
    const week = str(row, 'week');
    const draft = base(
      row,
      'narrative-surge',
      `${quoted(str(row, 'label'))}: ${statistic.count} articles in the week of ${week}, baseline ${statistic.baseline.toFixed(1)} a week (z = ${statistic.zScore.toFixed(1)})`,
    );
    drafts.push({
      ...draft,
      key: `${draft.watchId}|narrative-surge|${week}`,
      week,
      ...statistic,
    });
  }
  for (const row of await rows(tx, REUSES_CYPHER, keys)) {
    drafts.push(
      base(
        row,
        'text-reuse',
        `${quoted(str(row, 'label'))} reuses text of ${quoted(str(row, 'targetName'))}`,
      ),
    );
  }
  const searches = await rows(tx, SEARCH_WATCHES_CYPHER, keys);
  for (const search of searches) {
    const watchId = str(search, 'watchId');
    const words = (search.get('words') as unknown[]).map(toStringValue);
    for (const article of articles) {
      const match = searchMatch(words, article.title, article.text);
      if (match === undefined) continue;
      drafts.push({
        key: `${watchId}|search-match|${article.key}`,
        watchId,
        kind: 'search-match',
        subjectKey: article.key,
        title: `${quoted(article.title)} matches ${quoted(str(search, 'query'))}`,
        articleKey: article.key,
        ...match,
      });
    }
  }
  // One draft per key: a second finding of the same thing in one batch is the same alert.
  return distinctByKey(drafts, (draft) => draft.key);
}

/**
 * Raises the alerts the batch `articles` makes, in the transaction that wrote them (so a batch and
 * its alerts land together), after its articles and text reuse edges. Returns the new alerts.
 */
export async function raiseAlerts(
  tx: ManagedTransaction,
  articles: readonly ExtractedArticle[],
): Promise<AlertRow[]> {
  if (articles.length === 0) return [];
  if ((await tx.run(HAS_WATCHES_CYPHER)).records[0]?.get('any') !== true) return [];
  const keys = articles.map((article) => article.key);
  const drafts = await draftAlerts(tx, keys, articles);
  const created = new Set(await mergeAlerts(tx, drafts, randomUUID()));
  const now = new Date().toISOString();
  const titles = new Map(articles.map((article) => [article.key, article.title]));
  return drafts
    .filter((draft) => created.has(draft.key))
    .map((draft) => ({
      ...draft,
      createdAt: now,
      articleTitle: titles.get(draft.articleKey) ?? '',
      unread: true,
    }));
}

export const alertRepository: AlertRepository = {
  afterBatch: (articles) => writeTransaction((tx) => raiseAlerts(tx, articles)),
  list: (watchId, since, limit, skip = 0) =>
    readTransaction((tx) => listAlerts(tx, watchId, since, limit, skip)),
  count: (watchId, since) => readTransaction((tx) => countAlerts(tx, watchId, since)),
  pending: (limit, now = new Date().toISOString()) =>
    readTransaction((tx) => pendingDeliveries(tx, limit, now)),
  recordDelivery: (key, record) => writeTransaction((tx) => recordDelivery(tx, key, record)),
};

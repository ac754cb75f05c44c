import type { ManagedTransaction } from 'neo4j-driver';
import { int, toNumber, toStringValue } from '../neo4j-values';
import { evidenceSentence } from './evidence-sentence';
import type {
  AlertKind,
  AlertEvidence,
  AlertDraft,
  AlertRow,
  DeliveryRecord,
  PendingDelivery,
} from '../../model/watches';

/**
 * Alerts: what a batch of articles made new for a watch, with the sentence that shows it. Every
 * rule reads only from the batch's articles outwards (`$keys`, seeks on the article key), never
 * over the whole graph; docs/watches.md states the rules.
 */

/** The batch's first edge of a finding (rows ordered by earliest article, then first span). */
const FIRST = 'collect(r)[0]';

/** The evidence of {@link FIRST}: its sentence is read for that one edge only. */
const FIRST_EVIDENCE = `{articleKey: startNode(first).key, sentence: coalesce(${evidenceSentence('first')}, ''),
        start: coalesce(first.start, 0), end: coalesce(first.end, 0)} AS first`;

/**
 * Narratives first seen in this batch: no article outside it advances them. A narrative watch
 * may name a narrative before it exists; a search watch matches the label's words.
 */
export const NEW_NARRATIVES_CYPHER = `
MATCH (a:Article) WHERE a.key IN $keys
MATCH (a)-[r:ADVANCES]->(n:Narrative)
WHERE NOT EXISTS { MATCH (n)<-[:ADVANCES]-(o:Article) WHERE NOT o.key IN $keys }
WITH n, a, r ORDER BY a.date, a.key, r.start
WITH n, ${FIRST} AS first
CALL (n) {
  MATCH (w:Watch {target: n.key}) WHERE w.kind = 'narrative' RETURN w
  UNION
  MATCH (w:Watch {kind: 'search'}) WHERE size(w.words) > 0 AND all(word IN w.words WHERE toLower(n.label) CONTAINS word) RETURN w
}
RETURN w.id AS watchId, n.key AS subjectKey, n.label AS label,
       ${FIRST_EVIDENCE}
`;

/**
 * Sources citing a watched outlet (CITES_SOURCE) or actor (also QUOTES, ATTRIBUTES) for the first
 * time: none of their articles outside the batch did. An outlet citing itself is no news.
 */
export const NEW_CITING_SOURCES_CYPHER = `
MATCH (a:Article) WHERE a.key IN $keys
MATCH (a)-[r:CITES_SOURCE|QUOTES|ATTRIBUTES]->(x:Actor)
MATCH (w:Watch {target: x.key})
WHERE w.kind = 'actor' OR (w.kind = 'outlet' AND type(r) = 'CITES_SOURCE')
MATCH (a)-[:PUBLISHED_BY]->(s:Source)
WHERE NOT EXISTS { (s)-[:SAME_AS]->(x) }
WITH w, x, s, a, r ORDER BY a.date, a.key, r.start
WITH w, x, s, ${FIRST} AS first
WHERE NOT EXISTS {
  MATCH (s)<-[:PUBLISHED_BY]-(o:Article)-[r2:CITES_SOURCE|QUOTES|ATTRIBUTES]->(x)
  WHERE NOT o.key IN $keys AND (w.kind = 'actor' OR type(r2) = 'CITES_SOURCE')
}
RETURN w.id AS watchId, s.key AS subjectKey, s.name AS label, x.name AS targetName,
       ${FIRST_EVIDENCE}
`;

/** "Anyone citing X": every batch article citing or quoting the watched actor. */
export const CITATIONS_CYPHER = `
MATCH (a:Article) WHERE a.key IN $keys
MATCH (a)-[r:CITES_SOURCE|QUOTES|ATTRIBUTES]->(x:Actor)
MATCH (w:Watch {target: x.key}) WHERE w.kind = 'citation'
WITH w, x, a, r ORDER BY r.start
WITH w, x, a, ${FIRST} AS first
RETURN w.id AS watchId, a.key AS subjectKey, a.title AS label, x.name AS targetName,
       ${FIRST_EVIDENCE}
`;

/**
 * Watched narratives advanced by dated batch articles: per week touched, the day offsets (from
 * that week's Monday) of every article advancing the narrative in it and the 8 weeks before.
 * Walks only the narrative's own articles.
 */
export const NARRATIVE_WEEKS_CYPHER = `
MATCH (a:Article) WHERE a.key IN $keys AND a.date =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}.*'
MATCH (a)-[r:ADVANCES]->(n:Narrative)
MATCH (w:Watch {target: n.key}) WHERE w.kind = 'narrative'
WITH w, n, date.truncate('week', date(left(a.date, 10))) AS week, a, r
ORDER BY a.date, a.key, r.start
WITH w, n, week, ${FIRST} AS first
CALL (n, week) {
  MATCH (n)<-[:ADVANCES]-(o:Article)
  WHERE o.date >= toString(week - duration({weeks: $baselineWeeks})) AND o.date < toString(week + duration({weeks: 1}))
  RETURN collect(duration.inDays(week, date(left(o.date, 10))).days) AS offsets
}
RETURN w.id AS watchId, n.key AS subjectKey, n.label AS label, toString(week) AS week, offsets,
       ${FIRST_EVIDENCE}
`;

/** Batch articles sharing text with a watched article, in either direction (docs/text-reuse.md). */
export const REUSES_CYPHER = `
MATCH (a:Article) WHERE a.key IN $keys
MATCH (a)-[r:REUSES]-(t:Article)
MATCH (w:Watch {target: t.key}) WHERE w.kind = 'article'
WITH w, a, t, r, startNode(r) = a AS later
RETURN w.id AS watchId, a.key AS subjectKey, a.title AS label, t.title AS targetName,
       {articleKey: a.key, sentence: coalesce(${evidenceSentence('r')}, ''),
        start: CASE WHEN later THEN r.start ELSE r.targetStart END,
        end: CASE WHEN later THEN r.end ELSE r.targetEnd END} AS first
`;

/** Read from the count store: a graph without watches skips the rules. */
export const HAS_WATCHES_CYPHER = `MATCH (w:Watch) RETURN count(w) > 0 AS any`;

export const SEARCH_WATCHES_CYPHER = `
MATCH (w:Watch {kind: 'search'}) WHERE size(w.words) > 0
RETURN w.id AS watchId, w.query AS query, w.words AS words
`;

/**
 * Writes alerts, each once: an alert whose key exists is left as it was. Returns the keys this
 * call created (`batch` tells them apart). A watch with a webhook queues each new alert for it.
 */
export const MERGE_ALERTS_CYPHER = `
UNWIND $rows AS row
MATCH (w:Watch {id: row.watchId})
MATCH (a:Article {key: row.articleKey})
MERGE (al:Alert {key: row.key})
ON CREATE SET al += row.props, al.createdAt = datetime(), al.batch = $batch, al.attempts = 0
WITH w, a, al WHERE al.batch = $batch
MERGE (w)-[:RAISED]->(al)
MERGE (al)-[:EVIDENCE]->(a)
FOREACH (_ IN CASE WHEN w.webhookUrl IS NULL THEN [] ELSE [1] END | SET al:PendingDelivery)
RETURN al.key AS key
`;

const ALERT_FIELDS = `al.key AS key, w.id AS watchId, al.kind AS kind, al.title AS title,
       al.subjectKey AS subjectKey, al.sentence AS sentence, al.start AS start, al.end AS end,
       al.week AS week, al.count AS count, al.baseline AS baseline, al.zScore AS zScore,
       toString(al.createdAt) AS createdAt, a.key AS articleKey, a.title AS articleTitle,
       (w.lastReadAt IS NULL OR al.createdAt > w.lastReadAt) AS unread`;

export const LIST_ALERTS_CYPHER = `
MATCH (w:Watch {id: $watchId})-[:RAISED]->(al:Alert)
WHERE $since IS NULL OR al.createdAt > datetime($since)
MATCH (al)-[:EVIDENCE]->(a:Article)
RETURN ${ALERT_FIELDS}
ORDER BY al.createdAt DESC, al.key
SKIP $skip LIMIT $limit
`;

export const COUNT_ALERTS_CYPHER = `
MATCH (w:Watch {id: $watchId})-[:RAISED]->(al:Alert)
WHERE $since IS NULL OR al.createdAt > datetime($since)
RETURN count(al) AS total
`;

/**
 * Oldest first, so deliveries keep the order alerts were raised in; an alert whose earlier round
 * failed waits for its `nextAttemptAt`.
 */
export const PENDING_DELIVERIES_CYPHER = `
MATCH (al:PendingDelivery)<-[:RAISED]-(w:Watch)
WHERE w.webhookUrl IS NOT NULL
  AND (al.nextAttemptAt IS NULL OR al.nextAttemptAt <= datetime($now))
MATCH (al)-[:EVIDENCE]->(a:Article)
RETURN ${ALERT_FIELDS}, w.name AS watchName, w.webhookUrl AS webhookUrl,
       w.webhookSecret AS webhookSecret, coalesce(al.attempts, 0) AS attempts,
       coalesce(al.rounds, 0) AS rounds
ORDER BY al.createdAt, al.key
LIMIT $limit
`;

/**
 * A `pending` alert stays queued until `nextAttemptAt`; `delivered` or `failed` leaves the queue.
 * The watch keeps its last delivery, so its page shows whether its webhook works.
 */
export const RECORD_DELIVERY_CYPHER = `
MATCH (w:Watch)-[:RAISED]->(al:Alert {key: $key})
SET al.webhookState = $r.state, al.attempts = toInteger($r.attempts),
    al.rounds = toInteger($r.rounds), al.webhookError = $r.error,
    al.nextAttemptAt = CASE WHEN $r.nextAttemptAt IS NULL THEN null ELSE datetime($r.nextAttemptAt) END,
    al.deliveredAt = CASE WHEN $r.state = 'delivered' THEN datetime($r.at) ELSE null END,
    w.deliveryState = $r.state, w.deliveryAt = datetime($r.at), w.deliveryError = $r.error,
    w.deliveryAttempts = toInteger($r.attempts), w.deliveryNextAt = al.nextAttemptAt
FOREACH (_ IN CASE WHEN $r.state = 'pending' THEN [] ELSE [1] END | REMOVE al:PendingDelivery)
`;

/** A finding's evidence as the rule queries return it. */
export function evidenceOf(value: unknown): AlertEvidence {
  const first = (value ?? {}) as Record<string, unknown>;
  return {
    articleKey: toStringValue(first.articleKey),
    sentence: toStringValue(first.sentence),
    start: toNumber(first.start),
    end: toNumber(first.end),
  };
}

function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : toNumber(value);
}

function toAlertRow(record: { get(key: string): unknown }): AlertRow {
  const week = record.get('week');
  const count = optionalNumber(record.get('count'));
  const baseline = optionalNumber(record.get('baseline'));
  const zScore = optionalNumber(record.get('zScore'));
  return {
    key: toStringValue(record.get('key')),
    watchId: toStringValue(record.get('watchId')),
    kind: toStringValue(record.get('kind')) as AlertKind,
    title: toStringValue(record.get('title')),
    subjectKey: toStringValue(record.get('subjectKey')),
    articleKey: toStringValue(record.get('articleKey')),
    articleTitle: toStringValue(record.get('articleTitle')),
    sentence: toStringValue(record.get('sentence')),
    start: toNumber(record.get('start')),
    end: toNumber(record.get('end')),
    createdAt: toStringValue(record.get('createdAt')),
    unread: record.get('unread') === true,
    ...(week === null || week === undefined ? {} : { week: toStringValue(week) }),
    ...(count === undefined ? {} : { count }),
    ...(baseline === undefined ? {} : { baseline }),
    ...(zScore === undefined ? {} : { zScore }),
  };
}

/** Writes the drafts; returns the keys of the alerts that did not exist before. */
export async function mergeAlerts(
  tx: ManagedTransaction,
  drafts: readonly AlertDraft[],
  batch: string,
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const rows = drafts.map(({ key, watchId, articleKey, ...props }) => ({
    key,
    watchId,
    articleKey,
    props,
  }));
  const result = await tx.run(MERGE_ALERTS_CYPHER, { rows, batch });
  return result.records.map((record) => toStringValue(record.get('key')));
}

export async function listAlerts(
  tx: ManagedTransaction,
  watchId: string,
  since: string | null,
  limit: number,
  skip: number,
): Promise<AlertRow[]> {
  const result = await tx.run(LIST_ALERTS_CYPHER, {
    watchId,
    since,
    limit: int(limit),
    skip: int(skip),
  });
  return result.records.map(toAlertRow);
}

export async function countAlerts(
  tx: ManagedTransaction,
  watchId: string,
  since: string | null,
): Promise<number> {
  const record = (await tx.run(COUNT_ALERTS_CYPHER, { watchId, since })).records[0];
  return toNumber(record?.get('total'));
}

export async function pendingDeliveries(
  tx: ManagedTransaction,
  limit: number,
  now: string,
): Promise<PendingDelivery[]> {
  const result = await tx.run(PENDING_DELIVERIES_CYPHER, { limit: int(limit), now });
  return result.records.map((record) => ({
    alert: toAlertRow(record),
    watchName: toStringValue(record.get('watchName')),
    webhookUrl: toStringValue(record.get('webhookUrl')),
    webhookSecret: toStringValue(record.get('webhookSecret')),
    attempts: toNumber(record.get('attempts')),
    rounds: toNumber(record.get('rounds')),
  }));
}

export async function recordDelivery(
  tx: ManagedTransaction,
  key: string,
  record: DeliveryRecord,
): Promise<void> {
  await tx.run(RECORD_DELIVERY_CYPHER, { key, r: record });
}

import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_KINDS, RELATION_TYPES, type NodeKind } from '../../model/graph-model';
import { toNumber, toStringValue } from '../neo4j-values';
import { nodeProjection, toNodeRowOf } from './node-rows';
import type { TimelineRow, NarrativeSpreadRow, StatsRow } from '../../model/analytics';
import { awaitSearchRefresh } from './search-refresh.cypher';

/** Timelines, narrative spread and graph statistics: aggregates computed inside Neo4j. */

export interface TimelineFilters {
  /** Element ids of nodes the articles must be linked to (or be); null for all articles. */
  readonly elementIds: readonly string[] | null;
  readonly kinds: readonly NodeKind[] | null;
  readonly sourceKeys: readonly string[] | null;
  readonly narrativeKey: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** Where a timeline's articles come from: linked to given nodes, advancing a narrative, or all. */
type ArticleScope = 'ids' | 'narrative' | 'all';

/**
 * Articles selected by a timeline filter, as `a` (stubs and undated articles never count). The
 * scope is chosen in code rather than by `$param IS NULL` branches, so a narrative's timeline walks
 * its ADVANCES relationships instead of filtering every article, and a date range alone uses the
 * article_date index.
 */
function filteredArticles(scope: ArticleScope, filters: TimelineFilters): string {
  const start =
    scope === 'ids'
      ? `CALL () {
  UNWIND $eids AS eid
  MATCH (x) WHERE elementId(x) = eid
  CALL (x) {
    WITH x WHERE x:Article RETURN x AS a
    UNION
    MATCH (x)--(a:Article) RETURN a
  }
  RETURN a
}
WITH DISTINCT a`
      : scope === 'narrative'
        ? `MATCH (:Narrative {key: $narrative})<-[:ADVANCES]-(a:Article)
WITH DISTINCT a`
        : 'MATCH (a:Article)';
  const conditions = ['a.date IS NOT NULL', 'NOT coalesce(a.stub, false)'];
  if (filters.from !== null) conditions.push('a.date >= $from');
  if (filters.to !== null) conditions.push('a.date <= $to');
  if (filters.sourceKeys !== null)
    conditions.push('EXISTS { (a)-[:PUBLISHED_BY]->(s:Source) WHERE s.key IN $sources }');
  if (filters.narrativeKey !== null && scope !== 'narrative')
    conditions.push('EXISTS { (a)-[:ADVANCES]->(:Narrative {key: $narrative}) }');
  if (filters.kinds !== null)
    conditions.push('EXISTS { (a)--(y) WHERE any(l IN labels(y) WHERE l IN $kinds) }');
  return `${start}
WHERE ${conditions.join('\n  AND ')}`;
}

/**
 * Two clocks per bucket: articles by publication date, and distinct cited events by the date
 * they happened; plus citation lags (article date minus event date, in days). Citations are read
 * once and every aggregate is computed from that one list.
 */
export function timelineCypher(filters: TimelineFilters): string {
  const scope: ArticleScope =
    filters.elementIds !== null ? 'ids' : filters.narrativeKey !== null ? 'narrative' : 'all';
  return `
${filteredArticles(scope, filters)}
WITH collect(a) AS articles
CALL (articles) {
  UNWIND articles AS a
  WITH toString(date.truncate($unit, date(a.date))) AS bucket, count(*) AS n
  RETURN collect({bucket: bucket, n: n}) AS articleBuckets
}
CALL (articles) {
  UNWIND articles AS a
  MATCH (a)-[:CITES]->(e:Event) WHERE e.date IS NOT NULL
  WITH e, date(a.date) AS ad, date(e.date) AS ed
  RETURN collect({e: e, eventBucket: toString(date.truncate($unit, ed)),
                  articleBucket: toString(date.truncate($unit, ad)), lag: duration.inDays(ed, ad).days}) AS cites
}
CALL (cites) {
  UNWIND cites AS c
  WITH DISTINCT c.e AS e, c.eventBucket AS bucket
  WITH bucket, count(*) AS n
  RETURN collect({bucket: bucket, n: n}) AS eventBuckets
}
CALL (cites) {
  UNWIND cites AS c
  WITH c.articleBucket AS bucket, percentileCont(c.lag, 0.5) AS median
  RETURN collect({bucket: bucket, median: median}) AS lagBuckets
}
CALL (cites) {
  UNWIND cites AS c
  WITH c.lag AS lag
  RETURN count(lag) AS citations, percentileCont(lag, 0.5) AS median, percentileCont(lag, 0.9) AS p90,
         avg(lag) AS mean, max(lag) AS max
}
RETURN size(articles) AS total, articleBuckets, eventBuckets, lagBuckets, citations, median, p90, mean, max
`;
}

function nullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

function bucketMap(value: unknown, field: string): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const item of (value ?? []) as Record<string, unknown>[]) {
    map.set(toStringValue(item.bucket), item[field]);
  }
  return map;
}

/** Reads a timeline; `unit` is a `date.truncate` unit from TIME_BUCKET_UNITS. */
export async function readTimeline(
  tx: ManagedTransaction,
  filters: TimelineFilters,
  unit: 'day' | 'week' | 'month' | 'year',
): Promise<TimelineRow> {
  const result = await tx.run(timelineCypher(filters), {
    eids: filters.elementIds === null ? null : [...filters.elementIds],
    kinds: filters.kinds === null ? null : [...filters.kinds],
    sources: filters.sourceKeys === null ? null : [...filters.sourceKeys],
    narrative: filters.narrativeKey,
    from: filters.from,
    to: filters.to,
    unit,
  });
  const record = result.records[0];
  if (!record) throw new Error('timeline query returned no row');
  const articles = bucketMap(record.get('articleBuckets'), 'n');
  const events = bucketMap(record.get('eventBuckets'), 'n');
  const lags = bucketMap(record.get('lagBuckets'), 'median');
  const starts = [...new Set([...articles.keys(), ...events.keys()])].sort();
  return {
    buckets: starts.map((start) => ({
      start,
      articles: toNumber(articles.get(start)),
      citedEvents: toNumber(events.get(start)),
      medianLagDays: nullableNumber(lags.get(start)),
    })),
    lag: {
      citations: toNumber(record.get('citations')),
      medianDays: nullableNumber(record.get('median')),
      p90Days: nullableNumber(record.get('p90')),
      meanDays: nullableNumber(record.get('mean')),
      maxDays: nullableNumber(record.get('max')),
    },
    totalArticles: toNumber(record.get('total')),
  };
}

/** Per source: first article advancing the narrative (earliest date, then key) and the count. */
export const NARRATIVE_SOURCES_CYPHER = `
MATCH (n:Narrative {key: $key})<-[:ADVANCES]-(a:Article)
WHERE a.date IS NOT NULL
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(s:Source)
WITH s, a ORDER BY a.date, a.key
WITH s, collect(a) AS articles
WITH s, articles[0] AS first, size(articles) AS count
RETURN CASE WHEN s IS NULL THEN null ELSE ${nodeProjection('s')} END AS source,
       ${nodeProjection('first')} AS first, count
ORDER BY first.date, first.key
`;

export const NARRATIVE_BUCKETS_CYPHER = `
MATCH (n:Narrative {key: $key})<-[:ADVANCES]-(a:Article)
WHERE a.date IS NOT NULL
WITH toString(date.truncate($unit, date(a.date))) AS bucket, count(*) AS n
RETURN bucket, n ORDER BY bucket
`;

export const NARRATIVE_TOTAL_CYPHER = `
MATCH (n:Narrative {key: $key}) RETURN COUNT { (n)<-[:ADVANCES]-(:Article) } AS total
`;

/** Reads the spread of a narrative across sources and time. */
export async function readNarrativeSpread(
  tx: ManagedTransaction,
  key: string,
  unit: 'day' | 'week' | 'month' | 'year',
): Promise<NarrativeSpreadRow> {
  const sources = await tx.run(NARRATIVE_SOURCES_CYPHER, { key });
  const buckets = await tx.run(NARRATIVE_BUCKETS_CYPHER, { key, unit });
  const total = await tx.run(NARRATIVE_TOTAL_CYPHER, { key });
  return {
    sources: sources.records.map((record) => {
      const source = record.get('source') as unknown;
      return {
        source: source === null ? null : toNodeRowOf(source, 'Source'),
        firstArticle: toNodeRowOf(record.get('first'), 'Article'),
        count: toNumber(record.get('count')),
      };
    }),
    buckets: buckets.records.map((record) => ({
      start: toStringValue(record.get('bucket')),
      articles: toNumber(record.get('n')),
    })),
    totalArticles: toNumber(total.records[0]?.get('total')),
  };
}

/** Subqueries shared by the stats and the data version: `r_<TYPE>` columns and `lastIngest`. */
const RELATION_COUNTS = RELATION_TYPES.map(
  (type) => `CALL () { MATCH ()-[r:${type}]->() RETURN count(r) AS r_${type} }`,
).join('\n');
const LAST_INGEST = `CALL () { OPTIONAL MATCH (a:Article) WHERE a.ingestedAt IS NOT NULL WITH a ORDER BY a.ingestedAt DESC LIMIT 1 RETURN toString(a.ingestedAt) AS lastIngest }`;

/**
 * Counts per label and relationship type come from Neo4j's count store (constant time at any
 * size); the date range and latest ingest time are read from their range indexes.
 */
export const STATS_CYPHER = `
${NODE_KINDS.map((kind) => `CALL () { MATCH (n:${kind}) RETURN count(n) AS n_${kind} }`).join('\n')}
${RELATION_COUNTS}
CALL () { MATCH (a:Article) WHERE a.stub = true RETURN count(a) AS stubs }
CALL () { OPTIONAL MATCH (a:Article) WHERE a.date IS NOT NULL WITH a ORDER BY a.date ASC LIMIT 1 RETURN a.date AS firstDate }
CALL () { OPTIONAL MATCH (a:Article) WHERE a.date IS NOT NULL WITH a ORDER BY a.date DESC LIMIT 1 RETURN a.date AS lastDate }
${LAST_INGEST}
RETURN ${[...NODE_KINDS.map((k) => `n_${k}`), ...RELATION_TYPES.map((t) => `r_${t}`)].join(', ')},
       stubs, firstDate, lastDate, lastIngest
`;

/** Reads graph statistics and the data version. */
export async function readStats(tx: ManagedTransaction): Promise<StatsRow> {
  const record = (await tx.run(STATS_CYPHER)).records[0];
  if (!record) throw new Error('stats query returned no row');
  const nodes = NODE_KINDS.map((kind) => ({ kind, count: toNumber(record.get(`n_${kind}`)) }));
  const relations = RELATION_TYPES.map((type) => ({
    type,
    count: toNumber(record.get(`r_${type}`)),
  }));
  const allArticles = nodes.find((n) => n.kind === 'Article')?.count ?? 0;
  const stubs = toNumber(record.get('stubs'));
  const lastIngest = record.get('lastIngest') as unknown;
  const firstDate = record.get('firstDate') as unknown;
  const lastDate = record.get('lastDate') as unknown;
  const relationCount = relations.reduce((sum, r) => sum + r.count, 0);
  return {
    nodes,
    relations,
    articles: allArticles - stubs,
    stubArticles: stubs,
    firstDate: firstDate === null ? null : toStringValue(firstDate),
    lastDate: lastDate === null ? null : toStringValue(lastDate),
    dataVersion: formatDataVersion(allArticles, relationCount, lastIngest),
  };
}

/** Article count, relationship count and the latest write time: every ingest changes one of them. */
function formatDataVersion(articles: number, relations: number, lastIngest: unknown): string {
  return `${articles}.${relations}.${lastIngest === null || lastIngest === undefined ? '0' : toStringValue(lastIngest)}`;
}

/** The data version of {@link readStats} alone: count-store lookups and one index seek. */
export const DATA_VERSION_CYPHER = `
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
${RELATION_COUNTS}
${LAST_INGEST}
RETURN articles, ${RELATION_TYPES.map((type) => `r_${type}`).join(' + ')} AS relations, lastIngest
`;

/**
 * Reads the data version: the same string `readStats` reports, far cheaper. Returns once the
 * full-text index holds every write the version counts, so no search is cached under a version
 * whose articles it could not yet find.
 */
export async function readDataVersion(tx: ManagedTransaction): Promise<string> {
  const record = (await tx.run(DATA_VERSION_CYPHER)).records[0];
  if (!record) throw new Error('data version query returned no row');
  await awaitSearchRefresh(tx);
  return formatDataVersion(
    toNumber(record.get('articles')),
    toNumber(record.get('relations')),
    record.get('lastIngest') as unknown,
  );
}

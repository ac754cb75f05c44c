import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeKind } from '../../model/graph-model';
import { int, toNumber, toStringValue } from '../neo4j-values';
import { evidenceProperties } from './evidence-sentence';
import { nodeProjection, toEvidenceRow, toNodeRowOf } from './node-rows';
import { type NodeRow } from '../../model/node-rows';
import type { ListEdgeRow, ListFilters } from '../../model/lists';

/**
 * The paginated lists hanging off a node (an article's mentions, an actor's articles...). Each
 * list is one page statement (ordered, SKIP/LIMIT) and one count statement; both take the parent
 * key as `$key`. Every page statement returns the same columns so one mapper serves them all.
 */

/** Upper bound of articles read for "top actors" / "co-mentions" aggregates of hub nodes. */
export const AGGREGATE_ARTICLE_CAP = 20_000;

/** Columns every page statement returns. */
const COLUMNS = (parentArticle: string | null, lag: string | null, count: string | null) => `
RETURN ${nodeProjection('n')} AS node, type(r) AS type, ${evidenceProperties('r')} AS props,
       ${parentArticle ?? 'null'} AS articleKey, ${lag ?? 'null'} AS lagDays, ${count ?? 'null'} AS count`;

/** Columns of the aggregate lists, which have a count but no single relationship. */
const AGGREGATE_COLUMNS = `
RETURN ${nodeProjection('n')} AS node, 'MENTIONS' AS type, {} AS props,
       null AS articleKey, null AS lagDays, c AS count`;

const LAG = (event: string, article: string) =>
  `CASE WHEN ${article}.date IS NULL OR ${event}.date IS NULL THEN null
        ELSE duration.inDays(date(${event}.date), date(${article}.date)).days END`;

/** What a list is: its statements and the kind of node it lists. */
interface ListDefinition {
  readonly nodeKind: NodeKind;
  readonly page: string;
  readonly count: string;
}

const DATE_FILTER = `($from IS NULL OR n.date >= $from) AND ($to IS NULL OR n.date <= $to)`;

export const LIST_DEFINITIONS = {
  articleMentions: {
    nodeKind: 'Actor',
    page: `MATCH (p:Article {key: $key})-[r:MENTIONS]->(n:Actor)
WITH p, r, n ORDER BY r.count DESC, n.key SKIP $skip LIMIT $limit
${COLUMNS('p.key', null, 'r.count')}`,
    count: `MATCH (p:Article {key: $key}) RETURN COUNT { (p)-[:MENTIONS]->(:Actor) } AS total`,
  },
  articleQuotes: {
    nodeKind: 'Actor',
    page: `MATCH (p:Article {key: $key})-[r:QUOTES|ATTRIBUTES]->(n:Actor)
WITH p, r, n ORDER BY r.start, r.key SKIP $skip LIMIT $limit
${COLUMNS('p.key', null, null)}`,
    count: `MATCH (p:Article {key: $key}) RETURN COUNT { (p)-[:QUOTES|ATTRIBUTES]->(:Actor) } AS total`,
  },
  articleCitedEvents: {
    nodeKind: 'Event',
    page: `MATCH (p:Article {key: $key})-[r:CITES]->(n:Event)
WITH p, r, n ORDER BY n.date, n.key, r.localKey SKIP $skip LIMIT $limit
${COLUMNS('p.key', LAG('n', 'p'), null)}`,
    count: `MATCH (p:Article {key: $key}) RETURN COUNT { (p)-[:CITES]->(:Event) } AS total`,
  },
  articleNarratives: {
    nodeKind: 'Narrative',
    page: `MATCH (p:Article {key: $key})-[r:ADVANCES]->(n:Narrative)
WITH p, r, n ORDER BY r.start, n.key SKIP $skip LIMIT $limit
${COLUMNS('p.key', null, null)}`,
    count: `MATCH (p:Article {key: $key}) RETURN COUNT { (p)-[:ADVANCES]->(:Narrative) } AS total`,
  },
  articleRelated: {
    nodeKind: 'Article',
    page: `MATCH (p:Article {key: $key})-[r:RELATED_TO]->(n:Article)
WITH p, r, n ORDER BY n.date DESC, n.key SKIP $skip LIMIT $limit
${COLUMNS('p.key', null, null)}`,
    count: `MATCH (p:Article {key: $key}) RETURN COUNT { (p)-[:RELATED_TO]->(:Article) } AS total`,
  },
  sourceArticles: {
    nodeKind: 'Article',
    page: `MATCH (p:Source {key: $key})<-[r:PUBLISHED_BY]-(n:Article)
WHERE ${DATE_FILTER}
WITH r, n ORDER BY n.date DESC, n.key SKIP $skip LIMIT $limit
${COLUMNS('n.key', null, null)}`,
    count: `MATCH (p:Source {key: $key})<-[:PUBLISHED_BY]-(n:Article) WHERE ${DATE_FILTER} RETURN count(n) AS total`,
  },
  sourceTopActors: {
    nodeKind: 'Actor',
    page: `MATCH (p:Source {key: $key})<-[:PUBLISHED_BY]-(a:Article)
WITH a LIMIT ${AGGREGATE_ARTICLE_CAP}
MATCH (a)-[:MENTIONS]->(n:Actor)
WITH n, count(DISTINCT a) AS c ORDER BY c DESC, n.key SKIP $skip LIMIT $limit
${AGGREGATE_COLUMNS}`,
    count: `MATCH (p:Source {key: $key})<-[:PUBLISHED_BY]-(a:Article)
WITH a LIMIT ${AGGREGATE_ARTICLE_CAP}
MATCH (a)-[:MENTIONS]->(n:Actor) RETURN count(DISTINCT n) AS total`,
  },
  actorMentionedIn: {
    nodeKind: 'Article',
    page: `MATCH (p:Actor {key: $key})<-[r:MENTIONS]-(n:Article)
WITH r, n ORDER BY n.date DESC, n.key SKIP $skip LIMIT $limit
${COLUMNS('n.key', null, 'r.count')}`,
    count: `MATCH (p:Actor {key: $key}) RETURN COUNT { (p)<-[:MENTIONS]-(:Article) } AS total`,
  },
  actorQuotedIn: {
    nodeKind: 'Article',
    page: `MATCH (p:Actor {key: $key})<-[r:QUOTES|ATTRIBUTES]-(n:Article)
WITH r, n ORDER BY n.date DESC, n.key, r.start SKIP $skip LIMIT $limit
${COLUMNS('n.key', null, null)}`,
    count: `MATCH (p:Actor {key: $key}) RETURN COUNT { (p)<-[:QUOTES|ATTRIBUTES]-(:Article) } AS total`,
  },
  actorCoMentions: {
    nodeKind: 'Actor',
    page: `MATCH (p:Actor {key: $key})<-[:MENTIONS]-(a:Article)
WITH p, a LIMIT ${AGGREGATE_ARTICLE_CAP}
MATCH (a)-[:MENTIONS]->(n:Actor) WHERE n <> p
WITH n, count(DISTINCT a) AS c ORDER BY c DESC, n.key SKIP $skip LIMIT $limit
${AGGREGATE_COLUMNS}`,
    count: `MATCH (p:Actor {key: $key})<-[:MENTIONS]-(a:Article)
WITH p, a LIMIT ${AGGREGATE_ARTICLE_CAP}
MATCH (a)-[:MENTIONS]->(n:Actor) WHERE n <> p RETURN count(DISTINCT n) AS total`,
  },
  eventInvolves: {
    nodeKind: 'Actor',
    page: `MATCH (p:Event {key: $key})-[r:INVOLVES]->(n:Actor)
WITH r, n ORDER BY n.key SKIP $skip LIMIT $limit
${COLUMNS('r.articleKey', null, null)}`,
    count: `MATCH (p:Event {key: $key}) RETURN COUNT { (p)-[:INVOLVES]->(:Actor) } AS total`,
  },
  eventCitedBy: {
    nodeKind: 'Article',
    page: `MATCH (p:Event {key: $key})<-[r:CITES]-(n:Article)
WITH p, r, n ORDER BY n.date, n.key, r.localKey SKIP $skip LIMIT $limit
${COLUMNS('n.key', LAG('p', 'n'), null)}`,
    count: `MATCH (p:Event {key: $key}) RETURN COUNT { (p)<-[:CITES]-(:Article) } AS total`,
  },
  narrativeArticles: {
    nodeKind: 'Article',
    page: `MATCH (p:Narrative {key: $key})<-[r:ADVANCES]-(n:Article)
WITH r, n ORDER BY n.date, n.key SKIP $skip LIMIT $limit
${COLUMNS('n.key', null, null)}`,
    count: `MATCH (p:Narrative {key: $key}) RETURN COUNT { (p)<-[:ADVANCES]-(:Article) } AS total`,
  },
} as const satisfies Record<string, ListDefinition>;

export type ListName = keyof typeof LIST_DEFINITIONS;
type ListNodeKind<L extends ListName> = (typeof LIST_DEFINITIONS)[L]['nodeKind'];

function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : toStringValue(value);
}

/** Reads one page (`limit` rows from `skip`) of a list. */
export async function readListPage<L extends ListName>(
  tx: ManagedTransaction,
  list: L,
  key: string,
  skip: number,
  limit: number,
  filters: ListFilters = {},
): Promise<ListEdgeRow<Extract<NodeRow, { kind: ListNodeKind<L> }>>[]> {
  const definition: ListDefinition = LIST_DEFINITIONS[list];
  const result = await tx.run(definition.page, {
    key,
    skip: int(skip),
    limit: int(limit),
    from: filters.from ?? null,
    to: filters.to ?? null,
  });
  return result.records.map((record) => {
    const props = (record.get('props') ?? {}) as Record<string, unknown>;
    const count = record.get('count') as unknown;
    const lag = record.get('lagDays') as unknown;
    return {
      node: toNodeRowOf(record.get('node'), definition.nodeKind) as Extract<
        NodeRow,
        { kind: ListNodeKind<L> }
      >,
      type: toStringValue(record.get('type')),
      count: count === null ? 1 : toNumber(count),
      text: nullableString(props.text),
      cue: nullableString(props.cue),
      dateText: nullableString(props.dateText),
      lagDays: lag === null ? null : toNumber(lag),
      evidence: toEvidenceRow(props, record.get('articleKey')),
    };
  });
}

/** Total number of items of a list. */
export async function readListCount(
  tx: ManagedTransaction,
  list: ListName,
  key: string,
  filters: ListFilters = {},
): Promise<number> {
  const result = await tx.run(LIST_DEFINITIONS[list].count, {
    key,
    from: filters.from ?? null,
    to: filters.to ?? null,
  });
  return toNumber(result.records[0]?.get('total'));
}

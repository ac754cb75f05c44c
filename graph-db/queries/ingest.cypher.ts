import type { ManagedTransaction } from 'neo4j-driver';
import { ARTICLE_RELATION_TYPES, type RelationType } from '../../model/graph-model';
import { toNumber, toStringValue } from '../neo4j-values';
import { FIXED_PLAN } from './fixed-plan';

/**
 * The Cypher statements that write extracted articles (ingest-writer.ts sends them). Every statement
 * UNWINDs a batch; nodes are MERGEd on stable keys and an article's own edges are replaced (deleted,
 * then created), so running the same batch twice changes nothing.
 */

/** What a write did to each article. */
export type ArticleWriteStatus = 'created' | 'updated' | 'unchanged';

export const EXISTING_HASHES_CYPHER = `${FIXED_PLAN}
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN a.key AS key, a.contentHash AS contentHash, coalesce(a.stub, false) AS stub
`;

/** Content hashes of the articles already stored (stubs count as absent). */
export async function readExistingHashes(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const result = await tx.run(EXISTING_HASHES_CYPHER, { keys });
  const hashes = new Map<string, string>();
  for (const record of result.records) {
    if (record.get('stub') === true) continue;
    hashes.set(toStringValue(record.get('key')), toStringValue(record.get('contentHash')));
  }
  return hashes;
}

/*
 * A batch is written by a few set-oriented statements: nodes first (articles, sources, actors,
 * events, narratives; each distinct node once per batch), then every edge that starts at a batch
 * article in one statement. The node statements return element ids, so the edge statements find
 * their endpoints by id instead of by a unique-index seek per edge (in a write, that is a locking
 * seek with a fresh index reader each time, and there are about eight edges per article). Element
 * ids are only used inside the transaction that returned them, where Neo4j guarantees them stable.
 */

export const UPSERT_ARTICLES_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a.title = row.title, a.date = row.date, a.url = row.url, a.language = row.language,
    a.text = row.text, a.contentHash = row.contentHash, a.stub = false, a.teaser = null,
    a.sections = row.sections, a.ingestedAt = datetime()
WITH a, row
// A changed article is rewritten from scratch: drop what its previous version asserted.
OPTIONAL MATCH (a)-[old:PUBLISHED_BY|MENTIONS|QUOTES|ATTRIBUTES|CITES|ADVANCES|RELATED_TO|CITES_SOURCE]->()
DELETE old
WITH DISTINCT a, row
RETURN collect(row.key) AS keys, collect(elementId(a)) AS ids
`;

export const UPSERT_SOURCES_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MERGE (s:Source {key: row.key})
ON CREATE SET s.name = row.name
RETURN collect(row.key) AS keys, collect(elementId(s)) AS ids
`;

/** One row per distinct actor of the batch: hub actors are touched once, not once per article. */
export const UPSERT_ACTORS_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MERGE (x:Actor {key: row.key})
ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = [], x.placeholder = false
WITH x, row, coalesce(x.placeholder, false) AS wasPlaceholder,
     reduce(acc = coalesce(x.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases
SET x.name = CASE WHEN wasPlaceholder THEN row.name ELSE x.name END,
    x.kind = CASE WHEN wasPlaceholder THEN row.kind ELSE x.kind END,
    x.placeholder = false
// Writing unchanged aliases would still rewrite the full-text index entry: only write on change.
FOREACH (_ IN CASE WHEN size(aliases) <> size(coalesce(x.aliases, [])) OR wasPlaceholder THEN [1] ELSE [] END |
  SET x.aliases = aliases, x.aliasText = reduce(text = '', alias IN aliases | text + ' ' + alias))
RETURN collect(row.key) AS keys, collect(elementId(x)) AS ids
`;

/** Runs after UPSERT_ACTORS_CYPHER, so a parent that is also an actor of the batch is not a placeholder. */
export const UPSERT_PART_OF_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MATCH (x:Actor {key: row.key})
MERGE (parent:Actor {key: row.partOf})
ON CREATE SET parent.name = row.partOfName, parent.kind = row.partOfKind, parent.aliases = [row.partOfName],
              parent.aliasText = row.partOfName, parent.placeholder = true
MERGE (x)-[po:PART_OF]->(parent)
ON CREATE SET po += row.evidence
`;

/** A speaker the actor extractor did not list (rare) still needs a node to hang the quote on. */
export const UPSERT_SPEAKERS_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MERGE (x:Actor {key: row.key})
ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = [row.name], x.aliasText = row.name, x.placeholder = true
RETURN collect(row.key) AS keys, collect(elementId(x)) AS ids
`;

export const ACTOR_IDS_CYPHER = `${FIXED_PLAN}
UNWIND $keys AS key
MATCH (x:Actor {key: key})
RETURN collect(key) AS keys, collect(elementId(x)) AS ids
`;

/** Candidates are read per distinct (range, precision): a different precision never matches. */
export const EVENT_CANDIDATES_CYPHER = `
UNWIND $ranges AS range
MATCH (e:Event)
WHERE e.date >= range.from AND e.date <= range.to AND e.precision = range.precision
RETURN DISTINCT e.key AS key, e.date AS date, e.precision AS precision,
       coalesce(e.actorKeys, []) AS actorKeys, coalesce(e.description, '') AS description
`;

/** One row per distinct event; `actorKeys` is the union over the batch's citations, in order. */
export const UPSERT_EVENTS_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
ON CREATE SET e.date = row.date, e.dateEnd = row.dateEnd, e.precision = row.precision,
              e.description = row.description, e.actorKeys = []
SET e.actorKeys = reduce(acc = e.actorKeys, k IN row.actorKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
RETURN collect(row.key) AS keys, collect(elementId(e)) AS ids
`;

/**
 * MERGE: the same event is cited by several articles; the first citation's evidence stays. A row's
 * `sentence` and `extractor` are positions in `$strings` (each distinct string sent once; the
 * driver sends numbers as floats, hence toInteger).
 */
export const MERGE_INVOLVES_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.event
MATCH (x) WHERE elementId(x) = row.actor
MERGE (e)-[i:INVOLVES]->(x)
ON CREATE SET i.sentence = $strings[toInteger(row.sentence)], i.start = row.start, i.end = row.end,
              i.extractor = $strings[toInteger(row.extractor)], i.confidence = row.confidence,
              i.articleKey = row.articleKey
`;

export const UPSERT_NARRATIVES_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MERGE (n:Narrative {key: row.key})
ON CREATE SET n.label = row.label, n.kind = row.kind
RETURN collect(row.key) AS keys, collect(elementId(n)) AS ids
`;

/**
 * Relationship types an article edge of CREATE_ARTICLE_EDGES_CYPHER may have: the type is a
 * parameter there, so it is checked here. RELATED_TO is written by its own statement (it merges stubs).
 */
export type ArticleEdgeType = Exclude<RelationType, 'RELATED_TO' | 'INVOLVES' | 'PART_OF'>;
export const ARTICLE_EDGE_TYPES: ReadonlySet<RelationType> = new Set(
  ARTICLE_RELATION_TYPES.filter((type) => type !== 'RELATED_TO'),
);

/**
 * Every edge from the batch's articles. CREATE, not MERGE: the articles' previous edges were just
 * deleted and the rows are already distinct. Properties a type does not have are null, which CREATE
 * leaves unset; naming them (rather than `SET r += map`) keeps the plan free of an Eager. An edge's
 * `sentence` and `extractor` are positions in `$strings` (each distinct string sent once; the
 * driver sends numbers as floats, hence toInteger). A row without `sentence` stores none: its
 * article's text gives it back from `start` and `end` (evidence-sentence.ts).
 */
export const CREATE_ARTICLE_EDGES_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.article
UNWIND row.edges AS edge
MATCH (x) WHERE elementId(x) = edge.target
CREATE (a)-[:$(edge.type) {
  count: edge.count, firstOffset: edge.firstOffset, key: edge.key, text: edge.text, cue: edge.cue,
  localKey: edge.localKey, dateText: edge.dateText, how: edge.how, stance: edge.stance,
  sentence: $strings[toInteger(edge.sentence)], start: edge.start,
  end: edge.end, extractor: $strings[toInteger(edge.extractor)], confidence: edge.confidence
}]->(x)
`;

export const UPSERT_RELATED_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MATCH (a:Article {key: row.articleKey})
MERGE (b:Article {key: row.key})
ON CREATE SET b.title = row.title, b.date = row.date, b.url = row.url, b.teaser = row.teaser,
              b.stub = true, b.language = 'en', b.text = ''
MERGE (a)-[r:RELATED_TO]->(b)
SET r.via = 'more-from', r.sentence = row.sentence, r.start = 0, r.end = 0,
    r.extractor = 'related/more-from', r.confidence = 1.0
WITH b, row
WHERE row.sourceKey IS NOT NULL AND coalesce(b.stub, false)
MERGE (s:Source {key: row.sourceKey})
ON CREATE SET s.name = row.sourceName
MERGE (b)-[p:PUBLISHED_BY]->(s)
ON CREATE SET p.sentence = row.sentence, p.start = 0, p.end = 0, p.extractor = 'related/more-from', p.confidence = 1.0
`;

/** Counts of stored things, for ingest summaries and tests. */
export const GRAPH_COUNTS_CYPHER = `
CALL () { MATCH (a:Article) WHERE NOT coalesce(a.stub, false) RETURN count(a) AS articles }
CALL () { MATCH (a:Article) WHERE coalesce(a.stub, false) RETURN count(a) AS stubs }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Narrative) RETURN count(n) AS narratives }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN articles, stubs, sources, actors, events, narratives, relationships
`;

export interface GraphCounts {
  readonly articles: number;
  readonly stubs: number;
  readonly sources: number;
  readonly actors: number;
  readonly events: number;
  readonly narratives: number;
  readonly relationships: number;
}

export async function readGraphCounts(tx: ManagedTransaction): Promise<GraphCounts> {
  const record = (await tx.run(GRAPH_COUNTS_CYPHER)).records[0];
  if (!record) throw new Error('count query returned no row');
  return {
    articles: toNumber(record.get('articles')),
    stubs: toNumber(record.get('stubs')),
    sources: toNumber(record.get('sources')),
    actors: toNumber(record.get('actors')),
    events: toNumber(record.get('events')),
    narratives: toNumber(record.get('narratives')),
    relationships: toNumber(record.get('relationships')),
  };
}

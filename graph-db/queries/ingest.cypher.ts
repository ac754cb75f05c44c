import { createHash } from 'node:crypto';
import type { ManagedTransaction, Result } from 'neo4j-driver';
import { sourceKey } from '@/ingest/keys';
import type { Evidence, ExtractedArticle, ExtractedEvent } from '@/ingest/types';
import {
  candidateDateRange,
  findMatchingEvent,
  type EventCandidate,
} from '../repositories/event-matching';
import { ARTICLE_RELATION_TYPES, type RelationType } from '../../model/graph-model';
import { distinctByKey } from '../../model/distinct-by-key';
import { toNumber, toStringValue } from '../neo4j-values';
import { LINK_SOURCE_OUTLETS_CYPHER, sourceOutletRows } from './citations.cypher';

/**
 * Writes of extracted articles. Every statement UNWINDs a batch; nodes are MERGEd on stable keys and
 * an article's own edges are replaced (deleted, then created), so running the same batch twice
 * changes nothing. All run inside one caller-owned transaction.
 */

/** What a write did to each article. */
export type ArticleWriteStatus = 'created' | 'updated' | 'unchanged';

/** Evidence as relationship properties (flat: Neo4j properties cannot nest). */
function evidenceProps(evidence: Evidence) {
  return {
    sentence: evidence.sentence,
    start: evidence.start,
    end: evidence.end,
    extractor: evidence.extractor,
    confidence: evidence.confidence,
  };
}

function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

export const EXISTING_HASHES_CYPHER = `
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

export const UPSERT_ARTICLES_CYPHER = `
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

export const UPSERT_SOURCES_CYPHER = `
UNWIND $rows AS row
MERGE (s:Source {key: row.key})
ON CREATE SET s.name = row.name
RETURN collect(row.key) AS keys, collect(elementId(s)) AS ids
`;

/** One row per distinct actor of the batch: hub actors are touched once, not once per article. */
export const UPSERT_ACTORS_CYPHER = `
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
export const UPSERT_PART_OF_CYPHER = `
UNWIND $rows AS row
MATCH (x:Actor {key: row.key})
MERGE (parent:Actor {key: row.partOf})
ON CREATE SET parent.name = row.partOfName, parent.kind = row.partOfKind, parent.aliases = [row.partOfName],
              parent.aliasText = row.partOfName, parent.placeholder = true
MERGE (x)-[po:PART_OF]->(parent)
ON CREATE SET po += row.evidence
`;

/** A speaker the actor extractor did not list (rare) still needs a node to hang the quote on. */
export const UPSERT_SPEAKERS_CYPHER = `
UNWIND $rows AS row
MERGE (x:Actor {key: row.key})
ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = [row.name], x.aliasText = row.name, x.placeholder = true
RETURN collect(row.key) AS keys, collect(elementId(x)) AS ids
`;

export const ACTOR_IDS_CYPHER = `
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
export const UPSERT_EVENTS_CYPHER = `
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
ON CREATE SET e.date = row.date, e.dateEnd = row.dateEnd, e.precision = row.precision,
              e.description = row.description, e.actorKeys = []
SET e.actorKeys = reduce(acc = e.actorKeys, k IN row.actorKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
RETURN collect(row.key) AS keys, collect(elementId(e)) AS ids
`;

/** MERGE: the same event is cited by several articles; the first citation's evidence stays. */
export const MERGE_INVOLVES_CYPHER = `
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.event
MATCH (x) WHERE elementId(x) = row.actor
MERGE (e)-[i:INVOLVES]->(x)
ON CREATE SET i += row.evidence, i.articleKey = row.articleKey
`;

export const UPSERT_NARRATIVES_CYPHER = `
UNWIND $rows AS row
MERGE (n:Narrative {key: row.key})
ON CREATE SET n.label = row.label, n.kind = row.kind
RETURN collect(row.key) AS keys, collect(elementId(n)) AS ids
`;

/**
 * Relationship types an article edge of CREATE_ARTICLE_EDGES_CYPHER may have: the type is a
 * parameter there, so it is checked here. RELATED_TO is written by its own statement (it merges stubs).
 */
type ArticleEdgeType = Exclude<RelationType, 'RELATED_TO' | 'INVOLVES' | 'PART_OF'>;
const ARTICLE_EDGE_TYPES: ReadonlySet<RelationType> = new Set(
  ARTICLE_RELATION_TYPES.filter((type) => type !== 'RELATED_TO'),
);

/**
 * Every edge from the batch's articles. CREATE, not MERGE: the articles' previous edges were just
 * deleted and the rows are already distinct. Properties a type does not have are null, which CREATE
 * leaves unset; naming them (rather than `SET r += map`) keeps the plan free of an Eager.
 */
export const CREATE_ARTICLE_EDGES_CYPHER = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.article
UNWIND row.edges AS edge
MATCH (x) WHERE elementId(x) = edge.target
CREATE (a)-[:$(edge.type) {
  count: edge.count, firstOffset: edge.firstOffset, key: edge.key, text: edge.text, cue: edge.cue,
  localKey: edge.localKey, dateText: edge.dateText, how: edge.how, stance: edge.stance,
  sentence: edge.sentence, start: edge.start,
  end: edge.end, extractor: edge.extractor, confidence: edge.confidence
}]->(x)
`;

export const UPSERT_RELATED_CYPHER = `
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

interface ActorRow {
  key: string;
  name: string;
  kind: string;
  aliases: string[];
  partOf: string | null;
  partOfName: string | null;
  partOfKind: string | null;
  evidence: ReturnType<typeof evidenceProps>;
}

/**
 * One edge row of CREATE_ARTICLE_EDGES_CYPHER. A property the type does not have is left out (a
 * missing map key reads as null): fewer values for the driver to pack.
 */
interface EdgeRow {
  type: ArticleEdgeType;
  target: string;
  count?: number;
  firstOffset?: number;
  key?: string;
  text?: string;
  cue?: string;
  localKey?: string;
  dateText?: string;
  how?: string;
  stance?: string;
  sentence: string;
  start: number;
  end: number;
  extractor: string;
  confidence: number;
}

type EdgeEvidence = Pick<EdgeRow, 'sentence' | 'start' | 'end' | 'extractor' | 'confidence'>;

function edgeRow(
  type: ArticleEdgeType,
  target: string,
  evidence: EdgeEvidence,
  props: Omit<EdgeRow, 'type' | 'target' | keyof EdgeEvidence> = {},
): EdgeRow {
  if (!ARTICLE_EDGE_TYPES.has(type)) throw new Error(`not an article edge type: ${String(type)}`);
  return { type, target, ...props, ...evidence };
}

function titleCaseFromKey(key: string): string {
  const slug = key.slice(key.indexOf(':') + 1);
  return slug
    .split('-')
    .map((word) =>
      word.length <= 3 && word === word.toLowerCase() && ['of', 'the', 'and', 'for'].includes(word)
        ? word
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

type Ids = Map<string, string>;

/**
 * Element ids by key from a statement's single `keys, ids` row. One row, not one per node: a
 * result nobody reads yet stays small while later statements of the transaction run.
 */
async function idsOf(result: Result): Promise<Ids> {
  const record = (await result).records[0];
  const keys = (record?.get('keys') as unknown[] | undefined) ?? [];
  const ids = (record?.get('ids') as unknown[] | undefined) ?? [];
  return new Map(keys.map((key, i) => [toStringValue(key), toStringValue(ids[i])]));
}

/**
 * Sends a statement without waiting for it: the driver queues it on the transaction's connection,
 * so Neo4j executes it while Node prepares the next one. A failure still surfaces where the result
 * is awaited (every result is awaited before writeArticles returns).
 */
function send<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return work;
}

function requireId(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`${what} ${key} was not written`);
  return id;
}

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/**
 * The candidates of a batch, bucketed by precision and day. `findMatchingEvent` scores a candidate
 * of another precision, or further away than the tolerance, as 0, so it only needs to see the
 * buckets around the event's own day: the same answer without scoring the whole pool every time.
 */
class CandidatePool {
  private readonly byDay = new Map<string, Map<number, EventCandidate[]>>();
  /** Candidates whose date does not parse: their day distance is NaN, which never rules them out. */
  private readonly undated = new Map<string, EventCandidate[]>();

  add(candidate: EventCandidate): void {
    const day = dayNumber(candidate.date);
    if (Number.isNaN(day)) {
      this.listOf(this.undated, candidate.precision).push(candidate);
      return;
    }
    let days = this.byDay.get(candidate.precision);
    if (!days) this.byDay.set(candidate.precision, (days = new Map<number, EventCandidate[]>()));
    this.listOf(days, day).push(candidate);
  }

  /** The candidates within the event's own candidate date range (`candidateDateRange`). */
  near(event: Pick<ExtractedEvent, 'date' | 'precision'>): EventCandidate[] {
    const near = [...(this.undated.get(event.precision) ?? [])];
    const days = this.byDay.get(event.precision);
    if (!days) return near;
    const { from, to } = candidateDateRange(event);
    for (let day = dayNumber(from); day <= dayNumber(to); day += 1)
      near.push(...(days.get(day) ?? []));
    return near;
  }

  private listOf<K>(map: Map<K, EventCandidate[]>, key: K): EventCandidate[] {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  }
}

/** The distinct candidate ranges of a batch's events, for EVENT_CANDIDATES_CYPHER. */
function candidateRanges(
  articles: readonly ExtractedArticle[],
): { from: string; to: string; precision: string }[] {
  const ranges = new Map<string, { from: string; to: string; precision: string }>();
  for (const article of articles) {
    for (const event of article.events) {
      const range = candidateDateRange(event);
      ranges.set(`${range.from}|${range.to}|${event.precision}`, {
        ...range,
        precision: event.precision,
      });
    }
  }
  return [...ranges.values()];
}

/**
 * Resolves each extracted event to the key of an existing or new global Event, given the
 * EVENT_CANDIDATES_CYPHER result for the batch (read before any Event of the batch is written).
 */
async function resolveEventKeys(
  candidates: Result,
  articles: readonly ExtractedArticle[],
): Promise<Map<ExtractedEvent, string>> {
  const events = articles.flatMap((article) => article.events.map((event) => ({ article, event })));
  const resolved = new Map<ExtractedEvent, string>();
  const result = await candidates;
  const pool = new CandidatePool();
  for (const record of result.records) {
    pool.add({
      key: toStringValue(record.get('key')),
      date: toStringValue(record.get('date')),
      precision: toStringValue(record.get('precision')),
      actorKeys: (record.get('actorKeys') as unknown[]).map(toStringValue),
      description: toStringValue(record.get('description')),
    });
  }
  for (const { article, event } of events) {
    const match = findMatchingEvent(event, pool.near(event));
    if (match) {
      resolved.set(event, match.key);
      continue;
    }
    // Keyed by the first citing article so re-ingesting it finds the same node.
    const key = `${event.date}:${event.precision}:${shortHash(article.key, event.localKey)}`;
    resolved.set(event, key);
    pool.add({
      key,
      date: event.date,
      precision: event.precision,
      actorKeys: event.actorKeys,
      description: event.description,
    });
  }
  return resolved;
}

/** What the batch's events become: one row per distinct Event, and their INVOLVES edges. */
function eventWrites(
  articles: readonly ExtractedArticle[],
  eventKeys: ReadonlyMap<ExtractedEvent, string>,
) {
  const events = new Map<
    string,
    {
      key: string;
      date: string;
      dateEnd: string | null;
      precision: string;
      description: string;
      actorKeys: string[];
    }
  >();
  // The first citation that involves an actor keeps its evidence, as MERGE ... ON CREATE would.
  const involves = new Map<
    string,
    {
      eventKey: string;
      actorKey: string;
      articleKey: string;
      evidence: ReturnType<typeof evidenceProps>;
    }
  >();
  for (const article of articles) {
    for (const event of article.events) {
      const key = eventKeys.get(event) ?? '';
      const row = events.get(key);
      if (row) {
        for (const actorKey of event.actorKeys)
          if (!row.actorKeys.includes(actorKey)) row.actorKeys.push(actorKey);
      } else {
        events.set(key, {
          key,
          date: event.date,
          dateEnd: event.dateEnd ?? null,
          precision: event.precision,
          description: event.description,
          actorKeys: [...new Set(event.actorKeys)],
        });
      }
      for (const actorKey of event.actorKeys) {
        const pair = `${key}\u0000${actorKey}`;
        if (!involves.has(pair))
          involves.set(pair, {
            eventKey: key,
            actorKey,
            articleKey: article.key,
            evidence: evidenceProps(event.evidence),
          });
      }
    }
  }
  return { events: [...events.values()], involves: [...involves.values()] };
}

/** The batch's distinct actors: the first mention names the node, aliases are merged. */
function actorRowsOf(articles: readonly ExtractedArticle[]): ActorRow[] {
  const actorsByKey = new Map<string, ActorRow>();
  for (const article of articles) {
    for (const actor of article.actors) {
      const row = actorsByKey.get(actor.key);
      if (row) {
        for (const alias of actor.aliases)
          if (!row.aliases.includes(alias)) row.aliases.push(alias);
      } else {
        actorsByKey.set(actor.key, {
          key: actor.key,
          name: actor.name,
          kind: actor.kind,
          aliases: [...new Set([actor.name, ...actor.aliases])],
          partOf: actor.partOf ?? null,
          partOfName: actor.partOf ? titleCaseFromKey(actor.partOf) : null,
          partOfKind: actor.partOf ? actor.partOf.slice(0, actor.partOf.indexOf(':')) : null,
          evidence: evidenceProps(actor.evidence),
        });
      }
    }
  }
  return [...actorsByKey.values()];
}

/** Every edge from one article, to nodes whose element ids the batch's statements returned. */
function articleEdges(
  article: ExtractedArticle,
  ids: {
    readonly sources: Ids;
    readonly actors: Ids;
    readonly events: Ids;
    readonly narratives: Ids;
  },
  eventKeys: ReadonlyMap<ExtractedEvent, string>,
): EdgeRow[] {
  const edges: EdgeRow[] = [];
  if (article.source) {
    edges.push(
      edgeRow(
        'PUBLISHED_BY',
        requireId(ids.sources, article.source.key, 'source'),
        evidenceProps(article.source.evidence),
      ),
    );
  }
  for (const actor of article.actors) {
    edges.push(
      edgeRow(
        'MENTIONS',
        requireId(ids.actors, actor.key, 'actor'),
        evidenceProps(actor.evidence),
        {
          count: actor.mentionCount,
          firstOffset: actor.firstOffset,
        },
      ),
    );
  }
  // The same quote twice is one edge carrying the last version, as MERGE + SET would leave it.
  const quotes = distinctByKey(
    article.quotes.map((quote) => ({
      quote,
      key: shortHash(quote.text, String(quote.evidence.start)),
    })),
    ({ quote, key }) => `${quote.kind}\u0000${quote.actorKey}\u0000${key}`,
  );
  for (const { quote, key } of quotes) {
    edges.push(
      edgeRow(
        quote.kind,
        requireId(ids.actors, quote.actorKey, 'actor'),
        evidenceProps(quote.evidence),
        { key, text: quote.text, cue: quote.cue },
      ),
    );
  }
  for (const event of article.events) {
    edges.push(
      edgeRow(
        'CITES',
        requireId(ids.events, eventKeys.get(event) ?? '', 'event'),
        evidenceProps(event.evidence),
        { localKey: event.localKey, dateText: event.dateText },
      ),
    );
  }
  // One edge per outlet and sentence (the extractor's contract); a repeat keeps the last.
  const citations = distinctByKey(
    article.citations,
    (citation) => `${citation.outletKey}\u0000${citation.evidence.start}`,
  );
  for (const citation of citations) {
    edges.push(
      edgeRow(
        'CITES_SOURCE',
        requireId(ids.actors, citation.outletKey, 'outlet'),
        evidenceProps(citation.evidence),
        { how: citation.how, stance: citation.stance },
      ),
    );
  }
  for (const narrative of distinctByKey(article.narratives, (narrative) => narrative.key)) {
    edges.push(
      edgeRow(
        'ADVANCES',
        requireId(ids.narratives, narrative.key, 'narrative'),
        evidenceProps(narrative.evidence),
      ),
    );
  }
  return edges;
}

function relatedRowsOf(articles: readonly ExtractedArticle[]) {
  return articles.flatMap((article) =>
    article.related
      .filter((ref) => ref.key !== article.key)
      .map((ref) => {
        const sourceName = ref.sourceName ?? article.source?.name;
        return {
          articleKey: article.key,
          key: ref.key,
          title: ref.title,
          date: ref.date ?? null,
          url: ref.url ?? null,
          teaser: ref.teaser ?? null,
          sourceName: sourceName ?? null,
          sourceKey: sourceName ? sourceKey(sourceName) : null,
          sentence: sourceName ? `More From ${sourceName}: ${ref.title}` : ref.title,
        };
      }),
  );
}

const noIds = (): Promise<Ids> => Promise.resolve(new Map<string, string>());

/**
 * Writes the given articles (all new or changed) with everything extracted from them.
 * The caller's transaction makes the batch all-or-nothing.
 */
export async function writeArticles(
  tx: ManagedTransaction,
  batch: readonly ExtractedArticle[],
): Promise<void> {
  if (batch.length === 0) return;
  const articles = distinctByKey(batch, (article) => article.key);
  const sent: Promise<unknown>[] = [];
  const run = (cypher: string, params: Record<string, unknown>): Result => {
    const result = tx.run(cypher, params);
    sent.push(send(Promise.resolve(result)));
    return result;
  };

  // First, so the candidates are back while Neo4j writes the rest; it reads Events only, and no
  // Event of this batch is written before it.
  const ranges = candidateRanges(articles);
  const candidates = ranges.length > 0 ? run(EVENT_CANDIDATES_CYPHER, { ranges }) : undefined;

  const articleIds = send(
    idsOf(
      run(UPSERT_ARTICLES_CYPHER, {
        rows: articles.map((article) => ({
          key: article.key,
          title: article.title,
          date: article.date ?? null,
          url: article.url ?? null,
          language: article.language,
          text: article.text,
          contentHash: article.contentHash,
          sections: article.sections ?? [],
        })),
      }),
    ),
  );

  // The first article naming a source names the node, as MERGE ... ON CREATE would per article.
  const sources = new Map<string, { key: string; name: string }>();
  for (const { source } of articles) {
    if (source && !sources.has(source.key))
      sources.set(source.key, { key: source.key, name: source.name });
  }
  const sourceIds =
    sources.size > 0
      ? send(idsOf(run(UPSERT_SOURCES_CYPHER, { rows: [...sources.values()] })))
      : noIds();

  const actorRows = actorRowsOf(articles);
  const batchActorIds =
    actorRows.length > 0 ? send(idsOf(run(UPSERT_ACTORS_CYPHER, { rows: actorRows }))) : noIds();
  const partOfRows = actorRows.filter((row) => row.partOf !== null);
  if (partOfRows.length > 0) run(UPSERT_PART_OF_CYPHER, { rows: partOfRows });

  const batchActorKeys = new Set(actorRows.map((row) => row.key));
  // A cited outlet is normally among the article's actors too; one that is not still needs a node.
  const speakers = [
    ...new Set(
      articles.flatMap((article) => [
        ...article.quotes.map((quote) => quote.actorKey),
        ...article.citations.map((citation) => citation.outletKey),
      ]),
    ),
  ].filter((key) => !batchActorKeys.has(key));
  const speakerIds =
    speakers.length > 0
      ? send(
          idsOf(
            run(UPSERT_SPEAKERS_CYPHER, {
              rows: speakers.map((key) => ({
                key,
                name: titleCaseFromKey(key),
                kind: key.slice(0, key.indexOf(':')),
              })),
            }),
          ),
        )
      : noIds();

  const narratives = new Map<string, { key: string; label: string; kind: string }>();
  for (const article of articles) {
    for (const { key, label, kind } of article.narratives)
      if (!narratives.has(key)) narratives.set(key, { key, label, kind });
  }
  const narrativeIds =
    narratives.size > 0
      ? send(idsOf(run(UPSERT_NARRATIVES_CYPHER, { rows: [...narratives.values()] })))
      : noIds();

  const eventKeys = candidates
    ? await resolveEventKeys(candidates, articles)
    : new Map<ExtractedEvent, string>();
  const { events, involves } = eventWrites(articles, eventKeys);
  const eventIds =
    events.length > 0 ? send(idsOf(run(UPSERT_EVENTS_CYPHER, { rows: events }))) : noIds();

  const actorIds = new Map([...(await batchActorIds), ...(await speakerIds)]);
  if (involves.length > 0) {
    // An event's actors are normally the batch's actors; any other is looked up, and skipped if absent.
    const unknown = [...new Set(involves.map((row) => row.actorKey))].filter(
      (key) => !actorIds.has(key),
    );
    if (unknown.length > 0) {
      for (const [key, id] of await idsOf(run(ACTOR_IDS_CYPHER, { keys: unknown })))
        actorIds.set(key, id);
    }
    const resolvedEventIds = await eventIds;
    const rows = involves
      .filter((row) => actorIds.has(row.actorKey))
      .map((row) => ({
        event: requireId(resolvedEventIds, row.eventKey, 'event'),
        actor: requireId(actorIds, row.actorKey, 'actor'),
        articleKey: row.articleKey,
        evidence: row.evidence,
      }));
    if (rows.length > 0) run(MERGE_INVOLVES_CYPHER, { rows });
  }

  const ids = {
    sources: await sourceIds,
    actors: actorIds,
    events: await eventIds,
    narratives: await narrativeIds,
  };
  const resolvedArticleIds = await articleIds;
  run(CREATE_ARTICLE_EDGES_CYPHER, {
    rows: articles.map((article) => ({
      article: requireId(resolvedArticleIds, article.key, 'article'),
      edges: articleEdges(article, ids, eventKeys),
    })),
  });

  const relatedRows = relatedRowsOf(articles);
  if (relatedRows.length > 0) run(UPSERT_RELATED_CYPHER, { rows: relatedRows });
  // Last: every source of the batch (a related list's too) exists, and so do its cited actors.
  const outletRows = sourceOutletRows([
    ...[...sources.values()].map((source) => source.name),
    ...relatedRows.flatMap((row) => (row.sourceName === null ? [] : [row.sourceName])),
  ]);
  if (outletRows.length > 0) run(LINK_SOURCE_OUTLETS_CYPHER, { rows: outletRows });
  await Promise.all(sent);
}

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

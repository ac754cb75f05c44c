import { createHash } from 'node:crypto';
import type { ManagedTransaction, Result } from 'neo4j-driver';
import { sourceKey } from '@/ingest/keys';
import type { Evidence, ExtractedArticle, ExtractedEvent } from '@/ingest/types';
import {
  candidateDateRange,
  findMatchingEvent,
  type EventCandidate,
} from '../repositories/event-matching';
import { distinctByKey } from '../../model/distinct-by-key';
import { offsetsReadAsWritten, sentenceToStore } from '../../model/evidence-sentence';
import { toStringValue } from '../neo4j-values';
import { LINK_SOURCE_OUTLETS_CYPHER, sourceOutletRows } from './citations.cypher';
import {
  ACTOR_IDS_CYPHER,
  ARTICLE_EDGE_TYPES,
  CREATE_ARTICLE_EDGES_CYPHER,
  EVENT_CANDIDATES_CYPHER,
  MERGE_INVOLVES_CYPHER,
  UPSERT_ACTORS_CYPHER,
  UPSERT_ARTICLES_CYPHER,
  UPSERT_EVENTS_CYPHER,
  UPSERT_NARRATIVES_CYPHER,
  UPSERT_PART_OF_CYPHER,
  UPSERT_RELATED_CYPHER,
  UPSERT_SOURCES_CYPHER,
  UPSERT_SPEAKERS_CYPHER,
  type ArticleEdgeType,
} from './ingest.cypher';

/**
 * The writer of extracted articles: turns a batch into the parameter rows of ingest.cypher.ts's
 * statements and pipelines them on the caller's transaction, which makes the batch all-or-nothing.
 */

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

/**
 * Distinct strings a statement's rows refer to by position, sent once as `$strings`: an evidence
 * sentence is shared by the edges to every actor, event and outlet it names, and a handful of
 * extractor names by all of them, so sending each once halves what the driver packs and Neo4j
 * decodes for the edges (docs/ingest.md).
 */
class StringTable {
  readonly strings: string[] = [];
  private readonly positions = new Map<string, number>();

  at(value: string): number {
    let position = this.positions.get(value);
    if (position === undefined) {
      position = this.strings.length;
      this.strings.push(value);
      this.positions.set(value, position);
    }
    return position;
  }
}

/** Evidence as positions of its strings in `table`, for the statements that read `$strings`. */
function evidenceRefs(evidence: Evidence, table: StringTable) {
  return {
    sentence: table.at(evidence.sentence),
    start: evidence.start,
    end: evidence.end,
    extractor: table.at(evidence.extractor),
    confidence: evidence.confidence,
  };
}

/**
 * The strings of an article's edges: an evidence sentence its stored text gives back from the
 * offsets is left out (model/evidence-sentence.ts), so the edge carries offsets only.
 */
class ArticleStrings {
  private readonly sameUnits: boolean;

  constructor(
    private readonly table: StringTable,
    private readonly text: string,
  ) {
    this.sameUnits = offsetsReadAsWritten(text);
  }

  refs(evidence: Evidence): EdgeEvidence {
    const sentence = sentenceToStore(evidence, this.text, this.sameUnits);
    return {
      ...(sentence === undefined ? {} : { sentence: this.table.at(sentence) }),
      start: evidence.start,
      end: evidence.end,
      extractor: this.table.at(evidence.extractor),
      confidence: evidence.confidence,
    };
  }
}

function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

interface ActorRow {
  key: string;
  name: string;
  kind: string;
  aliases: string[];
}

/** A PART_OF edge from an actor of the batch to its parent, with the first mention's evidence. */
interface PartOfRow {
  key: string;
  partOf: string;
  partOfName: string;
  partOfKind: string;
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
  /**
   * Position of the evidence sentence in the statement's `$strings`; absent when the article's
   * text gives it back from `start` and `end`.
   */
  sentence?: number;
  start: number;
  end: number;
  /** Position of the extractor's name in `$strings`. */
  extractor: number;
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
      evidence: Evidence;
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
            evidence: event.evidence,
          });
      }
    }
  }
  return { events: [...events.values()], involves: [...involves.values()] };
}

/**
 * The batch's distinct actors (the first mention names the node, aliases are merged) and the
 * PART_OF edges of those that have a parent (the first mention's evidence).
 */
function actorRowsOf(articles: readonly ExtractedArticle[]): {
  actors: ActorRow[];
  partOf: PartOfRow[];
} {
  const actorsByKey = new Map<string, ActorRow>();
  const partOf: PartOfRow[] = [];
  for (const article of articles) {
    for (const actor of article.actors) {
      const row = actorsByKey.get(actor.key);
      if (row) {
        for (const alias of actor.aliases)
          if (!row.aliases.includes(alias)) row.aliases.push(alias);
        continue;
      }
      actorsByKey.set(actor.key, {
        key: actor.key,
        name: actor.name,
        kind: actor.kind,
        aliases: [...new Set([actor.name, ...actor.aliases])],
      });
      if (actor.partOf)
        partOf.push({
          key: actor.key,
          partOf: actor.partOf,
          partOfName: titleCaseFromKey(actor.partOf),
          partOfKind: actor.partOf.slice(0, actor.partOf.indexOf(':')),
          evidence: evidenceProps(actor.evidence),
        });
    }
  }
  return { actors: [...actorsByKey.values()], partOf };
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
  table: StringTable,
): EdgeRow[] {
  const strings = new ArticleStrings(table, article.text);
  const edges: EdgeRow[] = [];
  if (article.source) {
    edges.push(
      edgeRow(
        'PUBLISHED_BY',
        requireId(ids.sources, article.source.key, 'source'),
        strings.refs(article.source.evidence),
      ),
    );
  }
  for (const actor of article.actors) {
    edges.push(
      edgeRow('MENTIONS', requireId(ids.actors, actor.key, 'actor'), strings.refs(actor.evidence), {
        count: actor.mentionCount,
        firstOffset: actor.firstOffset,
      }),
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
        strings.refs(quote.evidence),
        { key, text: quote.text, cue: quote.cue },
      ),
    );
  }
  for (const event of article.events) {
    edges.push(
      edgeRow(
        'CITES',
        requireId(ids.events, eventKeys.get(event) ?? '', 'event'),
        strings.refs(event.evidence),
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
        strings.refs(citation.evidence),
        { how: citation.how, stance: citation.stance },
      ),
    );
  }
  for (const narrative of distinctByKey(article.narratives, (narrative) => narrative.key)) {
    edges.push(
      edgeRow(
        'ADVANCES',
        requireId(ids.narratives, narrative.key, 'narrative'),
        strings.refs(narrative.evidence),
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

  const { actors: actorRows, partOf: partOfRows } = actorRowsOf(articles);
  const batchActorIds =
    actorRows.length > 0 ? send(idsOf(run(UPSERT_ACTORS_CYPHER, { rows: actorRows }))) : noIds();
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
    const strings = new StringTable();
    const rows = involves
      .filter((row) => actorIds.has(row.actorKey))
      .map((row) => ({
        event: requireId(resolvedEventIds, row.eventKey, 'event'),
        actor: requireId(actorIds, row.actorKey, 'actor'),
        articleKey: row.articleKey,
        ...evidenceRefs(row.evidence, strings),
      }));
    if (rows.length > 0) run(MERGE_INVOLVES_CYPHER, { rows, strings: strings.strings });
  }

  const ids = {
    sources: await sourceIds,
    actors: actorIds,
    events: await eventIds,
    narratives: await narrativeIds,
  };
  const resolvedArticleIds = await articleIds;
  const strings = new StringTable();
  const edgeRows = articles.map((article) => ({
    article: requireId(resolvedArticleIds, article.key, 'article'),
    edges: articleEdges(article, ids, eventKeys, strings),
  }));
  run(CREATE_ARTICLE_EDGES_CYPHER, { rows: edgeRows, strings: strings.strings });

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

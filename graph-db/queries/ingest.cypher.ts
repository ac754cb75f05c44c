import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { sourceKey } from '@/ingest/keys';
import type { Evidence, ExtractedArticle, ExtractedEvent } from '@/ingest/types';
import {
  candidateDateRange,
  findMatchingEvent,
  type EventCandidate,
} from '../repositories/event-matching';
import { toNumber, toStringValue } from '../neo4j-values';

/**
 * Writes of extracted articles. Every statement UNWINDs a batch and MERGEs on stable keys, so
 * running the same batch twice changes nothing. All run inside one caller-owned transaction.
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

export const UPSERT_ARTICLES_CYPHER = `
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a.title = row.title, a.date = row.date, a.url = row.url, a.language = row.language,
    a.text = row.text, a.contentHash = row.contentHash, a.stub = false, a.teaser = null,
    a.ingestedAt = datetime()
WITH a, row
// A changed article is rewritten from scratch: drop what its previous version asserted.
OPTIONAL MATCH (a)-[old:PUBLISHED_BY|MENTIONS|QUOTES|ATTRIBUTES|CITES|ADVANCES|RELATED_TO]->()
DELETE old
WITH DISTINCT a, row
WHERE row.source IS NOT NULL
MERGE (s:Source {key: row.source.key})
ON CREATE SET s.name = row.source.name
// CREATE, not MERGE: the article's outgoing relationships were just deleted, and MERGE would scan
// the source's (very dense) incoming side.
CREATE (a)-[:PUBLISHED_BY {sentence: row.source.sentence, start: 0, end: 0, extractor: 'source/header', confidence: 1.0}]->(s)
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
WITH x, row
WHERE row.partOf IS NOT NULL
MERGE (parent:Actor {key: row.partOf})
ON CREATE SET parent.name = row.partOfName, parent.kind = row.partOfKind, parent.aliases = [row.partOfName],
              parent.aliasText = row.partOfName, parent.placeholder = true
MERGE (x)-[po:PART_OF]->(parent)
ON CREATE SET po += row.evidence
`;

export const CREATE_MENTIONS_CYPHER = `
UNWIND $rows AS row
MATCH (a:Article {key: row.articleKey})
MATCH (x:Actor {key: row.actorKey})
CREATE (a)-[m:MENTIONS {count: row.mentionCount, firstOffset: row.firstOffset}]->(x)
SET m += row.evidence
`;

export const UPSERT_QUOTES_CYPHER = `
UNWIND $rows AS row
MATCH (a:Article {key: row.articleKey})
MATCH (x:Actor {key: row.actorKey})
CALL (a, x, row) {
  WITH a, x, row WHERE row.kind = 'QUOTES'
  MERGE (a)-[q:QUOTES {key: row.key}]->(x)
  SET q.text = row.text, q.cue = row.cue, q += row.evidence
  UNION
  WITH a, x, row WHERE row.kind = 'ATTRIBUTES'
  MERGE (a)-[q:ATTRIBUTES {key: row.key}]->(x)
  SET q.text = row.text, q.cue = row.cue, q += row.evidence
}
`;

export const EVENT_CANDIDATES_CYPHER = `
UNWIND $ranges AS range
MATCH (e:Event)
WHERE e.date >= range.from AND e.date <= range.to
RETURN DISTINCT e.key AS key, e.date AS date, e.precision AS precision,
       coalesce(e.actorKeys, []) AS actorKeys, coalesce(e.description, '') AS description
`;

export const UPSERT_EVENTS_CYPHER = `
UNWIND $rows AS row
MERGE (e:Event {key: row.key})
ON CREATE SET e.date = row.date, e.dateEnd = row.dateEnd, e.precision = row.precision,
              e.description = row.description, e.actorKeys = []
SET e.actorKeys = reduce(acc = e.actorKeys, k IN row.actorKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
WITH e, row
MATCH (a:Article {key: row.articleKey})
CREATE (a)-[c:CITES {localKey: row.localKey, dateText: row.dateText}]->(e)
SET c += row.evidence
WITH e, row
UNWIND row.actorKeys AS actorKey
MATCH (x:Actor {key: actorKey})
MERGE (e)-[i:INVOLVES]->(x)
ON CREATE SET i += row.evidence, i.articleKey = row.articleKey
`;

export const UPSERT_NARRATIVES_CYPHER = `
UNWIND $rows AS row
MERGE (n:Narrative {key: row.key})
ON CREATE SET n.label = row.label, n.kind = row.kind
WITH n, row
MATCH (a:Article {key: row.articleKey})
MERGE (a)-[r:ADVANCES]->(n)
SET r += row.evidence
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

/** Resolves each extracted event to the key of an existing or new global Event. */
async function resolveEventKeys(
  tx: ManagedTransaction,
  articles: readonly ExtractedArticle[],
): Promise<Map<ExtractedEvent, string>> {
  const events = articles.flatMap((article) => article.events.map((event) => ({ article, event })));
  const resolved = new Map<ExtractedEvent, string>();
  if (events.length === 0) return resolved;
  const result = await tx.run(EVENT_CANDIDATES_CYPHER, {
    ranges: events.map(({ event }) => candidateDateRange(event)),
  });
  const pool: EventCandidate[] = result.records.map((record) => ({
    key: toStringValue(record.get('key')),
    date: toStringValue(record.get('date')),
    precision: toStringValue(record.get('precision')),
    actorKeys: (record.get('actorKeys') as unknown[]).map(toStringValue),
    description: toStringValue(record.get('description')),
  }));
  for (const { article, event } of events) {
    const match = findMatchingEvent(event, pool);
    if (match) {
      resolved.set(event, match.key);
      continue;
    }
    // Keyed by the first citing article so re-ingesting it finds the same node.
    const key = `${event.date}:${event.precision}:${shortHash(article.key, event.localKey)}`;
    resolved.set(event, key);
    pool.push({
      key,
      date: event.date,
      precision: event.precision,
      actorKeys: event.actorKeys,
      description: event.description,
    });
  }
  return resolved;
}

/**
 * Writes the given articles (all new or changed) with everything extracted from them.
 * The caller's transaction makes the batch all-or-nothing.
 */
export async function writeArticles(
  tx: ManagedTransaction,
  articles: readonly ExtractedArticle[],
): Promise<void> {
  if (articles.length === 0) return;
  await tx.run(UPSERT_ARTICLES_CYPHER, {
    rows: articles.map((article) => ({
      key: article.key,
      title: article.title,
      date: article.date ?? null,
      url: article.url ?? null,
      language: article.language,
      text: article.text,
      contentHash: article.contentHash,
      source: article.source
        ? {
            key: article.source.key,
            name: article.source.name,
            sentence: `Source: ${article.source.name}`,
          }
        : null,
    })),
  });

  const actorsByKey = new Map<string, ActorRow>();
  const mentionRows = [];
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
      mentionRows.push({
        articleKey: article.key,
        actorKey: actor.key,
        mentionCount: actor.mentionCount,
        firstOffset: actor.firstOffset,
        evidence: evidenceProps(actor.evidence),
      });
    }
  }
  const actorRows = [...actorsByKey.values()];
  if (actorRows.length > 0) {
    await tx.run(UPSERT_ACTORS_CYPHER, { rows: actorRows });
    await tx.run(CREATE_MENTIONS_CYPHER, { rows: mentionRows });
  }

  const quoteRows = articles.flatMap((article) =>
    article.quotes.map((quote) => ({
      articleKey: article.key,
      actorKey: quote.actorKey,
      kind: quote.kind,
      key: shortHash(quote.text, String(quote.evidence.start)),
      text: quote.text,
      cue: quote.cue,
      evidence: evidenceProps(quote.evidence),
    })),
  );
  if (quoteRows.length > 0) {
    // A speaker the actor extractor did not list (rare) still needs a node to hang the quote on.
    const known = new Set(actorRows.map((row) => row.key));
    const missing = [
      ...new Set(quoteRows.map((row) => row.actorKey).filter((key) => !known.has(key))),
    ];
    if (missing.length > 0) {
      await tx.run(
        `UNWIND $rows AS row MERGE (x:Actor {key: row.key})
         ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = [row.name], x.aliasText = row.name, x.placeholder = true`,
        {
          rows: missing.map((key) => ({
            key,
            name: titleCaseFromKey(key),
            kind: key.slice(0, key.indexOf(':')),
          })),
        },
      );
    }
    await tx.run(UPSERT_QUOTES_CYPHER, { rows: quoteRows });
  }

  const eventKeys = await resolveEventKeys(tx, articles);
  const eventRows = articles.flatMap((article) =>
    article.events.map((event) => ({
      articleKey: article.key,
      key: eventKeys.get(event) ?? '',
      localKey: event.localKey,
      date: event.date,
      dateEnd: event.dateEnd ?? null,
      precision: event.precision,
      description: event.description,
      actorKeys: [...event.actorKeys],
      dateText: event.dateText,
      evidence: evidenceProps(event.evidence),
    })),
  );
  if (eventRows.length > 0) await tx.run(UPSERT_EVENTS_CYPHER, { rows: eventRows });

  const narrativeRows = articles.flatMap((article) =>
    article.narratives.map((narrative) => ({
      articleKey: article.key,
      key: narrative.key,
      label: narrative.label,
      kind: narrative.kind,
      evidence: evidenceProps(narrative.evidence),
    })),
  );
  if (narrativeRows.length > 0) await tx.run(UPSERT_NARRATIVES_CYPHER, { rows: narrativeRows });

  const relatedRows = articles.flatMap((article) =>
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
  if (relatedRows.length > 0) await tx.run(UPSERT_RELATED_CYPHER, { rows: relatedRows });
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

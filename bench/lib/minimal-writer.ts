/**
 * bench:ingest's baseline: an independent minimal writer, what a competent Neo4j user would write
 * for the same already-extracted rows without the project's writer. One transaction per batch,
 * plain `UNWIND … MERGE` on the same uniqueness-constrained keys, nodes first, then each edge
 * type by key lookups, every edge with its evidence as the project stores it (offsets, and the
 * sentence only when the article's text cannot give it back: model/evidence-sentence.ts). No
 * content-hash check, no cross-article event matching (each cited event is its own node, keyed by
 * article and local key), no pipelining.
 * Its Cypher lives here on purpose: it must not share a line with graph-db's writer.
 */
import { writeTransaction } from '../../graph-db/driver';
import type { Evidence, ExtractedArticle } from '../../ingest/types';
import { offsetsReadAsWritten, sentenceToStore } from '../../model/evidence-sentence';

/** The driver's transaction, as graph-db hands it out (only graph-db imports the driver). */
type Transaction = Parameters<Parameters<typeof writeTransaction>[0]>[0];

const NODES = [
  `UNWIND $articles AS row
   MERGE (a:Article {key: row.key})
   SET a.title = row.title, a.date = row.date, a.url = row.url, a.language = row.language,
       a.text = row.text, a.contentHash = row.contentHash, a.stub = row.stub`,
  `UNWIND $sources AS row MERGE (s:Source {key: row.key}) SET s.name = row.name`,
  `UNWIND $actors AS row
   MERGE (x:Actor {key: row.key}) SET x.name = row.name, x.kind = row.kind, x.aliases = row.aliases`,
  `UNWIND $events AS row
   MERGE (e:Event {key: row.key})
   SET e.date = row.date, e.dateEnd = row.dateEnd, e.precision = row.precision,
       e.description = row.description, e.actorKeys = row.actorKeys`,
  `UNWIND $narratives AS row MERGE (n:Narrative {key: row.key}) SET n.label = row.label, n.kind = row.kind`,
] as const;

/** The label at the far end of each relationship type (every one starts at an Article). */
export const EDGES = {
  PUBLISHED_BY: 'Source',
  MENTIONS: 'Actor',
  QUOTES: 'Actor',
  ATTRIBUTES: 'Actor',
  CITES_SOURCE: 'Actor',
  CITES: 'Event',
  ADVANCES: 'Narrative',
} as const;
export type EdgeType = keyof typeof EDGES;

const edgeStatement = (type: EdgeType): string => `
  UNWIND $rows AS row
  MATCH (a:Article {key: row.from})
  MATCH (x:${EDGES[type]} {key: row.to})
  MERGE (a)-[r:${type} {key: row.edgeKey}]->(x)
  SET r += row.props`;

export interface EdgeRow {
  readonly from: string;
  readonly to: string;
  readonly edgeKey: string;
  readonly props: Record<string, unknown>;
}

/** Evidence as the project stores it: the sentence only when the text cannot give it back. */
const evidenceProps = (e: Evidence, text: string, sameUnits: boolean): Record<string, unknown> => {
  const sentence = sentenceToStore(e, text, sameUnits);
  return {
    ...(sentence === undefined ? {} : { sentence }),
    start: e.start,
    end: e.end,
    extractor: e.extractor,
    confidence: e.confidence,
  };
};

/** Writes the articles in batches of `batchSize`, one transaction each. */
export async function writeMinimal(
  articles: readonly ExtractedArticle[],
  batchSize: number,
): Promise<void> {
  for (let i = 0; i < articles.length; i += batchSize) {
    const batch = articles.slice(i, i + batchSize);
    await writeTransaction((tx) => writeBatch(tx, batch));
  }
}

/** Node rows by kind, as the statements' parameters, and edge rows by relationship type. */
export interface MinimalRows {
  readonly nodes: {
    readonly articles: Record<string, unknown>[];
    readonly sources: Record<string, unknown>[];
    readonly actors: Record<string, unknown>[];
    readonly events: Record<string, unknown>[];
    readonly narratives: Record<string, unknown>[];
  };
  readonly edges: Record<EdgeType, EdgeRow[]>;
}

/** What the writer writes for `batch` (also the rows of bench:ingest's import files). */
export function minimalRows(batch: readonly ExtractedArticle[]): MinimalRows {
  const edges: Record<EdgeType, EdgeRow[]> = {
    PUBLISHED_BY: [],
    MENTIONS: [],
    QUOTES: [],
    ATTRIBUTES: [],
    CITES_SOURCE: [],
    CITES: [],
    ADVANCES: [],
  };
  const sources = new Map<string, { key: string; name: string }>();
  const actors = new Map<string, { key: string; name: string; kind: string; aliases: string[] }>();
  const events: Record<string, unknown>[] = [];
  const narratives = new Map<string, { key: string; label: string; kind: string }>();
  for (const a of batch) {
    const sameUnits = offsetsReadAsWritten(a.text);
    const evidence = (e: Evidence) => evidenceProps(e, a.text, sameUnits);
    if (a.source !== undefined) {
      sources.set(a.source.key, { key: a.source.key, name: a.source.name });
      edges.PUBLISHED_BY.push({
        from: a.key,
        to: a.source.key,
        edgeKey: 'p',
        props: evidence(a.source.evidence),
      });
    }
    for (const x of a.actors) {
      actors.set(x.key, { key: x.key, name: x.name, kind: x.kind, aliases: [...x.aliases] });
      edges.MENTIONS.push({
        from: a.key,
        to: x.key,
        edgeKey: 'm',
        props: { count: x.mentionCount, firstOffset: x.firstOffset, ...evidence(x.evidence) },
      });
    }
    a.quotes.forEach((q, n) =>
      edges[q.kind].push({
        from: a.key,
        to: q.actorKey,
        edgeKey: `q${n}`,
        props: { text: q.text, cue: q.cue, ...evidence(q.evidence) },
      }),
    );
    a.citations.forEach((c, n) =>
      edges.CITES_SOURCE.push({
        from: a.key,
        to: c.outletKey,
        edgeKey: `c${n}`,
        props: { how: c.how, stance: c.stance, ...evidence(c.evidence) },
      }),
    );
    for (const e of a.events) {
      const key = `${a.key}#${e.localKey}`;
      events.push({
        key,
        date: e.date,
        dateEnd: e.dateEnd ?? null,
        precision: e.precision,
        description: e.description,
        actorKeys: [...e.actorKeys],
      });
      edges.CITES.push({
        from: a.key,
        to: key,
        edgeKey: e.localKey,
        props: { dateText: e.dateText, ...evidence(e.evidence) },
      });
    }
    for (const n of a.narratives) {
      narratives.set(n.key, { key: n.key, label: n.label, kind: n.kind });
      edges.ADVANCES.push({
        from: a.key,
        to: n.key,
        edgeKey: 'n',
        props: evidence(n.evidence),
      });
    }
  }
  const nodes = {
    articles: batch.map((a) => ({
      key: a.key,
      title: a.title,
      date: a.date ?? null,
      url: a.url ?? null,
      language: a.language,
      text: a.text,
      contentHash: a.contentHash,
      stub: false,
    })),
    sources: [...sources.values()],
    actors: [...actors.values()],
    events,
    narratives: [...narratives.values()],
  };
  return { nodes, edges };
}

async function writeBatch(tx: Transaction, batch: readonly ExtractedArticle[]): Promise<void> {
  const { nodes, edges } = minimalRows(batch);
  for (const statement of NODES) await tx.run(statement, nodes);
  for (const type of Object.keys(EDGES) as EdgeType[])
    if (edges[type].length > 0) await tx.run(edgeStatement(type), { rows: edges[type] });
}

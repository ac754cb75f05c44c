import type { ManagedTransaction } from 'neo4j-driver';
import type { ReuseArticle, ReuseEdge } from '@/ingest/reuse/detect';
import { int, toNumber, toStringValue } from '../neo4j-values';
import { FIXED_PLAN } from './fixed-plan';
import { nodeProjection, toNodeRowOf } from './node-rows';
import { type ArticleRow } from '../../model/node-rows';
import type { ReuseDirection, TextSpan, ReuseEdgeRow } from '../../model/reuse';

/**
 * Text reuse in the graph: `(:Article)-[:REUSES]->(:Article)` from the later article to the
 * earlier one, and one `(:ReuseSketch {key, terms, textHash, seq})` per article (key: the
 * article's) holding the LSH terms of ingest/reuse/sketch.ts. `seq` numbers the write that stored
 * it, from the counter `(:ReuseSequence {id: 1, epoch, value})`: a writer takes the next number under
 * the counter's lock, so sketches commit in `seq` order and a reader that has seen everything up to
 * n only needs `seq > n` to catch up. `epoch` changes when the database is emptied.
 */

/** Stored articles re-checked per changed article because they were already linked to it. */
export const MAX_LINKED_RECHECKED = 64;

export interface StoredSketch {
  readonly key: string;
  readonly terms: readonly string[];
  readonly textHash: string;
}

export const REUSE_SEQUENCE_CYPHER = `${FIXED_PLAN}
OPTIONAL MATCH (c:ReuseSequence {id: 1})
RETURN c.epoch AS epoch, coalesce(c.value, 0) AS value
`;

export const SKETCHES_SINCE_CYPHER = `
MATCH (s:ReuseSketch) WHERE s.seq > $since AND s.seq <= $until
RETURN s.key AS key, s.terms AS terms, s.textHash AS textHash
`;

/**
 * The sketches written since `since` of the store whose counter has epoch `epoch` (all of them when
 * the epoch differs: the store was emptied or never read), and where the store now stands.
 */
export async function readSketchesSince(
  tx: ManagedTransaction,
  epoch: string | null,
  since: number,
): Promise<{ epoch: string | null; value: number; fresh: boolean; sketches: StoredSketch[] }> {
  const state = (await tx.run(REUSE_SEQUENCE_CYPHER)).records[0];
  const now = state?.get('epoch') === null ? null : toStringValue(state?.get('epoch'));
  const value = toNumber(state?.get('value'));
  const fresh = now !== epoch;
  const from = fresh ? 0 : since;
  if (value <= from) return { epoch: now, value, fresh, sketches: [] };
  const result = await tx.run(SKETCHES_SINCE_CYPHER, { since: int(from), until: int(value) });
  return {
    epoch: now,
    value,
    fresh,
    sketches: result.records.map((r) => ({
      key: toStringValue(r.get('key')),
      // One space-separated string: cheaper to store than a list of short strings.
      terms: toStringValue(r.get('terms'))
        .split(' ')
        .filter((term) => term !== ''),
      textHash: toStringValue(r.get('textHash')),
    })),
  };
}

export const LINKED_ARTICLES_CYPHER = `${FIXED_PLAN}
UNWIND $keys AS key
CALL (key) {
  MATCH (:Article {key: key})-[:REUSES]-(n:Article)
  RETURN n.key AS other LIMIT ${MAX_LINKED_RECHECKED}
}
RETURN key, collect(other) AS others
`;

export const REUSE_TEXTS_CYPHER = `${FIXED_PLAN}
UNWIND $keys AS key
MATCH (a:Article {key: key}) WHERE NOT coalesce(a.stub, false)
RETURN a.key AS key, a.date AS date, a.text AS text
`;

export interface ReuseCandidates {
  /** Stored keys per batch key: the index's candidates plus the articles already linked to it. */
  readonly byKey: Map<string, string[]>;
  readonly articles: Map<string, ReuseArticle>;
}

/**
 * Adds to `candidates` the articles already linked to each of `linked` (their text changed, so
 * the links are checked again), then reads the texts of every candidate, once each.
 */
export async function readReuseCandidates(
  tx: ManagedTransaction,
  candidates: ReadonlyMap<string, readonly string[]>,
  linked: readonly string[],
): Promise<ReuseCandidates> {
  const byKey = new Map([...candidates].map(([key, list]) => [key, [...list]]));
  if (linked.length > 0) {
    for (const record of (await tx.run(LINKED_ARTICLES_CYPHER, { keys: linked })).records) {
      const key = toStringValue(record.get('key'));
      const list = byKey.get(key) ?? [];
      for (const other of record.get('others') as unknown[]) list.push(toStringValue(other));
      byKey.set(key, list);
    }
  }
  const keys = [...new Set([...byKey.values()].flat())];
  const articles = new Map<string, ReuseArticle>();
  if (keys.length > 0) {
    for (const r of (await tx.run(REUSE_TEXTS_CYPHER, { keys })).records) {
      const key = toStringValue(r.get('key'));
      const date = r.get('date') as unknown;
      articles.set(key, {
        key,
        date: date === null ? null : toStringValue(date),
        text: toStringValue(r.get('text')),
      });
    }
  }
  return { byKey, articles };
}

/** Drops every REUSES edge touching the given articles (their text changed). */
export const CLEAR_REUSES_CYPHER = `${FIXED_PLAN}
UNWIND $keys AS key
MATCH (:Article {key: key})-[r:REUSES]-()
DELETE r
`;

/**
 * One edge per pair. `sentence`, `start` and `end` are the longest passage in the later article
 * (the evidence every edge carries), the lists hold every passage on both sides.
 */
export const MERGE_REUSES_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MATCH (a:Article {key: row.later})
MATCH (b:Article {key: row.earlier})
MERGE (a)-[r:REUSES]->(b)
SET r.overlap = row.overlap, r.words = row.words, r.sentence = row.sentence,
    r.start = row.start, r.end = row.end, r.targetStart = row.targetStart, r.targetEnd = row.targetEnd,
    r.starts = row.starts, r.ends = row.ends, r.targetStarts = row.targetStarts,
    r.targetEnds = row.targetEnds, r.extractor = 'reuse/minhash-lsh', r.confidence = 1.0
`;

/**
 * Takes the next sequence number (and the counter's lock until commit) for the batch's sketches,
 * and returns it with the store's epoch.
 */
export const UPSERT_SKETCHES_CYPHER = `${FIXED_PLAN}
MERGE (c:ReuseSequence {id: 1})
ON CREATE SET c.epoch = randomUUID(), c.value = 0
SET c.value = c.value + 1
WITH c.value AS seq, c.epoch AS epoch
UNWIND $rows AS row
MERGE (s:ReuseSketch {key: row.key})
SET s.terms = row.terms, s.textHash = row.textHash, s.seq = seq
RETURN DISTINCT epoch, seq
`;

/** Where a write's sketches stand in the sequence: the store's epoch and their number. */
export interface SketchStamp {
  readonly epoch: string;
  readonly seq: number;
}

/** Characters of a passage kept as the edge's `sentence`; the offsets cover all of it. */
const SENTENCE_CHARS = 300;

function passageText(text: string, start: number, end: number): string {
  const passage = text.slice(start, end);
  if (passage.length <= SENTENCE_CHARS) return passage;
  const cut = passage.lastIndexOf(' ', SENTENCE_CHARS);
  return `${passage.slice(0, cut > 0 ? cut : SENTENCE_CHARS)}…`;
}

/** The edge rows of MERGE_REUSES_CYPHER; `texts` gives each later article's text by key. */
export function reuseRows(edges: readonly ReuseEdge[], texts: ReadonlyMap<string, string>) {
  return edges.map((edge) => {
    const longest = edge.passages.reduce((best, p) => (p.words > best.words ? p : best));
    return {
      later: edge.later,
      earlier: edge.earlier,
      overlap: edge.overlap,
      words: edge.passages.reduce((sum, p) => sum + p.words, 0),
      sentence: passageText(texts.get(edge.later) ?? '', longest.start, longest.end),
      start: longest.start,
      end: longest.end,
      targetStart: longest.targetStart,
      targetEnd: longest.targetEnd,
      starts: edge.passages.map((p) => p.start),
      ends: edge.passages.map((p) => p.end),
      targetStarts: edge.passages.map((p) => p.targetStart),
      targetEnds: edge.passages.map((p) => p.targetEnd),
    };
  });
}

export type ReuseRow = ReturnType<typeof reuseRows>[number];

/**
 * Applies a batch's reuse findings inside the caller's write transaction; `cleared` are the
 * articles whose old REUSES edges go (a changed text that was sketched before). Returns where the
 * sketches stand in the sequence (none written: undefined).
 */
export async function writeReuse(
  tx: ManagedTransaction,
  cleared: readonly string[],
  rows: readonly ReuseRow[],
  sketches: readonly StoredSketch[],
): Promise<SketchStamp | undefined> {
  if (cleared.length > 0) await tx.run(CLEAR_REUSES_CYPHER, { keys: cleared });
  if (rows.length > 0) await tx.run(MERGE_REUSES_CYPHER, { rows });
  if (sketches.length === 0) return undefined;
  const result = await tx.run(UPSERT_SKETCHES_CYPHER, {
    rows: sketches.map((s) => ({ key: s.key, terms: s.terms.join(' '), textHash: s.textHash })),
  });
  const record = result.records[0];
  if (!record) return undefined;
  return { epoch: toStringValue(record.get('epoch')), seq: toNumber(record.get('seq')) };
}

// Reads for the API and the article page.

const REUSE_PATTERN: Readonly<Record<ReuseDirection, string>> = {
  reuses: '(p:Article {key: $key})-[r:REUSES]->(n:Article)',
  reusedBy: '(p:Article {key: $key})<-[r:REUSES]-(n:Article)',
};

/** `reuses`: largest overlap first; `reusedBy`: in order of publication, where the text reappears. */
const REUSE_ORDER: Readonly<Record<ReuseDirection, string>> = {
  reuses: 'r.overlap DESC, n.date DESC, n.key',
  reusedBy: 'n.date, n.key',
};

function reusePageCypher(direction: ReuseDirection): string {
  return `MATCH ${REUSE_PATTERN[direction]}
WITH p, r, n ORDER BY ${REUSE_ORDER[direction]} SKIP $skip LIMIT $limit
RETURN ${nodeProjection('n')} AS node, p.text AS parentText, properties(r) AS props`;
}

const REUSE_COUNT: Readonly<Record<ReuseDirection, string>> = {
  reuses: 'COUNT { (p)-[:REUSES]->(:Article) }',
  reusedBy: 'COUNT { (p)<-[:REUSES]-(:Article) }',
};

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.map(toNumber) : [];
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export async function readReusePage(
  tx: ManagedTransaction,
  direction: ReuseDirection,
  key: string,
  skip: number,
  limit: number,
): Promise<ReuseEdgeRow[]> {
  const result = await tx.run(reusePageCypher(direction), {
    key,
    skip: int(skip),
    limit: int(limit),
  });
  return result.records.map((record) => {
    const node: ArticleRow = toNodeRowOf(record.get('node'), 'Article');
    const parentText = toStringValue(record.get('parentText'));
    const props = (record.get('props') ?? {}) as Record<string, unknown>;
    const [laterText, earlierText] =
      direction === 'reuses' ? [parentText, node.text] : [node.text, parentText];
    const starts = numbers(props.starts);
    const ends = numbers(props.ends);
    const targetStarts = numbers(props.targetStarts);
    const targetEnds = numbers(props.targetEnds);
    return {
      node,
      overlap: toNumber(props.overlap),
      words: toNumber(props.words),
      passages: starts.map((start, i) => ({
        reusing: span(laterText, start, ends[i] ?? start),
        reused: span(earlierText, targetStarts[i] ?? 0, targetEnds[i] ?? 0),
      })),
    };
  });
}

export async function readReuseCount(
  tx: ManagedTransaction,
  direction: ReuseDirection,
  key: string,
): Promise<number> {
  const result = await tx.run(
    `MATCH (p:Article {key: $key}) RETURN ${REUSE_COUNT[direction]} AS total`,
    { key },
  );
  return toNumber(result.records[0]?.get('total'));
}

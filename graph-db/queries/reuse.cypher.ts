import type { ManagedTransaction } from 'neo4j-driver';
import type { ReuseArticle, ReuseEdge } from '@/ingest/reuse/detect';
import { int, toNumber, toStringValue } from '../neo4j-values';
import { nodeProjection, toNodeRowOf, type ArticleRow } from './node-rows';

/**
 * Text reuse in the graph: `(:Article)-[:REUSES]->(:Article)` from the later article to the
 * earlier one, and one `(:ReuseSketch {key, terms, textHash})` per article (key: the article's), whose `terms`
 * (the LSH band keys of ingest/reuse/sketch.ts) sit in the full-text index `reuse_sketch_terms`:
 * looking an article's terms up there finds the stored articles sharing most of them.
 */

export const REUSE_SKETCH_INDEX = 'reuse_sketch_terms';

/** Stored articles re-checked per changed article because they were already linked to it. */
export const MAX_LINKED_RECHECKED = 64;

export const SKETCH_STATE_CYPHER = `
UNWIND $keys AS key
MATCH (s:ReuseSketch {key: key})
RETURN s.key AS key, s.textHash AS textHash
`;

/** Text hash of each article's stored sketch (absent: never sketched). */
export async function readSketchHashes(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const result = await tx.run(SKETCH_STATE_CYPHER, { keys });
  return new Map(
    result.records.map((r) => [toStringValue(r.get('key')), toStringValue(r.get('textHash'))]),
  );
}

/**
 * Per query, the stored articles whose sketches share the most terms with it (the index's own
 * ranking, rarer terms weighing more) and those already linked to it by REUSES (so a changed text
 * re-checks them); then the distinct candidates' texts, once each.
 */
export const REUSE_CANDIDATES_CYPHER = `
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('${REUSE_SKETCH_INDEX}', q.terms, {limit: $limit}) YIELD node
  RETURN node.key AS candidate
  UNION
  MATCH (:Article {key: q.key})-[:REUSES]-(n:Article)
  WITH n LIMIT ${MAX_LINKED_RECHECKED}
  RETURN n.key AS candidate
}
WITH q, candidate WHERE candidate <> q.key
MATCH (c:Article {key: candidate}) WHERE NOT coalesce(c.stub, false)
WITH collect({key: q.key, candidate: candidate}) AS pairs, collect(DISTINCT c) AS found
RETURN pairs, [n IN found | {key: n.key, date: n.date, text: n.text}] AS articles
`;

export interface ReuseCandidates {
  /** Stored keys per queried key. */
  readonly byKey: Map<string, string[]>;
  readonly articles: Map<string, ReuseArticle>;
}

export async function readReuseCandidates(
  tx: ManagedTransaction,
  queries: readonly { key: string; terms: string }[],
  limit: number,
): Promise<ReuseCandidates> {
  const byKey = new Map<string, string[]>();
  const articles = new Map<string, ReuseArticle>();
  if (queries.length === 0) return { byKey, articles };
  const result = await tx.run(REUSE_CANDIDATES_CYPHER, { queries, limit: int(limit) });
  const record = result.records[0];
  for (const pair of (record?.get('pairs') as { key: unknown; candidate: unknown }[]) ?? []) {
    const key = toStringValue(pair.key);
    const list = byKey.get(key) ?? [];
    list.push(toStringValue(pair.candidate));
    byKey.set(key, list);
  }
  for (const row of (record?.get('articles') as Record<string, unknown>[]) ?? []) {
    const key = toStringValue(row.key);
    articles.set(key, {
      key,
      date: row.date === null ? null : toStringValue(row.date),
      text: toStringValue(row.text),
    });
  }
  return { byKey, articles };
}

/** Drops every REUSES edge touching the given articles (their text changed). */
export const CLEAR_REUSES_CYPHER = `
UNWIND $keys AS key
MATCH (:Article {key: key})-[r:REUSES]-()
DELETE r
`;

/**
 * One edge per pair. `sentence`, `start` and `end` are the longest passage in the later article
 * (the evidence every edge carries), the lists hold every passage on both sides.
 */
export const MERGE_REUSES_CYPHER = `
UNWIND $rows AS row
MATCH (a:Article {key: row.later})
MATCH (b:Article {key: row.earlier})
MERGE (a)-[r:REUSES]->(b)
SET r.overlap = row.overlap, r.words = row.words, r.sentence = row.sentence,
    r.start = row.start, r.end = row.end, r.targetStart = row.targetStart, r.targetEnd = row.targetEnd,
    r.starts = row.starts, r.ends = row.ends, r.targetStarts = row.targetStarts,
    r.targetEnds = row.targetEnds, r.extractor = 'reuse/minhash-lsh', r.confidence = 1.0
`;

export const UPSERT_SKETCHES_CYPHER = `
UNWIND $rows AS row
MERGE (s:ReuseSketch {key: row.key})
SET s.terms = row.terms, s.textHash = row.textHash
`;

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

/** Applies a batch's reuse findings inside the caller's write transaction. */
export async function writeReuse(
  tx: ManagedTransaction,
  changed: readonly string[],
  rows: readonly ReuseRow[],
  sketches: readonly { key: string; terms: string; textHash: string }[],
): Promise<void> {
  if (changed.length > 0) await tx.run(CLEAR_REUSES_CYPHER, { keys: changed });
  if (rows.length > 0) await tx.run(MERGE_REUSES_CYPHER, { rows });
  if (sketches.length > 0) await tx.run(UPSERT_SKETCHES_CYPHER, { rows: sketches });
}

// Reads for the API and the article page.

export type ReuseDirection = 'reuses' | 'reusedBy';

/** A span of one article's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ReusePassageRow {
  /** In the article that reuses (the later one). */
  readonly reusing: TextSpan;
  /** In the article whose text is reused (the earlier one). */
  readonly reused: TextSpan;
}

export interface ReuseEdgeRow {
  /** The article at the other end. */
  readonly node: ArticleRow;
  readonly overlap: number;
  /** Words of the later article in reused passages. */
  readonly words: number;
  readonly passages: readonly ReusePassageRow[];
}

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

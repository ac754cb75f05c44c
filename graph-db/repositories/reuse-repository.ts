import { findReuse, MAX_CANDIDATES, sketchArticles } from '@/ingest/reuse/detect';
import type { ExtractedArticle } from '@/ingest/types';
import type { ManagedTransaction } from 'neo4j-driver';
import { readTransaction } from '../driver';
import {
  readReuseCandidates,
  readReuseCount,
  readReusePage,
  readSketchHashes,
  reuseRows,
  writeReuse,
  type ReuseDirection,
  type ReuseEdgeRow,
  type ReuseRow,
} from '../queries/reuse.cypher';

/** What a batch changes in the reuse graph, worked out before its write transaction. */
export interface ReusePlan {
  /** Articles whose text is new or changed: their REUSES edges are replaced. */
  readonly changed: readonly string[];
  readonly rows: readonly ReuseRow[];
  readonly sketches: readonly { key: string; terms: string; textHash: string }[];
  /** Candidate pairs checked exactly. */
  readonly comparisons: number;
}

/**
 * Sketches the batch, looks its changed articles up in the stored index (one read transaction),
 * and checks the candidates. Articles whose text is already sketched are left as they are.
 */
export async function planReuse(articles: readonly ExtractedArticle[]): Promise<ReusePlan> {
  if (articles.length === 0) return { changed: [], rows: [], sketches: [], comparisons: 0 };
  const sketched = sketchArticles(
    articles.map((a) => ({ key: a.key, date: a.date ?? null, text: a.text })),
  );
  const { changed, candidates } = await readTransaction(async (tx) => {
    const hashes = await readSketchHashes(
      tx,
      sketched.map((s) => s.article.key),
    );
    const changed = sketched.filter((s) => hashes.get(s.article.key) !== s.textHash);
    const queries = changed
      .filter((s) => s.terms.length > 0)
      .map((s) => ({ key: s.article.key, terms: s.terms.join(' ') }));
    // One more than the cap: an article changing its text finds its own old sketch.
    return { changed, candidates: await readReuseCandidates(tx, queries, MAX_CANDIDATES + 1) };
  });
  const { edges, comparisons } = findReuse(changed, candidates.byKey, candidates.articles);
  const texts = new Map<string, string>();
  for (const [key, article] of candidates.articles) texts.set(key, article.text);
  for (const { article } of changed) texts.set(article.key, article.text);
  return {
    changed: changed.map((s) => s.article.key),
    rows: reuseRows(edges, texts),
    sketches: changed.map((s) => ({
      key: s.article.key,
      terms: s.terms.join(' '),
      textHash: s.textHash,
    })),
    comparisons,
  };
}

/** The part of a plan that concerns one article (a batch retried one article at a time). */
export function planFor(plan: ReusePlan, key: string): ReusePlan {
  return {
    changed: plan.changed.filter((k) => k === key),
    rows: plan.rows.filter((row) => row.later === key || row.earlier === key),
    sketches: plan.sketches.filter((s) => s.key === key),
    comparisons: 0,
  };
}

/** Writes a plan inside the transaction that writes its articles. */
export function applyReusePlan(tx: ManagedTransaction, plan: ReusePlan): Promise<void> {
  return writeReuse(tx, plan.changed, plan.rows, plan.sketches);
}

/** Reads of REUSES edges for the API and the article page. */
export interface ReuseRepository {
  /** `limit` edges from offset `skip`: what the article reuses, or who reuses it. */
  page(
    direction: ReuseDirection,
    key: string,
    skip: number,
    limit: number,
  ): Promise<ReuseEdgeRow[]>;
  count(direction: ReuseDirection, key: string): Promise<number>;
}

export const reuseRepository: ReuseRepository = {
  page: (direction, key, skip, limit) =>
    readTransaction((tx) => readReusePage(tx, direction, key, skip, limit)),
  count: (direction, key) => readTransaction((tx) => readReuseCount(tx, direction, key)),
};

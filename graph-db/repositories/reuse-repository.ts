import {
  findReuse,
  MAX_CANDIDATES,
  sketchArticles,
  type ReuseArticle,
} from '@/ingest/reuse/detect';
import { TermIndex } from '@/ingest/reuse/term-index';
import type { ExtractedArticle } from '@/ingest/types';
import type { ManagedTransaction } from 'neo4j-driver';
import { readTransaction } from '../driver';
import {
  readReuseCandidates,
  readReuseCount,
  readReusePage,
  readSketchesSince,
  reuseRows,
  writeReuse,
  type ReuseRow,
  type SketchStamp,
  type StoredSketch,
} from '../queries/reuse.cypher';
import type { ReuseDirection, ReuseEdgeRow } from '../../model/reuse';

/** The steps of planReuse, for a batch's timeline. */
export type ReuseStep =
  'reuse-sketched' | 'reuse-index-synced' | 'reuse-ranked' | 'reuse-texts-read' | 'reuse-checked';

/** What a batch changes in the reuse graph, worked out before its write transaction. */
export interface ReusePlan {
  /** Articles sketched before whose text changed: their REUSES edges are replaced. */
  readonly cleared: readonly string[];
  readonly rows: readonly ReuseRow[];
  readonly sketches: readonly StoredSketch[];
  /** Candidate pairs checked exactly. */
  readonly comparisons: number;
}

/**
 * This process's copy of the stored sketches' index: read in full on the first batch, then only
 * what was written since (by another process, or by this one when rememberSketches could not
 * take its own), so a lookup costs Neo4j nothing.
 */
let stored: { epoch: string | null; value: number; index: TermIndex } | undefined;

async function syncedIndex(): Promise<TermIndex> {
  const known = stored;
  const update = await readTransaction((tx) =>
    readSketchesSince(tx, known?.epoch ?? null, known?.value ?? 0),
  );
  const index = update.fresh || !known ? new TermIndex() : known.index;
  for (const sketch of update.sketches) index.set(sketch.key, sketch.terms, sketch.textHash);
  stored = { epoch: update.epoch, value: update.value, index };
  return index;
}

/** How many candidate texts came from the store, and their characters (a batch's timeline). */
function readCounts(read: readonly ReuseArticle[]): { read: number; chars: number } {
  return { read: read.length, chars: read.reduce((sum, a) => sum + a.text.length, 0) };
}

/** Drops this process's index, as a new process would start (tests). */
export function forgetReuseIndex(): void {
  stored = undefined;
}

/**
 * Sketches the batch, finds candidates for its new or changed articles in the index of what is
 * stored and in the batch itself, and checks them. Articles whose text is already sketched are
 * left as they are.
 */
export async function planReuse(
  articles: readonly ExtractedArticle[],
  trace?: (step: ReuseStep, counts?: Readonly<Record<string, number>>) => void,
): Promise<ReusePlan> {
  if (articles.length === 0) return { cleared: [], rows: [], sketches: [], comparisons: 0 };
  const sketched = sketchArticles(
    articles.map((a) => ({ key: a.key, date: a.date ?? null, text: a.text })),
  );
  trace?.('reuse-sketched');
  const index = await syncedIndex();
  trace?.('reuse-index-synced');
  const changed = sketched.filter((s) => index.textHashOf(s.article.key) !== s.textHash);
  const fromIndex = new Map(
    changed.map((s) => [s.article.key, index.candidates(s.terms, MAX_CANDIDATES, s.article.key)]),
  );
  // Only an article sketched before can have links to check again.
  const linked = changed
    .filter((s) => index.textHashOf(s.article.key) !== undefined)
    .map((s) => s.article.key);
  trace?.('reuse-ranked');
  const candidates = await readTransaction((tx) => readReuseCandidates(tx, fromIndex, linked));
  trace?.('reuse-texts-read', {
    texts: candidates.articles.size,
    ...readCounts([...candidates.articles.values()]),
  });
  const { edges, comparisons } = findReuse(changed, candidates.byKey, candidates.articles);
  trace?.('reuse-checked', { comparisons, edges: edges.length });
  const texts = new Map<string, string>();
  for (const [key, article] of candidates.articles) texts.set(key, article.text);
  for (const { article } of changed) texts.set(article.key, article.text);
  return {
    cleared: linked,
    rows: reuseRows(edges, texts),
    sketches: changed.map((s) => ({
      key: s.article.key,
      terms: s.terms,
      textHash: s.textHash,
    })),
    comparisons,
  };
}

/** The part of a plan that concerns one article (a batch retried one article at a time). */
export function planFor(plan: ReusePlan, key: string): ReusePlan {
  return {
    cleared: plan.cleared.filter((k) => k === key),
    rows: plan.rows.filter((row) => row.later === key || row.earlier === key),
    sketches: plan.sketches.filter((s) => s.key === key),
    comparisons: 0,
  };
}

/** Writes a plan inside the transaction that writes its articles. */
export function applyReusePlan(
  tx: ManagedTransaction,
  plan: ReusePlan,
): Promise<SketchStamp | undefined> {
  return writeReuse(tx, plan.cleared, plan.rows, plan.sketches);
}

/**
 * Once the transaction that applied `plan` has committed: when its sketches are the very next
 * write after what this process's index holds, they go straight into it, so the next batch need
 * not read its own sketches back. Otherwise the next sync reads them with the rest.
 */
export function rememberSketches(plan: ReusePlan, stamp: SketchStamp | undefined): void {
  const known = stored;
  if (!stamp || !known || known.epoch !== stamp.epoch || known.value !== stamp.seq - 1) return;
  for (const sketch of plan.sketches) known.index.set(sketch.key, sketch.terms, sketch.textHash);
  known.value = stamp.seq;
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

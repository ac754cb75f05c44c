import { createHash } from 'node:crypto';
import { compareTexts, type ReusedPassage } from './align';
import { analyseText, type AnalysedText } from './shingles';
import { sketchTerms } from './sketch';

/**
 * Text reuse over one ingest batch: sketch the batch, take candidates from the index of what is
 * stored (looked up by the caller) and from the batch itself, check each candidate pair exactly,
 * and return one edge per reusing pair, from the later article to the earlier one.
 */

/** Candidates per article from the stored index, and again from the batch: bounds the exact checks. */
export const MAX_CANDIDATES = 16;
/** Batch articles remembered per term: a term shared by more is boilerplate, not a lead. */
const MAX_BUCKET = 32;

export interface ReuseArticle {
  readonly key: string;
  readonly date?: string | null;
  readonly text: string;
}

export interface SketchedArticle {
  readonly article: ReuseArticle;
  readonly analysed: AnalysedText;
  /** Index terms (sketch.ts). */
  readonly terms: readonly string[];
  /** Hash of the text: an article stored with the same one needs no new reuse check. */
  readonly textHash: string;
}

export interface ReuseEdge {
  /** The reusing article (published later). */
  readonly later: string;
  /** The article whose text it reuses. */
  readonly earlier: string;
  readonly overlap: number;
  readonly passages: readonly ReusedPassage[];
}

export function sketchArticles(articles: readonly ReuseArticle[]): SketchedArticle[] {
  return articles.map((article) => {
    const analysed = analyseText(article.text);
    const textHash = createHash('sha256').update(article.text).digest('hex').slice(0, 32);
    return { article, analysed, terms: sketchTerms(analysed), textHash };
  });
}

/**
 * Whether `a` counts as published after `b`: by date; an undated article after any dated one
 * (it cannot claim to be the original); ties by key, the greater after.
 */
export function isLater(a: ReuseArticle, b: ReuseArticle): boolean {
  const da = a.date ?? null;
  const db = b.date ?? null;
  if (da !== db) {
    if (da === null) return true;
    if (db === null) return false;
    return da > db;
  }
  return a.key > b.key;
}

/** For each batch article, the other batch articles sharing the most terms with it. */
export function batchCandidates(sketched: readonly SketchedArticle[]): Map<string, string[]> {
  const buckets = new Map<string, number[]>();
  sketched.forEach(({ terms }, index) => {
    for (const term of terms) {
      const bucket = buckets.get(term);
      if (!bucket) buckets.set(term, [index]);
      else if (bucket.length < MAX_BUCKET) bucket.push(index);
    }
  });
  const candidates = new Map<string, string[]>();
  sketched.forEach(({ article, terms }, index) => {
    const shared = new Map<number, number>();
    for (const term of terms) {
      for (const other of buckets.get(term) ?? []) {
        if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const best = [...shared]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, MAX_CANDIDATES)
      .map(([other]) => sketched[other]?.article.key ?? '');
    candidates.set(article.key, best);
  });
  return candidates;
}

export interface ReuseFindings {
  readonly edges: ReuseEdge[];
  /** Candidate pairs checked exactly. */
  readonly comparisons: number;
}

/**
 * The reuse edges touching the batch. `storedCandidates` maps a batch key to the stored keys worth
 * checking (the caller bounds them); `stored` holds those articles' texts. A pair is checked once,
 * whichever side found it.
 */
export function findReuse(
  sketched: readonly SketchedArticle[],
  storedCandidates: ReadonlyMap<string, readonly string[]>,
  stored: ReadonlyMap<string, ReuseArticle>,
): ReuseFindings {
  const batch = new Map(sketched.map((s) => [s.article.key, s]));
  const fromBatch = batchCandidates(sketched);
  const analysedStored = new Map<string, AnalysedText>();
  const analysed = (key: string): { article: ReuseArticle; text: AnalysedText } | undefined => {
    const own = batch.get(key);
    if (own) return { article: own.article, text: own.analysed };
    const article = stored.get(key);
    if (!article) return undefined;
    let text = analysedStored.get(key);
    if (!text) analysedStored.set(key, (text = analyseText(article.text)));
    return { article, text };
  };

  const checked = new Set<string>();
  const edges: ReuseEdge[] = [];
  let comparisons = 0;
  for (const { article } of sketched) {
    const others = [
      ...(storedCandidates.get(article.key) ?? []),
      ...(fromBatch.get(article.key) ?? []),
    ];
    for (const otherKey of others) {
      if (otherKey === article.key) continue;
      const pair =
        article.key < otherKey ? `${article.key}\n${otherKey}` : `${otherKey}\n${article.key}`;
      if (checked.has(pair)) continue;
      checked.add(pair);
      const self = analysed(article.key);
      const other = analysed(otherKey);
      if (!self || !other) continue;
      const [later, earlier] = isLater(self.article, other.article) ? [self, other] : [other, self];
      comparisons += 1;
      const match = compareTexts(later.text, earlier.text);
      if (match) edges.push({ later: later.article.key, earlier: earlier.article.key, ...match });
    }
  }
  return { edges, comparisons };
}

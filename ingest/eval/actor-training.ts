import { mulberry32 } from '../../model/seeded-random';
import { prf, type Counts } from './scoring';

/** One candidate key of one article: its features and whether the gold actors hold it. */
export interface Example {
  readonly features: readonly string[];
  readonly positive: boolean;
  /** The candidate's key, for reports. */
  readonly key: string;
  /** A span the rules do not propose (added when kept), rather than a rule key (dropped when not). */
  readonly extra: boolean;
}

/** One article as the trainer sees it: what the model may filter, and the counts it cannot change. */
export interface TrainingArticle {
  readonly id: string;
  /** Candidates the model decides on. */
  readonly examples: readonly Example[];
  /** Counts the model leaves alone: referenced keys, non-English articles, gold keys no rule proposes. */
  readonly fixed: Counts;
}

export interface TrainOptions {
  /** L2 penalty per feature weight (the bias is not penalised). */
  readonly l2: number;
  /** Features seen in fewer training examples are left out (keeps the file small, the fit stable). */
  readonly minCount: number;
  readonly epochs: number;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent with AdaGrad steps: no
 * shuffling, so the same examples give the same weights.
 */
export function trainLogistic(
  examples: readonly Example[],
  options: TrainOptions,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    y: e.positive ? 1 : 0,
  }));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const bias = index.get('bias');
  const rate = 0.5;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    for (const r of rows) {
      let z = 0;
      for (const i of r.ids) z += w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      for (const i of r.ids) grad[i]! += err;
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! / rows.length + (i === bias ? 0 : options.l2 * w[i]!);
      g2[i]! += g * g;
      w[i]! -= (rate * g) / (Math.sqrt(g2[i]!) + 1e-8);
    }
  }
  return new Map(names.map((f, i) => [f, w[i]!]));
}

/** Where the model's probability decides, chosen by cross-validation. */
export interface Thresholds {
  /** A rule key scoring below this is dropped. */
  readonly dropBelow: number;
  /** A span the rules do not propose is added when it scores at least this. */
  readonly addFrom: number;
}

/** Whether a candidate with probability `p` ends up among the actors. */
export const keeps = (t: Thresholds, extra: boolean, p: number): boolean =>
  extra ? p >= t.addFrom : p >= t.dropBelow;

/** Probability that a candidate with these features is one of the article's actors. */
export function keepProbability(
  weights: ReadonlyMap<string, number>,
  features: readonly string[],
): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Article indices split into `k` folds after a seeded shuffle. */
export function folds(n: number, k: number, seed: number): number[][] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: k }, (_, f) => order.filter((_, i) => i % k === f));
}

/** Counts of one article under the model's scores, or of the rules alone without scores. */
export function articleCounts(
  article: TrainingArticle,
  scores: readonly number[] | undefined,
  t: Thresholds,
): Counts {
  const c = { ...article.fixed };
  article.examples.forEach((e, i) => {
    const kept = scores === undefined ? !e.extra : keeps(t, e.extra, scores[i]!);
    if (kept && e.positive) c.tp++;
    else if (kept) c.fp++;
    else if (e.positive) c.fn++;
  });
  return c;
}

export function sumCounts(list: readonly Counts[]): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const c of list) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}

/**
 * 95% percentile-bootstrap interval of F1(b) - F1(a), articles resampled with replacement (the
 * same resample for both, so the interval is of the paired difference).
 */
export function pairedF1Interval(
  a: readonly Counts[],
  b: readonly Counts[],
  reps = 1000,
  seed = 1,
): [number, number] {
  const random = mulberry32(seed);
  const diffs: number[] = [];
  for (let r = 0; r < reps; r++) {
    const ta = { tp: 0, fp: 0, fn: 0 };
    const tb = { tp: 0, fp: 0, fn: 0 };
    for (let i = 0; i < a.length; i++) {
      const j = Math.floor(random() * a.length);
      for (const [t, c] of [
        [ta, a[j]!],
        [tb, b[j]!],
      ] as const) {
        t.tp += c.tp;
        t.fp += c.fp;
        t.fn += c.fn;
      }
    }
    diffs.push(prf(tb).f1 - prf(ta).f1);
  }
  diffs.sort((x, y) => x - y);
  return [diffs[Math.floor(0.025 * reps)]!, diffs[Math.floor(0.975 * reps)]!];
}

/**
 * Area under the ROC curve: the chance that a random positive scores above a random negative
 * (ties count half); 0.5 is no signal. NaN without both classes.
 */
export function auc(
  scored: readonly { readonly score: number; readonly positive: boolean }[],
): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let negatives = 0;
  let pairs = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    let pos = 0;
    let neg = 0;
    for (; j < sorted.length && sorted[j]!.score === sorted[i]!.score; j++)
      if (sorted[j]!.positive) pos++;
      else neg++;
    pairs += pos * (negatives + neg / 2);
    negatives += neg;
    positives += pos;
    i = j;
  }
  return pairs / (positives * negatives);
}

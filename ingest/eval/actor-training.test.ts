import { describe, expect, it } from 'vitest';
import {
  articleCounts,
  auc,
  folds,
  keepProbability,
  pairedF1Interval,
  trainLogistic,
  type Example,
  type TrainingArticle,
} from './actor-training';

// A tiny fixed dataset: `org-head` keys are actors, `place-head` keys are not, `bias` on all.
const examples: Example[] = [
  ...Array.from({ length: 6 }, (_, i) => ({
    features: ['bias', 'head=association', `n=${i % 2}`],
    positive: true,
    key: `organization:a${i}`,
    extra: false,
  })),
  ...Array.from({ length: 4 }, (_, i) => ({
    features: ['bias', 'head=street', `n=${i % 2}`],
    positive: false,
    key: `organization:s${i}`,
    extra: false,
  })),
];
const options = { l2: 0.01, minCount: 2, epochs: 200 };

describe('actor model training', () => {
  it('gives the same weights on a retrain of the same data', () => {
    expect([...trainLogistic(examples, options)]).toEqual([...trainLogistic(examples, options)]);
  });

  it('learns to keep the positive pattern and drop the negative one', () => {
    const w = trainLogistic(examples, options);
    expect([
      keepProbability(w, ['bias', 'head=association']) > 0.8,
      keepProbability(w, ['bias', 'head=street']) < 0.2,
    ]).toEqual([true, true]);
  });

  it('splits articles into the same disjoint folds for a seed', () => {
    const parts = folds(11, 5, 7);
    expect([parts, [...parts.flat()].sort((a, b) => a - b)]).toEqual([
      folds(11, 5, 7),
      Array.from({ length: 11 }, (_, i) => i),
    ]);
  });

  it('counts rule keys kept, extras added and gold keys lost', () => {
    const article: TrainingArticle = {
      id: 'a',
      fixed: { tp: 1, fp: 0, fn: 1 },
      examples: [
        { features: [], positive: true, key: 'k1', extra: false },
        { features: [], positive: false, key: 'k2', extra: false },
        { features: [], positive: true, key: 'k3', extra: true },
        { features: [], positive: false, key: 'k4', extra: true },
      ],
    };
    const t = { dropBelow: 0.5, addFrom: 0.7 };
    expect([
      articleCounts(article, undefined, t),
      articleCounts(article, [0.9, 0.4, 0.8, 0.6], t),
    ]).toEqual([
      { tp: 2, fp: 1, fn: 2 },
      { tp: 3, fp: 0, fn: 1 },
    ]);
  });

  it('gives a zero-width interval when the model changes nothing', () => {
    const counts = [
      { tp: 3, fp: 1, fn: 0 },
      { tp: 2, fp: 0, fn: 1 },
    ];
    expect(pairedF1Interval(counts, counts, 100)).toEqual([0, 0]);
  });

  it('measures ranking by ROC AUC, ties counting half', () => {
    const p = (score: number, positive: boolean) => ({ score, positive });
    expect([
      auc([p(0.9, true), p(0.1, false)]),
      auc([p(0.1, true), p(0.9, false)]),
      auc([p(0.5, true), p(0.5, false), p(0.7, true), p(0.2, false)]),
    ]).toEqual([1, 0, 0.875]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../types';
import type { GoldArticle } from './gold-types';
import { prf, scoreArticle } from './scoring';

const evidence = { sentence: '', start: 0, end: 0, extractor: 't', confidence: 1 };

describe('scoring', () => {
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 8, fp: 2, fn: 0 })).toEqual({
      precision: 0.8,
      recall: 1,
      f1: 0.888888888888889,
    });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  });

  it('compares actors, speaker|kind pairs and date|precision pairs as sets', () => {
    const gold: GoldArticle = {
      corpus: 'seed',
      title: 't',
      date: '2021-08-01',
      actors: [
        { key: 'country:china', surface: ['China'] },
        { key: 'outlet:global-times', surface: ['Global Times'] },
      ],
      quotes: [{ speaker: 'outlet:global-times', kind: 'ATTRIBUTES' }],
      events: [{ date: '2021-07-19', precision: 'day', text: 'On July 19' }],
    };
    const got = {
      actors: [{ key: 'country:china' }, { key: 'country:united-states' }],
      quotes: [
        { actorKey: 'outlet:global-times', kind: 'ATTRIBUTES', evidence },
        { actorKey: 'outlet:global-times', kind: 'ATTRIBUTES', evidence },
      ],
      events: [
        { date: '2021-07-19', precision: 'day' },
        { date: '2021-01-01', precision: 'year' },
      ],
    } as unknown as ExtractedArticle;
    const diff = scoreArticle(gold, got);
    expect(diff.actors).toMatchObject({
      missing: ['outlet:global-times'],
      spurious: ['country:united-states'],
    });
    expect(diff.quotes.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(diff.events).toMatchObject({ correct: 1, gold: 1, predicted: 2 });
  });
});

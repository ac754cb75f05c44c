import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../types';
import type { GoldArticle } from './gold-types';
import {
  bootstrapIntervals,
  figures,
  prf,
  scoreArticle,
  totals,
  type ArticleDiff,
} from './scoring';

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
    expect({
      actors: diff.sets.actors,
      quotes: diff.sets.quotes?.counts,
      unlabelled: [diff.sets.citations, diff.sets.epithets],
      events: diff.events,
    }).toMatchObject({
      actors: { missing: ['outlet:global-times'], spurious: ['country:united-states'] },
      quotes: { tp: 1, fp: 0, fn: 0 },
      unlabelled: [undefined, undefined],
      events: { correct: 1, gold: 1, predicted: 2 },
    });
  });

  it('scores cited outlets by key and epithets by their normalized phrase', () => {
    const gold: GoldArticle = {
      corpus: 'kcna-2011',
      title: 't',
      date: '2011-05-02',
      actors: [],
      citations: [{ outlet: 'outlet:xinhua', how: 'reported', stance: 'neutral' }],
      quotes: [],
      events: [],
      epithets: ['hacking empire'],
    };
    const got = {
      actors: [],
      quotes: [],
      events: [],
      citations: [
        { outletKey: 'outlet:xinhua', how: 'according-to', stance: 'neutral', evidence },
        { outletKey: 'outlet:tass', how: 'reported', stance: 'hostile', evidence },
      ],
      narratives: [
        { key: 'hacking-empire', label: '“Hacking Empire.”', kind: 'slogan', evidence },
        { key: 'home-news', label: 'home news', kind: 'theme', evidence },
      ],
    } as unknown as ExtractedArticle;
    const diff = scoreArticle(gold, got);
    expect([diff.sets.citations?.counts, diff.sets.epithets?.counts]).toEqual([
      { tp: 1, fp: 1, fn: 0 },
      { tp: 1, fp: 0, fn: 0 },
    ]);
  });
});

describe('figures and bootstrap intervals', () => {
  const article = (tp: number, fp: number, fn: number): ArticleDiff => ({
    sets: {
      actors: { missing: [], spurious: [], counts: { tp, fp, fn } },
      citations: undefined,
      quotes: { missing: [], spurious: [], counts: { tp: 0, fp: 0, fn: 0 } },
      epithets: undefined,
    },
    events: { missing: [], spurious: [], correct: tp, gold: tp + fn, predicted: tp + fp },
  });

  it('micro-averages counts and leaves out label types no article was labelled for', () => {
    const f = figures(totals([article(3, 1, 0), article(1, 0, 3)]));
    expect([f['actors.precision'], f['actors.recall'], 'citations.f1' in f]).toEqual([
      0.8,
      0.5714285714285714,
      false,
    ]);
  });

  it('gives an interval that contains the point estimate and narrows with more articles', () => {
    const mixed = (n: number): ArticleDiff[] =>
      Array.from({ length: n }, (_, i) => (i % 3 === 0 ? article(1, 1, 1) : article(4, 0, 0)));
    const point = figures(totals(mixed(30)))['actors.f1']!;
    const [lo30, hi30] = bootstrapIntervals(mixed(30))['actors.f1']!;
    const [lo300, hi300] = bootstrapIntervals(mixed(300))['actors.f1']!;
    expect([lo30 <= point && point <= hi30, hi300 - lo300 < hi30 - lo30]).toEqual([true, true]);
  });
});

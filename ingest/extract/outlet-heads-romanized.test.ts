import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import type { ExtractedArticle } from '../types';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
const article = (text: string): ExtractedArticle =>
  extract({
    title: 'Test',
    text,
    date: '2011-08-01',
    language: 'en',
    sourceName: 'KCNA',
    origin: { location: 'outlet-heads-romanized.test' },
  });
const citedKeys = (text: string): string[] => [
  ...new Set(article(text).citations.map((c) => c.outletKey)),
];

// Blind sample citations-2026-12r (docs/citations.md, round 14): Chinese papers no list knows.
describe('romanized Chinese words for a paper head its name', () => {
  it.each([
    ['Wuhan Wanbao said:\nMusic and dances added new light to the legend.', 'outlet:wuhan-wanbao'],
    ['Wuhan Sinbao noted: Dances from the opera are based on a new method.', 'outlet:wuhan-sinbao'],
    [
      'Yanbian Ribao, conveying this news on May 18, reported that the branches would transport coal.',
      'outlet:yanbian-ribao',
    ],
  ])('%s', (text, key) => {
    expect(citedKeys(text)).toEqual([key]);
  });
});

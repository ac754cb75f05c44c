import { createArticleExtractor } from '../extract/extract-article';
import { buildGazetteer } from '../gazetteer';
import type { ExtractedArticle } from '../types';

const extract = createArticleExtractor(buildGazetteer());

export interface KcnaFixture {
  /** `text` as the body of an English KCNA article of the fixture's date, extracted. */
  readonly article: (text: string) => ExtractedArticle;
  /** The distinct outlets that article cites, in the order first cited. */
  readonly citedKeys: (text: string) => string[];
}

/** The extract tests' article: English, published by KCNA on `date`, its origin `location`. */
export function kcnaFixture(date: string, location: string): KcnaFixture {
  const article = (text: string): ExtractedArticle =>
    extract({
      title: 'Test',
      text,
      date,
      language: 'en',
      sourceName: 'KCNA',
      origin: { location },
    });
  return {
    article,
    citedKeys: (text) => [...new Set(article(text).citations.map((c) => c.outletKey))],
  };
}

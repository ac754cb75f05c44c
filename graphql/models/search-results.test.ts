import { describe, expect, it } from 'vitest';
import type { ArticleRow, ActorRow } from '@/model/node-rows';
import { highlightTerms, toSearchResult } from './search-results';

const article: ArticleRow = {
  kind: 'Article',
  key: 'k1',
  title: 'U.S. and West Hammered',
  date: '2021-08-01',
  url: null,
  language: 'en',
  text: 'The behavior of the U.S. – a “hacking empire” – is like the guilty party filing the suit first.',
  stub: false,
  teaser: null,
  degree: 5,
};

describe('toSearchResult', () => {
  it('takes the snippet from the field matching most words', () => {
    const result = toSearchResult(article, 2.5, highlightTerms('"Hacking" empire!'));
    expect(result).toMatchObject({
      id: 'Article:k1',
      kind: 'Article',
      label: 'U.S. and West Hammered',
      date: '2021-08-01',
      score: 2.5,
    });
    expect(result.highlights.map((h) => result.snippet?.slice(h.start, h.end))).toEqual([
      'hacking',
      'empire',
    ]);
  });

  it('uses an actor’s aliases when only an alias matches', () => {
    const actor: ActorRow = {
      kind: 'Actor',
      key: 'country:united-states',
      name: 'United States',
      actorKind: 'country',
      aliases: ['U.S.', 'Washington'],
      placeholder: false,
      degree: 9,
    };
    const result = toSearchResult(actor, 1, ['washington']);
    expect(result.snippet).toContain('Washington');
    expect(result.subtype).toBe('country');
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleRow, ActorRow } from '@/model/node-rows';
import { highlightTerms, toSearchResult } from './search-results';
import { distinctTerms, matchTerms, snippetOf } from './snippet';

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

describe('toSearchResult against matching every field', () => {
  /** The choice as made before fields were matched lazily: every field matched, then the best. */
  function everyField(title: string, body: string, terms: readonly string[]) {
    const fields = [title, body].filter((field) => field !== '').map((f) => matchTerms(f, terms));
    let best = fields[0] ?? matchTerms('', terms);
    let bestCount = -1;
    for (const field of fields) {
      const count = distinctTerms(field);
      if (count > bestCount) {
        best = field;
        bestCount = count;
      }
    }
    if (bestCount === 0 && fields[1] !== undefined) best = fields[1];
    const { snippet, highlights } = snippetOf(best);
    return { snippet: snippet === '' ? null : snippet, highlights };
  }

  it('gives the same snippet and highlights for titles that match all, some or none of the words', () => {
    const words = ['Kim', 'party', 'parties', 'Army', 'KOREA', 'korean', 'war', 'peace', 'U.S.'];
    let seed = 17;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const phrase = (length: number) =>
      Array.from({ length }, () => words[next(words.length)]).join(next(4) === 0 ? '\n' : ' ');
    const differing: string[] = [];
    for (let i = 0; i < 600; i += 1) {
      const terms = highlightTerms(phrase(1 + next(3)));
      const row = {
        ...article,
        title: phrase(next(5)),
        text: next(6) === 0 ? '' : phrase(next(60)),
      };
      const { snippet, highlights } = toSearchResult(row, 1, terms);
      const expected = everyField(row.title, row.text, terms);
      if (JSON.stringify({ snippet, highlights }) !== JSON.stringify(expected))
        differing.push(`${terms.join(' ')} | ${row.title} | ${row.text}`);
    }
    expect(differing).toEqual([]);
  });
});

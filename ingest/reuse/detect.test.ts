import { describe, expect, it } from 'vitest';
import { prose } from '../testing/prose';
import { findReuse, isLater, MAX_CANDIDATES, sketchArticles, type ReuseArticle } from './detect';

const article = (key: string, date: string | null, text: string): ReuseArticle => ({
  key,
  date,
  text,
});

describe('isLater', () => {
  it('orders by date, an undated article after dated ones, ties by key', () => {
    const a = article('a', '2011-05-02', '');
    const b = article('b', '2011-05-01', '');
    const c = article('c', null, '');
    const d = article('d', '2011-05-02', '');
    expect([isLater(a, b), isLater(b, a), isLater(c, a), isLater(a, c), isLater(d, a)]).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });
});

describe('findReuse', () => {
  it('checks only candidate pairs, not every pair of the batch', () => {
    const commentary = prose(1, 80);
    const unrelated = Array.from({ length: 300 }, (_, i) =>
      article(`u${i}`, '2011-03-01', prose(1000 + i, 150)),
    );
    const batch = [
      ...unrelated,
      article('original', '2011-01-10', `${prose(2, 40)}\n${commentary}`),
      article('republished', '2011-02-20', `${commentary}\n${prose(3, 60)}`),
    ];
    const { edges, comparisons } = findReuse(sketchArticles(batch), new Map(), new Map());
    expect({ edges: edges.map((e) => [e.later, e.earlier]), comparisons }).toEqual({
      edges: [['republished', 'original']],
      comparisons: 1,
    });
  });

  it('links a batch article to a stored one, the later to the earlier whichever is new', () => {
    const paragraph = prose(4, 60);
    const stored = article('stored-later', '2012-01-01', `${paragraph}\n${prose(5, 30)}`);
    const fresh = article('new-earlier', '2010-01-01', `${prose(6, 30)}\n${paragraph}`);
    const { edges } = findReuse(
      sketchArticles([fresh]),
      new Map([['new-earlier', ['stored-later']]]),
      new Map([['stored-later', stored]]),
    );
    expect(edges.map((e) => [e.later, e.earlier, e.passages.length])).toEqual([
      ['stored-later', 'new-earlier', 1],
    ]);
  });

  it('counts the same text under two keys as reuse in full', () => {
    const text = prose(7, 90);
    const { edges } = findReuse(
      sketchArticles([article('k1', '2011-09-03', text), article('k2', '2011-09-04', text)]),
      new Map(),
      new Map(),
    );
    expect(edges.map((e) => [e.later, e.earlier, e.overlap])).toEqual([['k2', 'k1', 1]]);
  });

  it('caps the candidates of boilerplate shared by the whole batch', () => {
    const boilerplate = prose(8, 40);
    const batch = Array.from({ length: 60 }, (_, i) =>
      article(`b${i}`, '2011-01-01', `${boilerplate}\n${prose(200 + i, 50)}`),
    );
    const { comparisons } = findReuse(sketchArticles(batch), new Map(), new Map());
    expect(comparisons).toBeLessThanOrEqual(batch.length * MAX_CANDIDATES);
  });
});

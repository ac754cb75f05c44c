import { describe, expect, it } from 'vitest';
import { MAX_POSTINGS, TermIndex } from './term-index';

describe('TermIndex', () => {
  it('ranks articles by shared terms, rare ones first, leaving the asker out', () => {
    const index = new TermIndex();
    index.set('a', ['rare', 'common'], 'ha');
    index.set('b', ['common'], 'hb');
    index.set('c', ['common', 'other'], 'hc');
    index.set('self', ['rare', 'common'], 'hs');
    expect(index.candidates(['rare', 'common'], 10, 'self')).toEqual(['a', 'b', 'c']);
  });

  it('forgets the terms an article had before its text changed', () => {
    const index = new TermIndex();
    index.set('a', ['old'], 'h1');
    index.set('a', ['new'], 'h2');
    expect([
      index.candidates(['old'], 10, ''),
      index.candidates(['new'], 10, ''),
      index.textHashOf('a'),
    ]).toEqual([[], ['a'], 'h2']);
  });

  it('stops ranking by a term shared by too many articles', () => {
    const index = new TermIndex();
    for (let i = 0; i < MAX_POSTINGS + 5; i += 1) index.set(`k${i}`, ['boilerplate'], 'h');
    expect(index.candidates(['boilerplate'], 10, '')).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH } from '@/model/search-text';
import {
  buildLuceneQuery,
  buildLuceneTiers,
  escapeLucene,
  luceneQueryOf,
  luceneTiersOf,
  SearchTextError,
} from './lucene-query';

describe('escapeLucene', () => {
  it('escapes every special character of the classic query parser', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe(
      '\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/',
    );
    expect(escapeLucene('u.s.')).toBe('u.s.');
  });

  it('leaves no unescaped special character in any input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeLucene(text);
        // Remove escaped pairs; nothing special may remain.
        expect(escaped.replace(/\\./gs, '')).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
      }),
    );
  });
});

describe('buildLuceneQuery', () => {
  it('ranks the phrase, then all words, then the last word as a prefix', () => {
    expect(buildLuceneQuery('hacking empire')).toBe(
      '"hacking empire"^4 OR (hacking AND empire)^2 OR (hacking AND empire*)',
    );
  });

  it('skips the prefix clause for short or non-plain last words', () => {
    expect(buildLuceneQuery('us')).toBe('(us)^2');
    expect(buildLuceneQuery('u.s.')).toBe('(u.s.)^2');
  });

  it('escapes user syntax', () => {
    expect(buildLuceneQuery('title:(x OR "y')).toBe(
      '"title\\:\\(x or \\"y"^4 OR (title\\:\\(x AND or AND \\"y)^2',
    );
  });

  it('returns undefined when nothing is searchable', () => {
    expect(buildLuceneQuery('?! -- **')).toBeUndefined();
  });
});

describe('buildLuceneTiers', () => {
  it('splits the same clauses into disjoint tiers, best first', () => {
    expect(buildLuceneTiers('hacking empire')).toEqual([
      '"hacking empire"',
      '+(hacking AND empire) -"hacking empire"',
      '+(hacking AND empire*) -"hacking empire" -(hacking AND empire)',
    ]);
    expect(buildLuceneTiers('empire')).toEqual(['(empire)', '+(empire*) -(empire)']);
    expect(buildLuceneTiers('us')).toEqual(['(us)']);
  });

  it('escapes user syntax as the one query does', () => {
    expect(buildLuceneTiers('title:(x OR "y')).toEqual([
      '"title\\:\\(x or \\"y"',
      '+(title\\:\\(x AND or AND \\"y) -"title\\:\\(x or \\"y"',
    ]);
    expect(buildLuceneTiers('?! -- **')).toBeUndefined();
    expect(() => luceneTiersOf('?! --')).toThrow(SearchTextError);
  });
});

describe('luceneQueryOf', () => {
  it('refuses text over the length bound and text without a word, saying which', () => {
    const reasonOf = (text: string) => {
      try {
        return luceneQueryOf(text);
      } catch (error) {
        return error instanceof SearchTextError ? error.reason : error;
      }
    };
    expect([
      reasonOf('a'.repeat(MAX_SEARCH_LENGTH + 1)),
      reasonOf('?! --'),
      reasonOf('empire'),
    ]).toEqual(['too-long', 'no-words', buildLuceneQuery('empire')]);
  });
});

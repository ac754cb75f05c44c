import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, searchTerms } from './lucene-query';

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

describe('searchTerms', () => {
  it('lower-cases words (defusing AND/OR/NOT) and drops punctuation-only words', () => {
    expect(searchTerms('Hacking AND  Empire -- !!')).toEqual(['hacking', 'and', 'empire']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('keeps at most 16 words', () => {
    expect(searchTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(16);
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

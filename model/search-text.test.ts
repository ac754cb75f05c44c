import { describe, expect, it } from 'vitest';
import { searchTerms } from './search-text';

describe('searchTerms', () => {
  it('lower-cases words (defusing AND/OR/NOT) and drops punctuation-only words', () => {
    expect(searchTerms('Hacking AND  Empire -- !!')).toEqual(['hacking', 'and', 'empire']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('keeps at most 16 words', () => {
    expect(searchTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(16);
  });
});

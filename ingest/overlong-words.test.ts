import { describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH, blankOverlongWords } from './overlong-words';

describe('blankOverlongWords', () => {
  it('blanks a run past the limit, keeping every offset and the words around it', () => {
    const text = `Kim Jong Un ${'한'.repeat(MAX_WORD_LENGTH + 500)} said.`;
    const blanked = blankOverlongWords(text);
    expect({
      length: blanked.length,
      head: blanked.slice(0, 12),
      kept: blanked.slice(12, 12 + MAX_WORD_LENGTH) === '한'.repeat(MAX_WORD_LENGTH),
      blank: blanked.slice(12 + MAX_WORD_LENGTH, 12 + MAX_WORD_LENGTH + 500).trim(),
      tail: blanked.slice(-6),
    }).toEqual({
      length: text.length,
      head: 'Kim Jong Un ',
      kept: true,
      blank: '',
      tail: ' said.',
    });
  });

  it('never splits a surrogate pair and leaves ordinary text untouched', () => {
    const astral = '𠀀'.repeat(MAX_WORD_LENGTH); // 2 UTF-16 units each
    const ordinary = 'The KCNA said on Monday.';
    expect([blankOverlongWords(astral).trimEnd().length % 2, blankOverlongWords(ordinary)]).toEqual(
      [0, ordinary],
    );
  });
});

import { MAX_WORD_LENGTH } from '../overlong-words';
import { describe, expect, it } from 'vitest';
import { analyseText, SHINGLE_WORDS } from './shingles';

describe('analyseText', () => {
  it('ignores case, punctuation and spacing when hashing shingles', () => {
    const a = analyseText('The U.S. imperialists, said the KCNA commentary today');
    const b = analyseText('the u s   Imperialists said -- the kcna "commentary" today');
    expect([...a.shingles]).toEqual([...b.shingles]);
  });

  it('keeps where every word sits and which paragraph holds it', () => {
    const text = 'One two three.\n\nFour five\nsix';
    const analysed = analyseText(text);
    const words = [...analysed.starts].map((start, i) => text.slice(start, analysed.ends[i]));
    expect({ words, paragraphs: [...analysed.paragraphs] }).toEqual({
      words: ['One', 'two', 'three', 'Four', 'five', 'six'],
      paragraphs: [0, 0, 0, 1, 1, 2],
    });
  });

  it('has one shingle per run of five words, none for shorter texts', () => {
    expect([
      analyseText('a b c d').shingles.length,
      analyseText('a b c d e f g').shingles.length,
    ]).toEqual([0, 7 - SHINGLE_WORDS + 1]);
  });

  it('tells shingles of different words apart', () => {
    const shingles = analyseText('a b c d e f g h i j k l m n o p').shingles;
    expect(new Set(shingles).size).toBe(shingles.length);
  });
});

describe('analyseText on an unbroken run of millions of letters', () => {
  it('reads it without overflowing the regex stack, as one word cut at the limit', () => {
    const analysed = analyseText(`Kim spoke. ${'한'.repeat(9_000_000)}`);
    expect([analysed.starts.length, analysed.ends[2]! - analysed.starts[2]!]).toEqual([
      3,
      MAX_WORD_LENGTH,
    ]);
  });
});

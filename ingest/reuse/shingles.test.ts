import { MAX_WORD_LENGTH } from '../overlong-words';
import { describe, expect, it } from 'vitest';
import { analyseText, mix32, SHINGLE_WORDS } from './shingles';

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

/** The regular-expression reading analyseText replaced: the words and shingles it must still give. */
function referenceReading(text: string): { starts: number[]; shingles: number[] } {
  const starts: number[] = [];
  const hashes: number[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    let h = 0x811c9dc5;
    const lower = match[0].toLowerCase();
    for (let i = 0; i < lower.length; i += 1) {
      h ^= lower.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    starts.push(match.index);
    hashes.push(h | 0);
  }
  const shingles: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i += 1) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j += 1) h = mix32(h ^ hashes[i + j]!) + j;
    shingles.push(mix32(h));
  }
  return { starts, shingles };
}

describe('analyseText against the regular-expression reading it replaced', () => {
  const pieces = [
    'Kim',
    'ÉLYSÉE',
    'İstanbul',
    'ΣΟΦΟΣ',
    '한국',
    '𝐀𝐁',
    '42',
    '½',
    'a\u0301',
    '\uD800',
    '\uDC00',
    ' ',
    '\n',
    '.',
    '"',
    '—',
    'x',
  ];
  it('finds the same words and shingles in mixed scripts, lone surrogates and case', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 40 }, () => pieces[random(pieces.length)]).join(''),
    );
    const read = (text: string) => {
      const analysed = analyseText(text);
      return { starts: [...analysed.starts], shingles: [...analysed.shingles] };
    };
    expect(texts.map(read)).toEqual(texts.map(referenceReading));
  });
});

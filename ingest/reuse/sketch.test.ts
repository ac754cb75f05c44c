import { describe, expect, it } from 'vitest';
import { analyseText } from './shingles';
import {
  BANDS,
  MAX_SKETCH_PASSAGES,
  MIN_PASSAGE_WORDS,
  sketchPassages,
  sketchTerms,
  WINDOW_WORDS,
} from './sketch';
import { prose } from '../testing/prose';

const shared = (a: string[], b: string[]) => a.filter((term) => b.includes(term)).length;

describe('sketchTerms', () => {
  it('gives a paragraph reused among other text the same band terms', () => {
    const paragraph = prose(1, 45);
    const a = sketchTerms(analyseText(`${prose(2, 60)}\n${paragraph}\n${prose(3, 30)}`));
    const b = sketchTerms(analyseText(`${prose(4, 20)}\n${paragraph}`));
    expect(shared(a, b)).toBe(BANDS);
  });

  it('still links a paragraph with one word changed', () => {
    const words = prose(5, 45).split(' ');
    const edited = [...words.slice(0, 20), 'changed', ...words.slice(21)].join(' ');
    expect(
      shared(sketchTerms(analyseText(words.join(' '))), sketchTerms(analyseText(edited))),
    ).toBeGreaterThan(0);
  });

  it('shares nothing between unrelated texts', () => {
    expect(
      shared(sketchTerms(analyseText(prose(6, 300))), sketchTerms(analyseText(prose(7, 300)))),
    ).toBe(0);
  });

  it('skips short paragraphs', () => {
    expect(
      sketchTerms(analyseText(`${prose(8, MIN_PASSAGE_WORDS - 1)}\nThe message said:`)),
    ).toEqual([]);
  });

  it('bounds the terms of a huge text, and of one paragraph repeated thousands of times', () => {
    const many = Array.from({ length: 2000 }, (_, i) => prose(100 + i, 20)).join('\n');
    const same = Array.from({ length: 2000 }, () => prose(9, 20)).join('\n');
    expect([sketchTerms(analyseText(many)).length, sketchTerms(analyseText(same)).length]).toEqual([
      MAX_SKETCH_PASSAGES * BANDS,
      BANDS,
    ]);
  });
});

describe('sketchPassages', () => {
  it('cuts a long paragraph into half-overlapping windows that cover every word', () => {
    const ranges = sketchPassages(analyseText(prose(10, 5 * WINDOW_WORDS + 7)));
    expect({
      first: ranges[0]?.from,
      last: ranges.at(-1)?.to,
      lengths: new Set(ranges.map((r) => r.to - r.from)),
      gaps: ranges.slice(1).every((r, i) => r.from <= (ranges[i]?.to ?? 0)),
    }).toEqual({
      first: 0,
      last: 5 * WINDOW_WORDS + 7,
      lengths: new Set([WINDOW_WORDS]),
      gaps: true,
    });
  });
});

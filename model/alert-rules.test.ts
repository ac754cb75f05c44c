import { describe, expect, it } from 'vitest';
import { isSurge, searchMatch, surgeStatistic, watchWords } from './alert-rules';

/** Day offsets of `n` articles in week `week` (0: the current week, -1: the one before). */
const inWeek = (week: number, n: number) => Array.from({ length: n }, () => week * 7 + 2);

describe('surgeStatistic', () => {
  it('compares the week with the mean and spread of the 8 weeks before', () => {
    // Baseline 1,1,1,1,3,3,3,3: mean 2, population sd 1; a week of 5 is z = 3.
    const offsets = [
      ...[-8, -7, -6, -5].flatMap((w) => inWeek(w, 1)),
      ...[-4, -3, -2, -1].flatMap((w) => inWeek(w, 3)),
      ...inWeek(0, 5),
    ];
    expect(surgeStatistic(offsets)).toEqual({ count: 5, baseline: 2, zScore: 3 });
  });

  it('floors the spread at 1 and ignores articles outside the window', () => {
    expect(surgeStatistic([...inWeek(0, 3), ...inWeek(-9, 40), ...inWeek(1, 7)])).toEqual({
      count: 3,
      baseline: 0,
      zScore: 3,
    });
  });

  it('needs both z >= 2 and 3 articles', () => {
    expect([
      isSurge({ count: 3, baseline: 0, zScore: 3 }),
      isSurge({ count: 2, baseline: 0, zScore: 2 }),
      isSurge({ count: 9, baseline: 8, zScore: 1 }),
    ]).toEqual([true, false, false]);
  });
});

describe('watchWords', () => {
  it('keeps at most 8 distinct lower-cased words', () => {
    expect(watchWords('Hacking EMPIRE, hacking! a b c d e f g h')).toEqual([
      'hacking',
      'empire',
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });
});

describe('searchMatch', () => {
  const text = 'The weather was fine. The hacking empire struck again, it said. Nothing else.';

  it('gives the sentence holding the first word', () => {
    expect(searchMatch(['empire', 'hacking'], 'Title', text)).toEqual({
      sentence: 'The hacking empire struck again, it said.',
      start: 22,
      end: 63,
    });
  });

  it('needs every word, in the title or the text', () => {
    expect([
      searchMatch(['empire', 'missing'], 'Title', text),
      searchMatch(['title', 'empire'], 'Title', text)?.start,
    ]).toEqual([undefined, 22]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDatesInContext, type DateContext } from './dates';

/** The sentences of one article, in order, sharing their context as the event extractor does. */
function article(sentences: readonly string[], pub: string): string[][] {
  const context: DateContext = {};
  return sentences.map((s) =>
    findDatesInContext(s, pub, context).map((d) => `${d.date} ${d.precision} ${d.text}`),
  );
}

describe('findDates in stories of the past', () => {
  it('counts `last year` inside an anecdote from the anecdote’s year', () => {
    expect(
      article(
        [
          'One day in June Juche 102 (2013), Kim Jong Un visited a factory.',
          'After learning how many wild fruits were picked by the factory last year, he said it was difficult.',
        ],
        '2024-07-01',
      ),
    ).toEqual([['2013-06-01 month in June Juche 102 (2013)'], ['2012-01-01 year last year']]);
  });

  it('keeps `last year` the year before publication outside an anecdote', () => {
    expect(
      article(
        ['The war broke out in 1950.', 'Last year the U.S. staged more exercises than ever.'],
        '2024-07-01',
      ),
    ).toEqual([['1950-01-01 year in 1950'], ['2023-01-01 year Last year']]);
  });

  it('dates a day spoken of as what it was to the anniversary’s happening', () => {
    expect(
      article(
        [
          'Lectures were given on the occasion of the 66th anniversary of Korea’s liberation.',
          'The chief said that Aug. 15 marked the start of the new history, praising the feats in liberating Korea.',
          'He said July 27 was the day of victory.',
        ],
        '2011-08-21',
      ),
      // Another happening's day stays a day of the publication year, as any bare day.
    ).toEqual([
      ['1945-01-01 year 66th anniversary'],
      ['1945-08-15 day Aug. 15'],
      ['2011-07-27 day July 27'],
    ]);
  });

  it('dates an anecdote’s `One <Month> day` of a written or named year to that month', () => {
    expect(
      article(
        [
          'One March day of Juche 87 (1998), General Secretary Kim Jong Il visited a farm.',
          'The union was formed in February 1946.',
          'One June day that year she met the officials again.',
        ],
        '2011-09-22',
      ),
    ).toEqual([
      ['1998-03-01 month March day of Juche 87 (1998)'],
      ['1946-02-01 month in February 1946'],
      ['1946-06-01 month June day that year'],
    ]);
  });
});

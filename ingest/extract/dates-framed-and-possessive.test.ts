import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);

describe('findDates, a date before `as a ...` and `next year’s`', () => {
  it('keeps a date after a time preposition before `as a ...`', () => {
    expect(
      dates(
        'The Korean people rose in a nationwide resistance on March 1, 1919 as a manifestation of their resentment.',
        '2011-03-01',
      ),
    ).toEqual([['1919-03-01', 'day', 'on March 1, 1919']]);
    expect(
      dates('Organized in 1961 as an opposition party, it opposed the law.', '2011-10-26'),
    ).toEqual([['1961-01-01', 'year', 'in 1961']]);
    expect(dates('One of them will be deployed in July as the first batch.', '2011-03-05')).toEqual(
      [['2011-07-01', 'month', 'in July']],
    );
  });

  it('gives no date for a date framed as a thing, nor a later year framed so', () => {
    for (const text of [
      'The Korean people celebrate February 16 as the greatest holiday of the nation.',
      'They set July 29 as a deadline for holding the negotiations.',
      'They will glorify this year as a year of great change.',
    ])
      expect(findDates(text, '2011-07-20'), text).toEqual([]);
    expect(
      dates('They will commemorate the Juche idea in 2012 as a great jubilee.', '2011-05-30'),
    ).toEqual([]);
  });

  it('dates `next year’s` happening, not what a plan is for', () => {
    expect(
      dates(
        "They would punish them in the next year's parliamentary election, they stated.",
        '2011-11-25',
      ),
    ).toEqual([['2012-01-01', 'year', 'next year']]);
    expect(
      dates("The pumping stations are planned for next year's irrigation project.", '2024-10-21'),
    ).toEqual([['2025-01-01', 'year', 'next year']]);
    for (const text of [
      "They are making preparations for next year's farming.",
      "No estimate is made in the next year's draft budget.",
    ])
      expect(findDates(text, '2011-07-22'), text).toEqual([]);
  });
});

describe('findDates, a day or month ahead in a sentence that plans it', () => {
  it('reads a day or month well after publication as the coming one after a future word', () => {
    expect(
      dates(
        'The team will have its first match with its Australian rival on Sept. 1, its Chinese rival on Sept. 3, its south Korean rival on Sept. 5 and its Thai rival on Sept. 11.',
        '2011-07-09',
      ).map(([date]) => date),
    ).toEqual(['2011-09-01', '2011-09-03', '2011-09-05', '2011-09-11']);
    expect(
      dates('The first tourist group would enter north Korea on October 15.', '2011-07-27'),
    ).toEqual([['2011-10-15', 'day', 'on October 15']]);
    expect(dates('It is busy preparing championships due in September.', '2011-02-19')).toEqual([
      ['2011-09-01', 'month', 'in September'],
    ]);
  });

  it('keeps the past bias after a past form or without a future word', () => {
    expect(dates('The U.S. will do it again, as it did on Dec. 20.', '2011-01-05')).toEqual([
      ['2010-12-20', 'day', 'on Dec. 20'],
    ]);
    expect(dates('They wound up the project in July, it said.', '2011-05-01')).toEqual([
      ['2010-07-01', 'month', 'in July'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);

describe('findDates, dates inside a quoted title', () => {
  it('skips a date without its year inside a title still open (a date in a document name)', () => {
    for (const text of [
      'It posted an article titled "Pyongyang Commemorating April 15."',
      'In another article titled "The Day of the Sun in the DPRK" the bulletin stressed his feats.',
      'It ran an excerpt under the title of "Joint editorial sets forth tasks for this year".',
      'Kuwait Times on Sept. 8 carried an article titled "Korea today".',
      'The paper carried articles under the headline of "Celebration of February 16".',
    ])
      expect(
        dates(text, '2011-09-20').filter(([, , t]) => t !== 'on Sept. 8'),
        text,
      ).toEqual([]);
  });

  it('keeps a title date with its year, an anniversary, and dates after the title closes', () => {
    expect([
      dates('It carried an article titled "Kim Jong Il, June 19, 1964".', '2011-06-24'),
      dates('It issued a bulletin titled "On 63rd anniversary of DPRK".', '2011-09-20'),
      dates('It issued its bulletin titled "Story of June 15" on June 2.', '2011-06-09'),
    ]).toEqual([
      [['1964-06-19', 'day', 'June 19, 1964']],
      [['1948-01-01', 'year', '63rd anniversary']],
      [['2011-06-02', 'day', 'on June 2']],
    ]);
  });
});

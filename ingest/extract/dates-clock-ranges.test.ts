import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);

describe('findDates, ranges whose bounds carry a clock time', () => {
  it('dates them by their start day, as a range without hours is', () => {
    expect([
      // 2011-07-28 was a Thursday.
      dates(
        'Torrential rains came down in some areas from around 00:00 Tuesday to noon Thursday.',
        '2011-07-28',
      ),
      dates('From 21:00 Sunday to 12:00 Tuesday, rainfalls hit nearly 20 areas.', '2011-08-10'),
      dates(
        'Kosong County had 50 mm rainfall from 00:00 am Sunday to 9:00 am Monday.',
        '2011-02-28',
      ),
      dates('It rained from 9 p.m. Sunday to 6 a.m. Monday.', '2011-08-08'),
    ]).toEqual([
      [['2011-07-26', 'day', 'Tuesday']],
      [['2011-08-07', 'day', 'Sunday']],
      [['2011-02-27', 'day', 'Sunday']],
      [['2011-08-07', 'day', 'Sunday']],
    ]);
  });

  it('reads `noon` as no lead word of the weekday after it', () => {
    expect(dates('The meeting ended at noon Thursday.', '2011-07-28')).toEqual([
      ['2011-07-28', 'day', 'Thursday'],
    ]);
  });

  it('keeps two separate days with hours', () => {
    expect(
      dates('It rained at 18:00 Wednesday and again at 09:00 Thursday.', '2011-08-04'),
    ).toEqual([
      ['2011-08-03', 'day', 'Wednesday'],
      ['2011-08-04', 'day', 'Thursday'],
    ]);
  });
});

describe('findDates, the year a forecast figure covers', () => {
  it('gives no date for `this year` or `next year` after a forecast figure', () => {
    expect([
      dates(
        "Cambodia's GDP is expected to grow over 8 percent this year, the minister said Thursday.",
        '2011-08-08',
      ),
      dates('Exports will rise 5 percent next year.', '2011-08-08'),
    ]).toEqual([[['2011-08-04', 'day', 'Thursday']], []]);
  });

  it('keeps `this year` of a measured figure', () => {
    expect(dates('Exports rose 5 percent this year.', '2011-08-08')).toEqual([
      ['2011-01-01', 'year', 'this year'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => `${d.date} ${d.precision}`);

describe('a centenary is the 100th anniversary, dated only with the year it falls in', () => {
  it('subtracts 100 from a year named right before it', () => {
    expect(
      dates(
        'They will build a thriving nation in 2012 marking the centenary of birth of President Kim Il Sung.',
        '2011-07-15',
      ),
      // The goal's year itself is no event (dates-goal-years.test.ts).
    ).toEqual(['1912-01-01 year']);
  });

  it('subtracts 100 from a year written after it, which it takes in', () => {
    expect(
      dates(
        'They will commemorate the centenary of birth of President Kim Il Sung in 2012 as a great jubilee.',
        '2011-08-04',
      ),
    ).toEqual(['1912-01-01 year']);
  });

  it('gives no date without such a year, or with only the publication year near it', () => {
    expect(dates('They greet the centenary of birth of the President.', '2011-12-26')).toEqual([]);
    expect(
      dates(
        'They must work hard in the general offensive this year to greet the centenary of birth of the President.',
        '2011-04-07',
      ),
    ).toEqual(['2011-01-01 year']);
  });

  it('is no anniversary without `of` (a history, an age)', () => {
    expect(dates('The centenary history of Juche in 2012 is glorious.', '2011-12-09')).toEqual([
      '2012-01-01 year',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);

// Rules found by the round-2 blind event sample (ingest/eval/blind/events-2026-12e.json).
describe('findDates, round-2 blind sample rules', () => {
  it('dates an anniversary to a day written with its own year before it', () => {
    expect([
      dates(
        'greetings on the occasion of October 10, 2024, the 79th founding anniversary of the WPK.',
        '2024-10-09',
      ),
      dates('He was born on June 25, 1950, the 5th anniversary of liberation.', '2011-03-08'),
    ]).toEqual([
      [
        ['2024-10-10', 'day', 'of October 10, 2024'],
        ['1945-10-10', 'day', '79th founding anniversary'],
      ],
      [
        ['1950-06-25', 'day', 'on June 25, 1950'],
        ['2006-01-01', 'year', '5th anniversary'],
      ],
    ]);
  });

  it('drops the year a forecast figure covers, not a past figure or a plan', () => {
    expect([
      dates('The GDP will grow 3.2 percent in 2011, a report said Thursday.', '2011-11-08'),
      dates('Emission is to be cut under a target of 26 percent in 2020.', '2011-08-28'),
      dates('The price of maize jumped 160 percent in 2010.', '2011-09-24'),
      dates('The exhibition will open in 2012.', '2011-09-24'),
    ]).toEqual([
      [['2011-11-03', 'day', 'Thursday']],
      [],
      [['2010-01-01', 'year', 'in 2010']],
      [['2012-01-01', 'year', 'in 2012']],
    ]);
  });

  it('dates a competition named with its year after the name, not any year after a noun', () => {
    expect([
      dates("They took part in the EAFF U-15 Women's Championship 2024.", '2024-08-29'),
      dates("Jo was named best player at the AFC Women's Asian Cup 2010.", '2011-01-10'),
      dates('It adopted Resolution 2087 of the Security Council.', '2013-01-25'),
    ]).toEqual([[['2024-01-01', 'year', '2024']], [['2010-01-01', 'year', '2010']], []]);
  });
});

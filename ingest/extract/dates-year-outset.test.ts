import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);

describe('findDates, the outset, beginning or end of the year', () => {
  it('dates them to the publication year, at year precision', () => {
    expect([
      dates(
        'Japan and the U.S. kicked off joint exercises at the outset of the year.',
        '2011-03-05',
      ),
      dates('Nearly 60,000 people have visited it From the beginning of the year.', '2011-04-21'),
      dates('The group has touted it since the very beginning of the year.', '2011-02-11'),
      dates('The units were to expire at the end of the year.', '2024-09-21'),
      dates('Prices rose early in the year.', '2011-06-01'),
    ]).toEqual([
      [['2011-01-01', 'year', 'at the outset of the year']],
      [['2011-01-01', 'year', 'From the beginning of the year']],
      [['2011-01-01', 'year', 'since the very beginning of the year']],
      [['2024-01-01', 'year', 'at the end of the year']],
      [['2011-01-01', 'year', 'early in the year']],
    ]);
  });

  it('leaves deadlines, range ends and a written year to their own rules', () => {
    expect([
      dates('We expect by the end of the year to have 1 400 tourists.', '2011-08-08'),
      dates('The measure will be extended until the end of the year.', '2011-09-19'),
      dates('The book began to be compiled from the end of the year 1424.', '2011-12-12'),
      dates('They fulfilled the plan for the first half of the year.', '2011-07-02'),
    ]).toEqual([[], [], [['1424-01-01', 'year', 'the year 1424']], []]);
  });
});

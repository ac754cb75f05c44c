import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);

describe('findDates, the year of a goal and a year before a noun', () => {
  it('gives no date for the later year a goal is set for', () => {
    for (const text of [
      'All the people are advancing to fling open the gate of a thriving nation in 2012.',
      'Let us wage a general offensive for a great victory in 2012!',
      'It opens a prospect for the country to rank itself among the advanced countries in 2020.',
      'They strove for ushering in a fresh heyday in 2012 at any cost.',
    ])
      expect(findDates(text, '2011-07-12'), text).toEqual([]);
  });

  it('keeps a later year that times a happening, and a goal reached in the past', () => {
    expect([
      dates('The world conference will be held in Pyongyang in 2012.', '2011-05-25'),
      dates('They won a great victory in 1953.', '2011-07-27'),
    ]).toEqual([[['2012-01-01', 'year', 'in 2012']], [['1953-01-01', 'year', 'in 1953']]]);
  });

  it('dates a happening named with its year after `a`, not a covered period or a count', () => {
    expect([
      dates('A 2024 teaching design contest took place.', '2024-08-03'),
      dates('The Lao government made public a 2015 national strategy.', '2011-09-03'),
      dates('The police mobilized a 1500-strong force.', '2011-09-03'),
    ]).toEqual([[['2024-01-01', 'year', 'A 2024']], [], []]);
  });
});

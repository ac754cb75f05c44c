import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);

// Rules found by the round-9 blind event sample (ingest/eval/blind/events-2026-12m.json).
describe('findDates, round-9 blind sample rules', () => {
  it("dates a periodical's issue named by its month, a double issue by its first month", () => {
    expect([
      dates('A German paper in its October issue carried the gist of the work.', '2011-10-10'),
      dates('The confederation issued the November issue of bulletin "Thongil".', '2011-12-07'),
      dates('The February-March issue of the paper Proletarian carried an article.', '2011-02-21'),
      dates('The work was printed in October.', '2011-10-10'),
      dates('October is a month of harvest.', '2011-10-10'),
    ]).toEqual([
      [['2011-10-01', 'month', 'October']],
      [['2011-11-01', 'month', 'November']],
      [['2011-02-01', 'month', 'February']],
      [['2011-10-01', 'month', 'in October']],
      [],
    ]);
  });

  it('dates a name opened by its year at the start of a sentence unless the sentence dates it finer', () => {
    expect([
      dates("The 2024 National Schoolchildren's Games closed.", '2024-09-04'),
      dates(
        'Pyongyang, October 12 (KCNA) -- The 2024 Intellectual Property Development Exhibition closed in the DPRK.',
        '2024-10-12',
      ),
      dates(
        'The 2024 Autumn Bowling Amateurs Tournament took place on September 11.',
        '2024-09-13',
      ),
      dates('The 2012 budget was adopted. The 1500 workers came.', '2011-12-20'),
    ]).toEqual([
      [['2024-01-01', 'year', 'The 2024']],
      [
        ['2024-10-12', 'day', 'October 12'],
        ['2024-01-01', 'year', 'The 2024'],
      ],
      [['2024-09-11', 'day', 'on September 11']],
      [],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);

describe('findDates, the New Year as a holiday of certain date', () => {
  it('dates the New Year greeted on its day: the year written after it, else the nearest', () => {
    expect([
      dates(
        'He received messages on the occasion of the New Year, Juche 113 (2024).',
        '2024-01-16',
      ),
      dates('The stamp greets the New Year Juche 101 (2012).', '2011-12-31'),
      dates('A performance in celebration of the New Year 2024 is going on.', '2024-01-02'),
      dates('A friendship meeting was held on the occasion of the New Year.', '2011-01-13'),
      dates('The family sent a basket on the New Year.', '2011-12-30'),
    ]).toEqual([
      [['2024-01-01', 'day', 'on the occasion of the New Year, Juche 113 (2024)']],
      [['2012-01-01', 'day', 'the New Year Juche 101 (2012)']],
      [['2024-01-01', 'day', 'the New Year 2024']],
      [['2011-01-01', 'day', 'on the occasion of the New Year']],
      [['2012-01-01', 'day', 'on the New Year']],
    ]);
  });

  it('is no day as the year, a modifier or a lower-case new year', () => {
    for (const text of [
      'They will usher in prosperity in the New Year, too.',
      'The joint New Year editorial set the tasks.',
      'They gave a performance on the New Year Day every year.',
      'Banquets were held in celebration of the new year 2024.',
    ])
      expect(findDates(text, '2011-01-20'), text).toEqual([]);
  });
});

describe('findDates, other holidays of certain date', () => {
  it('dates the Foundation Day of Korea to its October 3', () => {
    expect(dates('An event took place to mark the Foundation Day of Korea.', '2024-10-04')).toEqual(
      [['2024-10-03', 'day', 'Foundation Day of Korea']],
    );
  });
});

import { describe, expect, it } from 'vitest';
import { findSpanishDatesInContext } from './dates-es';

const dates = (text: string, pub: string) =>
  findSpanishDatesInContext(text, pub, {}).map((d) => [d.date, d.precision, d.explicitYear]);

// events-2026-12q article 13: the year written after a bracketed holiday day is that day's year.
describe('a bracketed day with its year after the bracket', () => {
  it('dates `el Día del Sol (15 de abril) de 2012` to that year', () => {
    expect(
      dates(
        'la voluntad de conmemorar solemnemente el Día del Sol (15 de abril) de 2012.',
        '2011-04-20',
      ),
    ).toEqual([['2012-04-15', 'day', true]]);
    expect(dates('la celebración del Día del Sol ( 15 de abril ) del 2012', '2011-05-19')).toEqual([
      ['2012-04-15', 'day', true],
    ]);
  });

  it('keeps a bracketed day with no year after it past-biased', () => {
    expect(dates('el Día del Sol (15 de abril).', '2011-04-20')).toEqual([
      ['2011-04-15', 'day', false],
    ]);
  });

  it('does not carry a year over a bracket that closes something opened earlier', () => {
    expect(dates('la fiesta (celebrada el 15 de abril) de 2012', '2011-04-20')).toEqual([
      ['2011-04-15', 'day', false],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { findSpanishDatesInContext } from './dates-es';
import { extractEvents } from './events';
import { splitSentences } from './sentences';

const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);
const spanish = (text: string, pub: string) =>
  findSpanishDatesInContext(text, pub, {}).map((d) => [d.date, d.precision, d.text]);
const events = (text: string, pub: string) =>
  extractEvents(text, splitSentences(text), [], pub).map((e) => `${e.date}|${e.precision}`);

describe('date forms the round-3 blind sample found', () => {
  it('reads an abbreviated month that touches its day', () => {
    expect([
      dates('a march scheduled for Nov.16.', '2024-11-04'),
      dates('Events took place between Feb.10 and 12.', '2011-02-22'),
      dates('No.16 was sent.', '2011-02-22'),
    ]).toEqual([[['2024-11-16', 'day', 'Nov.16']], [['2011-02-10', 'day', 'Feb.10']], []]);
  });

  it('dates a month range opened by between to its start, a planned one to the coming start', () => {
    expect([
      dates('It was confiscated between January and August this year.', '2011-09-27'),
      dates('Rounds will be held between February and March.', '2011-01-22'),
      dates('They were out of work between June and August.', '2011-10-15'),
    ]).toEqual([
      [['2011-01-01', 'month', 'between January and August this year']],
      [['2011-02-01', 'month', 'between February and March']],
      [['2011-06-01', 'month', 'between June and August']],
    ]);
  });

  it('counts a day written with its Juche year as dating the year, so an anniversary year is its copy', () => {
    expect(
      events(
        'A meeting marked the 30th anniversary of the work. The work, published on February 2, Juche 70 (1981), is a guideline.',
        '2011-02-01',
      ),
    ).toEqual(['1981-02-02|day']);
  });

  it('refers a later "that year" to a day written with its Juche year', () => {
    expect(
      events(
        'The stamps came out on March 12, Juche 35 (1946). One was issued for August 15 that year.',
        '2011-03-21',
      ),
    ).toEqual(['1946-03-12|day', '1946-08-15|day']);
  });

  it('reads a Spanish month "que viene" as the coming one', () => {
    expect([
      spanish('En septiembre que viene, Pyongyang sera la sede.', '2011-03-04'),
      spanish('el ejercicio programado para julio que viene', '2011-06-20'),
      spanish('comenzará el día primero de agosto que viene.', '2011-07-30'),
      spanish('la reunión de enero que viene', '2011-12-10'),
      spanish('el 5 de diciembre que viene', '2011-12-10'),
    ]).toEqual([
      [['2011-09-01', 'month', 'En septiembre que viene']],
      [['2011-07-01', 'month', 'julio que viene']],
      [['2011-08-01', 'day', 'el día primero de agosto que viene']],
      [['2012-01-01', 'month', 'enero que viene']],
      [['2012-12-05', 'day', 'el 5 de diciembre que viene']],
    ]);
  });
});

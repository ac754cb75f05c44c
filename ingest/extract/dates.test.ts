import { describe, expect, it } from 'vitest';
import { findDateline, findDates, jucheToGregorian } from './dates';

const PUB = '2021-08-01';
const one = (text: string, pub = PUB) => {
  const found = findDates(text, pub);
  expect(found).toHaveLength(1);
  const [d] = found;
  if (d === undefined) throw new Error('no date');
  return d;
};

describe('findDates', () => {
  it('resolves a month and day against the publication year', () => {
    const d = one('On July 19, the forces blamed China.');
    expect(d).toMatchObject({ date: '2021-07-19', precision: 'day', text: 'On July 19' });
  });

  it('puts a day far after publication in the previous year (past bias)', () => {
    expect(one('on Dec. 28 they met', '2022-01-10').date).toBe('2021-12-28');
    expect(one('on Aug. 3 they will meet', PUB).date).toBe('2021-08-03');
  });

  it('reads relative years and months', () => {
    expect(one('occurred early this year')).toMatchObject({
      date: '2021-01-01',
      precision: 'year',
    });
    expect(one('visited last year')).toMatchObject({ date: '2020-01-01', precision: 'year' });
    expect(one('a survey in late March')).toMatchObject({ date: '2021-03-01', precision: 'month' });
    expect(one('in October last year')).toMatchObject({ date: '2020-10-01', precision: 'month' });
  });

  it('reads explicit dates, years and decades', () => {
    expect(one('the war started on June 25, 1950')).toMatchObject({
      date: '1950-06-25',
      precision: 'day',
    });
    expect(one('in September 1950')).toMatchObject({ date: '1950-09-01', precision: 'month' });
    expect(one('it happened in 1950')).toMatchObject({ date: '1950-01-01', precision: 'year' });
    expect(one('defeats in the 1950s')).toMatchObject({
      date: '1950-01-01',
      dateEnd: '1959-12-31',
      precision: 'year',
    });
  });

  it('reads Juche years (Juche 1 = 1912)', () => {
    expect(jucheToGregorian(110)).toBe(2021);
    expect(one('Juche 110 marks')).toMatchObject({ date: '2021-01-01', precision: 'year' });
    expect(one('[Juche113.6.11.]', '2024-06-11')).toMatchObject({
      date: '2024-06-11',
      isPublicationDay: true,
    });
  });

  it('reads a day dated by its Juche year as one day', () => {
    // Not January 29 of the publication year plus a separate year 2003.
    expect(findDates('published on January 29, Juche 92 (2003), it', '2011-02-03')).toMatchObject([
      { date: '2003-01-29', precision: 'day' },
    ]);
    expect(one('on July 2, Juche 110', '2024-01-01')).toMatchObject({ date: '2021-07-02' });
  });

  it('resolves weekdays to the latest such day and flags the publication day', () => {
    // 2011-12-20 was a Tuesday.
    expect(one('CCTV Monday reported', '2011-12-20').date).toBe('2011-12-19');
    expect(one('Papers Tuesday say', '2011-12-20').isPublicationDay).toBe(true);
  });

  it('splits `Oct. 28 and 31` into two days', () => {
    const found = findDates('statements on Oct. 28 and 31 in support', '2011-11-06');
    expect(found.map((d) => d.date)).toEqual(['2011-10-28', '2011-10-31']);
  });

  it('uses the last written year for `that year`', () => {
    const found = findDates(
      'from September 1950. A doctor came on December 1 that year.',
      '2011-06-27',
    );
    expect(found.map((d) => d.date)).toEqual(['1950-09-01', '1950-12-01']);
  });

  it('skips named dates, bare modal May and future deadlines', () => {
    expect(findDates('implementing the September 19 joint statement', '2011-11-06')).toEqual([]);
    expect(findDates('They May Day', PUB)).toEqual([]);
    expect(findDates('oust him within this year', PUB)).toEqual([]);
    expect(findDates('found in Jangphung County', PUB)).toEqual([]);
  });

  it('reads a month range', () => {
    expect(one('From January to June this year, 229 cases', '2024-10-01')).toMatchObject({
      date: '2024-01-01',
      dateEnd: '2024-06-30',
      precision: 'month',
    });
  });
});

describe('findDateline', () => {
  it('finds the KCNA dateline', () => {
    const text = 'Pyongyang, July 13 (KCNA) -- Japan continues.';
    const span = findDateline(text);
    expect(span).toBeDefined();
    expect(text.slice(span?.end)).toBe('Japan continues.');
  });

  it('returns undefined without one', () => {
    expect(findDateline('On July 19, the forces blamed China.')).toBeUndefined();
  });
});

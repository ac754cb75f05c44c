import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';
import { findDatesInContext } from './dates';
import { extractEvents } from './events';
import { splitSentences } from './sentences';

const gazetteer = buildGazetteer();
const events = (text: string, pub: string, skipBefore = 0) =>
  extractEvents(text, splitSentences(text), findActorMentions(text, gazetteer), pub, skipBefore);

describe('extractEvents', () => {
  it('turns a dated sentence into an event with its actors and date phrase', () => {
    const [e, ...rest] = events(
      'On July 19, the U.S., EU and NATO blamed China for the attack on Microsoft.',
      '2021-08-01',
    );
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      date: '2021-07-19',
      precision: 'day',
      dateText: 'On July 19',
      actorKeys: [
        'country:united-states',
        'organization:european-union',
        'organization:nato',
        'country:china',
        'organization:microsoft',
      ],
    });
    expect(e?.evidence).toMatchObject({ start: 0, extractor: 'events/date-sentence' });
  });

  it('skips the publisher’s own act of publishing but keeps questions put to it', () => {
    const text =
      'Pyongyang, October 17 (KCNA) -- KCNA reported on October 16 that the roads were blocked. ' +
      'The General Staff took the measure on Oct. 15. ' +
      'A spokesman answered a question put by KCNA on Wednesday.';
    const start = text.indexOf('KCNA reported');
    // 2024-10-17 was a Thursday.
    expect(events(text, '2024-10-17', start).map((e) => [e.date, e.dateText])).toEqual([
      ['2024-10-15', 'on Oct. 15'],
      ['2024-10-16', 'on Wednesday'],
    ]);
  });

  it('skips, without a dateline, the act of the publisher the corpus names', () => {
    const kcna = ['KCNA', 'Korean Central News Agency'];
    const fromKcna = (text: string, pub: string) =>
      extractEvents(
        text,
        splitSentences(text),
        findActorMentions(text, gazetteer),
        pub,
        0,
        findDatesInContext,
        kcna,
      ).map((e) => [e.date, e.dateText]);
    // 2011-12-26 was a Monday, 2011-10-27 a Thursday.
    expect(
      fromKcna(
        'The Korean Central News Agency released a report Monday on the general offensive. ' +
          'The offensive began on January 3.',
        '2011-12-26',
      ),
    ).toEqual([['2011-01-03', 'on January 3']]);
    expect(
      fromKcna(
        'The Korean Central News Agency issued a detailed report on the modernization of the ' +
          'complex on Wednesday. Xinhua released a report on Tuesday.',
        '2011-10-27',
      ),
    ).toEqual([['2011-10-25', 'on Tuesday']]);
    // A day the report's subject names with its year is no date of the act; another publisher's
    // report is a cited act.
    expect(
      fromKcna(
        'KCNA released a report on the massacre committed on October 17, 1950.',
        '2011-10-27',
      ),
    ).toEqual([['1950-10-17', 'on October 17, 1950']]);
    expect(
      events('The Korean Central News Agency released a report Monday.', '2011-12-26'),
    ).toHaveLength(1);
  });

  it("dates a body's founding once when a lower ordinal of its anniversary was an earlier year's", () => {
    const text =
      "The library issued bulletins on the 66th anniversary of the Workers' Party of Korea. " +
      'It edited photos on the military parade celebrating the 65th anniversary of the WPK. ' +
      'The DPRK marked the 63rd anniversary of the DPRK.';
    expect(events(text, '2011-10-08').map((e) => [e.date, e.dateText])).toEqual([
      ['1945-01-01', '66th anniversary'],
      ['1948-01-01', '63rd anniversary'],
    ]);
    // Ordinals far apart are two anniversaries, each its own happening.
    expect(
      events(
        "It marked the 65th anniversary of the WPK and the 10th anniversary of the WPK's Conference.",
        '2010-10-10',
      ).map((e) => e.date),
    ).toEqual(['1945-01-01', '2000-01-01']);
  });

  it('skips the dateline but keeps a cited paper dated to the publication day', () => {
    const text =
      'Pyongyang, July 13 (KCNA) -- Papers Tuesday say the drills of July 10 were provocative.';
    // 2021-07-13 was a Tuesday.
    const out = events(text, '2021-07-13', 28);
    expect(out.map((e) => [e.date, e.dateText])).toEqual([
      ['2021-07-13', 'Tuesday'],
      ['2021-07-10', 'of July 10'],
    ]);
  });

  it("dates a spokesman's answer by its weekday and skips the publisher's date stamp", () => {
    const text =
      'The spokesman for the Foreign Ministry of the DPRK answered a question raised by KCNA on Wednesday as regards the U.S. sanctions.\n[Juche113.6.12.]';
    // 2024-06-12 was a Wednesday.
    expect(events(text, '2024-06-12').map((e) => [e.date, e.precision])).toEqual([
      ['2024-06-12', 'day'],
    ]);
  });

  it('never merges two occasions a day apart', () => {
    const out = events(
      'The delegation arrived in Moscow on Monday and held talks with Russian officials on Tuesday.',
      '2024-11-06',
    );
    expect(out.map((e) => e.date)).toEqual(['2024-11-04', '2024-11-05']);
  });

  it('drops an anniversary year when the article dates the same happening to the day', () => {
    const out = events(
      'The association held a meeting on July 27, the 71st anniversary of the victory in the war. Speakers celebrated the 71st anniversary of the victory.',
      '2024-07-30',
    );
    expect(out.map((e) => [e.date, e.precision])).toEqual([
      ['2024-07-27', 'day'],
      ['1953-07-27', 'day'],
    ]);
  });

  it('keeps `N years ago` beside the day an anniversary gives the same happening', () => {
    const out = events(
      'The April 19 Popular Uprising that broke out 51 years ago created a new history. A commemoration marked the 51st anniversary of the uprising.',
      '2011-04-23',
    );
    expect(out.map((e) => [e.date, e.precision])).toEqual([
      ['1960-01-01', 'year'],
      ['1960-04-19', 'day'],
    ]);
  });

  it('resolves relative days inside a quoted document against the document’s day', () => {
    const text =
      'Hangyore on June 3 carried an editorial.\nThe editorial said:\nThe minister told the parliament yesterday that it was aimed at apology.';
    expect(events(text, '2011-06-09').map((e) => [e.date, e.dateText])).toEqual([
      ['2011-06-03', 'on June 3'],
      ['2011-06-02', 'yesterday'],
    ]);
    // Without the document's day, `yesterday` is the day before publication.
    expect(
      events(
        'The minister told the parliament yesterday that it was aimed at apology.',
        '2011-06-09',
      ).map((e) => e.date),
    ).toEqual(['2011-06-08']);
  });

  it('carries `the same year` across sentences to the last year named', () => {
    const out = events(
      'The war broke out in 1950 and an armistice was signed in 1953. In October of the same year the U.S. concluded a treaty with south Korea.',
      '2011-10-01',
    );
    expect(out.map((e) => [e.date, e.precision])).toEqual([
      ['1950-01-01', 'year'],
      ['1953-01-01', 'year'],
      ['1953-10-01', 'month'],
    ]);
  });

  it('keeps coarse precision and ranges', () => {
    const out = events(
      'It happened in 1950-1953. The attack occurred early this year.',
      '2021-08-01',
    );
    expect(out.map((e) => [e.date, e.precision, e.dateEnd])).toEqual([
      ['1950-01-01', 'year', '1953-12-31'],
      ['2021-01-01', 'year', undefined],
    ]);
  });

  it('cuts long sentences to the clause around the date', () => {
    const long = `${'The region saw tension, '.repeat(8)}and on June 17 marines fired at a plane, ${'which was condemned, '.repeat(6)}the paper said.`;
    const [e] = events(long, '2011-06-25');
    expect(e?.description.length).toBeLessThanOrEqual(240);
    expect(e?.description).toContain('June 17');
  });
});

import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
const citedKeys = (text: string): string[] => [
  ...new Set(
    extract({
      title: 'Test',
      text,
      date: '2011-08-24',
      language: 'en',
      sourceName: 'KCNA',
      origin: { location: 'agency-entries.test' },
    }).citations.map((c) => c.outletKey),
  ),
];

// `Department of X` opens no name in the organization pattern (it is an organ of X), so the U.S.
// departments the articles cite are gazetteer entries; so are other forms of a citable body's name, and outlets the pool cites that no list knew.
describe('gazetteer agencies as cited sources', () => {
  it.each([
    [
      'according to an analysis released by',
      'Emissions increased by 3.9 percent, according to an online analysis released on August 18 by the U.S. Department of Energy.',
      ['organization:u-s-department-of-energy'],
    ],
    [
      'according to the survey of',
      'Students are tormented by rascals, according to the survey of the U.S. Department of Justice.',
      ['organization:u-s-department-of-justice'],
    ],
    [
      'the long form takes the short form key',
      'The federal budgetary deficit tripled in July, the U.S. Department of Treasury said on August 10.',
      ['organization:treasury-department'],
    ],
    [
      'the European Union Commission is the European Commission',
      'Economic sentiment fell by 3.4 points in August in eurozone, the European Union Commission said on Thursday.',
      ['organization:european-commission'],
    ],
    [
      'Radio Reloj listed with Prensa Latina',
      'The Prensa Latina News Agency and Radio Reloj also reported the news of the military exercises on the same day.',
      ['outlet:prensa-latina', 'outlet:radio-reloj'],
    ],
    [
      "Cambodia's FM 90.5 radio",
      "Cambodia's FM 90.5 radio on Mar. 1 aired comments on the aggravating situation of the Korean Peninsula.",
      ['outlet:fm-90-5'],
    ],
    [
      'F.M. 90.5 spelt with a space',
      'The F.M. 90.5 Radio of Cambodia on April 15 in a program praised Kim Il Sung for founding the Juche idea.',
      ['outlet:fm-90-5'],
    ],
    [
      "Uruguay's Radio Centenario by its full name, not a person C. Equis",
      'On the same day the C. Equis 36 Radio Centenario of Uruguay introduced in detail Mangyongdae.',
      ['outlet:radio-centenario'],
    ],
    [
      'SAPA by its full name',
      'Eskom has received a loan, the South African Press Association (SAPA) reported on Friday.',
      ['outlet:sapa'],
    ],
    [
      'a bare Defense Department is the Pentagon (every bare one in the pool is the U.S. one)',
      'At least 1 640 members of the U.S. military had died in Afghanistan, according to the Defense Department tally.',
      ['organization:pentagon'],
    ],
    [
      'a department act is not words',
      'It was confirmed on May 21 that the U.S. Department of Energy made two tests of new form.',
      [],
    ],
  ])('%s', (_, text, want) => {
    expect(citedKeys(text)).toEqual(want);
  });
});

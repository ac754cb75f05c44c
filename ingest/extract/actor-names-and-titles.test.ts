import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('name suffixes: a party qualifier, a school or station number', () => {
  it('keeps a parenthesised qualifier in a party name, so two factions stay two', () => {
    expect(
      keys(
        'It came from the general secretary of the C.C., Nepal Communist Party (Marxist-Leninist), ' +
          'the chairperson of the Nepal Communist Party (United Socialism) and the leader of the ' +
          'Communist Party of Chile (Proletarian Action).',
      ),
    ).toEqual([
      'country:nepal',
      'organization:nepal-communist-party-marxist-leninist',
      'organization:nepal-communist-party-united-socialism',
      'organization:communist-party-of-chile-proletarian-action',
      'country:chile',
    ]);
  });

  it('reads an of-place after the qualifier, but no acronym or country in brackets', () => {
    expect(
      keys(
        'The Communist Party (Marxist-Leninist) of Bangladesh met. The Communist Party of India ' +
          '(CPI) met. The National Socialist Party (Romania) met.',
      ),
    ).toEqual([
      'organization:communist-party-marxist-leninist-of-bangladesh',
      'country:bangladesh',
      'organization:communist-party-of-india',
      'country:india',
      'organization:national-socialist-party',
      'country:romania',
    ]);
  });

  it('keeps a number after a school or power station, but not after a bare head', () => {
    expect(
      keys(
        'They toured Moranbong Secondary School No. 1. Suan Youth Power Station No. 2 went into ' +
          'operation. Power Station No. 3 started operation.',
      ),
    ).toEqual([
      'organization:moranbong-secondary-school-no-1',
      'organization:suan-youth-power-station-no-2',
    ]);
  });

  it('leaves a numbered power station a place where it does not act', () => {
    expect(keys('They visited the Ryongrim Dam of Huichon Power Station No. 1 on Friday.')).toEqual(
      [],
    );
  });
});

describe('gazetteer entries from the code-blind actor sample (seed 20261233)', () => {
  it('knows the Panmunjom Mission, with the KPA named inside it', () => {
    expect(keys("The Panmunjom Mission of the Korean People's Army sent an open letter.")).toEqual([
      'organization:panmunjom-mission-of-the-korean-peoples-army',
      'organization:korean-peoples-army',
    ]);
  });

  it("reads the Workers' Party of Korea Central Committee as the WPK Central Committee", () => {
    expect(
      keys("The trust of the great Workers' Party of Korea Central Committee is shining."),
    ).toContain('organization:wpk-central-committee');
  });

  it('takes the Sci-Tech Complex for a building and the Al Ahd al Watani Party whole', () => {
    expect(
      keys(
        'A presentation took place at the Sci-Tech Complex. The general secretary of the Al Ahd ' +
          'al Watani Party of Syria sent a message.',
      ),
    ).toEqual(['organization:al-ahd-al-watani-party-of-syria', 'country:syria']);
  });
});

describe('titles from the code-blind actor sample', () => {
  it('reads secretary general of and coordinator of as titles, whose organs are dropped', () => {
    expect(
      keys(
        'Present were the secretary general of the National Guidance Council of the Pioneer Party ' +
          'of Indonesia and the general coordinator of the Federal Political Secretariat of the ' +
          'United Left Party of Venezuela.',
      ),
    ).toEqual([
      'organization:pioneer-party-of-indonesia',
      'country:indonesia',
      'organization:united-left-party-of-venezuela',
      'country:venezuela',
    ]);
  });

  it('keeps an organ that acts beside its title mentions', () => {
    expect(
      keys(
        'The National Guidance Council of the Pioneer Party of Indonesia issued a statement. Its ' +
          'secretary general of the National Guidance Council of the Pioneer Party spoke.',
      ),
    ).toContain('organization:national-guidance-council-of-the-pioneer-party-of-indonesia');
  });
});

describe('the Baath party', () => {
  it("reads Syria's Baath Arab Socialist Party as the listed party and Syria", () => {
    expect(
      keys("The deputy general secretary of Syria's Baath Arab Socialist Party sent a message."),
    ).toEqual(['country:syria', 'organization:baath-arab-socialist-party']);
  });
});

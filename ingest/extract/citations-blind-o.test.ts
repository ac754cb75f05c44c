import { describe, expect, it } from 'vitest';
import { kcnaFixture } from '../testing/kcna-article';

const { citedKeys } = kcnaFixture('2011-04-20', 'citations-blind-o.test');

// Blind sample citations-2026-12o (docs/citations.md, round 12): the misses and spurious citations
// it showed, each a form the rules decide, and the readings the fixes must leave alone.
describe('outlets the lists now know', () => {
  it.each([
    [
      'Nakhodkinski Rabochi of Russia carried an article "A happy day for all the people" on Jan. 28.',
      ['outlet:nakhodkinski-rabochi'],
    ],
    [
      'The Indian paper Defense and Humanity on April 11 carried articles titled "Great Man of Century."',
      ['outlet:defence-and-humanity'],
    ],
    [
      'On the same day the Indian paper Science, Technology and Education News carried an article on the fact that the President pursued the politics of love.',
      ['outlet:science-technology-and-education-news'],
    ],
    [
      'Voice of People and other progressive media of south Korea disclosed that the man was a detective.',
      ['outlet:voice-of-people'],
    ],
  ])('%s', (text, keys) => {
    expect(citedKeys(text)).toEqual(keys);
  });
});

describe("an outlet that only printed a person's work is its venue", () => {
  it('reminiscences, as a work', () => {
    const text =
      'The Nepali newspaper Sremik carried President Kim Il Sung\'s reminiscences "With the Century" from February 23 to March 8. ' +
      'The paper printed the full text of "Trust and Treachery" in Chapter 23 of the reminiscences. ' +
      'It also carried a picture of the President.';
    expect(citedKeys(text)).toEqual([]);
  });
  it("the passive `X's work ... was carried by Y`", () => {
    const text =
      'The third part of Leader Kim Jong Il\'s work "Let Us Carry Out the Instructions" was carried by the September 4th issue of Tribuna, newspaper of Ecuador.';
    expect(citedKeys(text)).toEqual([]);
  });
  it('an article by an outsider named after its title', () => {
    const text =
      'The Chinese newspaper People\'s Daily on October 24 carried an article titled "Let Us Carry forward Friendship" by Liu Jieyi, deputy head of the International Liaison Department.';
    expect(citedKeys(text)).toEqual([]);
  });
  it("stays cited for the paper's own article, and for news carried by passive", () => {
    expect(
      citedKeys(
        'The Nepali newspaper Sremik carried an article praising President Kim Il Sung\'s reminiscences "With the Century".',
      ),
    ).toEqual(['outlet:sremik']);
    expect(
      citedKeys(
        'The Chinese newspaper People\'s Daily on October 24 carried an article titled "Let Us Carry forward Friendship".',
      ),
    ).toEqual(['outlet:peoples-daily']);
    expect(
      citedKeys('The news of the anniversary was carried by the September 4th issue of Tribuna.'),
    ).toEqual(['outlet:tribuna']);
  });
});

describe('an unnamed official does not speak for the body', () => {
  it.each([
    'On August 31 an officer concerned of the puppet Police Agency disclosed that at least 490 police troops would be hurled into the island.',
    'An official concerned of the U.S. Department of State recently asserted that the DPRK is a threat.',
    'The chief of the Police Agency appeared at the police station and blustered that he would more strongly deal with the actions.',
    'The number of tourists is likely to increase in the DPRK this year, said an official of the State General Bureau of Tourism.',
  ])('%s', (text) => {
    expect(citedKeys(text)).toEqual([]);
  });
  it('a spokesman still does, and so does the body itself', () => {
    expect(
      citedKeys(
        'A spokesman for the Police Agency disclosed that 490 police troops would be hurled into the island.',
      ),
    ).toEqual(['organization:police-agency']);
    expect(
      citedKeys(
        'The Police Agency disclosed that 490 police troops would be hurled into the island.',
      ),
    ).toEqual(['organization:police-agency']);
    expect(
      citedKeys(
        'The number of tourists is likely to increase this year, said the State General Bureau of Tourism.',
      ),
    ).toEqual(['organization:state-general-bureau-of-tourism']);
  });
});

describe('pictures a body put out are its act, not its words', () => {
  it('`disclosed photos`', () => {
    expect(
      citedKeys(
        'The puppet Seoul District Police Agency disclosed photos of violence and distributed them to media outlets.',
      ),
    ).toEqual([]);
  });
  it('`disclosed that` stays its words', () => {
    expect(
      citedKeys(
        'The puppet Seoul District Police Agency disclosed that citizens committed violence.',
      ),
    ).toEqual(['organization:seoul-district-police-agency']);
  });
});

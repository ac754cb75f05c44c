import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
const read = (text: string) =>
  extract({
    title: 'Test',
    text,
    date: '2011-06-17',
    language: 'en',
    sourceName: 'KCNA',
    origin: { location: 'citations-subjects.test' },
  });
/** `key|how` per citation, in text order. */
const cites = (text: string): string[] =>
  read(text).citations.map((c) => `${c.outletKey}|${c.how}`);

describe('extractCitations: the National Defence Commission', () => {
  it('cites its spokesman’s statement', () => {
    expect(
      cites(
        'A spokesman for the National Defence Commission of the DPRK issued a statement condemning them on Monday.',
      ),
    ).toEqual(['organization:national-defence-commission|statement']);
  });

  it('cites it when others support its spokesman’s statement', () => {
    expect(
      cites(
        'Ecuadorian and Peruvian organizations extended full support to the statement of a spokesman for the National Defence Commission of the DPRK.',
      ),
    ).toEqual(['organization:national-defence-commission|statement']);
  });
});

describe('extractCitations: a parent after `under the`', () => {
  it('cites the body, not the parent it is under', () => {
    expect(
      cites(
        'A spokesman for the General Bureau of Capital Construction under the Ministry of Land and Environment Protection issued a statement on Tuesday.',
      ),
    ).toEqual(['organization:general-bureau-of-capital-construction|statement']);
  });
});

describe('extractCitations: who heads the subject', () => {
  it('gives the verb to `it` after a body named in a clause', () => {
    expect(
      cites(
        'The bodies as the prosecutor’s offices and the National Intelligence Service are what should be dismantled, it said.',
      ),
    ).toEqual([]);
  });

  it('reads no inverted subject in a `that` clause', () => {
    expect(
      cites(
        'M. Gamrul Huda, chairman of the institute, stressed that the dissolution of the Ministry of Land and Environment Protection was a mistake.',
      ),
    ).toEqual([]);
  });
});

// Coordinated outlet subjects, each item written with its own issue, descriptor or date.
describe('extractCitations: a list of papers as the subject of one verb', () => {
  it.each([
    [
      'Apsara Television and Radio Broadcasting Service and 《F.M.90.5》Radio on July 3 and 4 aired programs on the exploits of Kim Il Sung.',
      ['outlet:apsara-tv', 'outlet:fm-90-5'],
    ],
    [
      'The Myanmar paper The Voice on October 3 and the Democratic Congo paper La Prosperite on September 30 carried articles praising the might of the WPK.',
      ['outlet:the-voice', 'outlet:la-prosperite'],
    ],
    [
      'The July 4th issue of the Syrian paper Al Usubuu Al Riadih and the July issue of the Palestinian magazine Ilal Amam carried articles with portraits of the smiling President.',
      ['outlet:al-usubuu-al-riadih', 'outlet:ilal-amam'],
    ],
    [
      'Lao papers Congtap Pasason Lao and Vientiane Mai, Nepali papers Naya Kotparwa and Charcha, Indonesian paper Suara Karya and Ethiopian paper Daily Monitor carried articles with photos.',
      [
        'outlet:congtap-pasason-lao',
        'outlet:vientiane-mai',
        'outlet:naya-kotparwa',
        'outlet:charcha',
        'outlet:suara-karya',
        'outlet:daily-monitor',
      ],
    ],
    [
      "The Nepali paper Arpan, the Mexican paper Unidad Nacional, Syria's Central TV and Radio and many other media of the world gave wide publicity to the Juche idea.",
      ['outlet:arpan', 'outlet:unidad-nacional', 'outlet:central-tv'],
    ],
    [
      'The Sept. 9th issue of Pasason, the Sept. 7th issue of Congtap Pasason Lao and the Sept. 9th issue of Vientiane Mai, the Lao newspapers, carried the photo of the President.',
      ['outlet:pasason', 'outlet:congtap-pasason-lao', 'outlet:vientiane-mai'],
    ],
  ])('%s', (text, want) => {
    expect(cites(text)).toEqual(want.map((key) => `${key}|reported`));
  });
});

describe('extractCitations: an outlet named by an appositive homepage', () => {
  it('cites `People’s Website, an Internet homepage of China`', () => {
    expect(
      cites(
        "People's Website, an Internet homepage of China, posted an article, saying that snow began to fall in Pyongyang at dawn.",
      ),
    ).toEqual(['outlet:peoples-website|reported']);
  });

  it('keeps a country joined by a hyphen in the name (`Nepal-Europe`)', () => {
    expect(
      read('An article was posted on Nepal-Europe, a Nepalese Internet homepage, on Dec. 10.')
        .actors.filter((a) => a.kind === 'outlet')
        .map((a) => a.key),
    ).toEqual(['outlet:nepal-europe']);
  });
});

describe('extractCitations: a body’s second verb', () => {
  it('cites the body heading the clause when its second verb puts out words', () => {
    expect(
      cites(
        'Much upset by the frosty public gaze and media hype, the puppet Ministry of Defense slipped off its veil of ambiguity just within 24 hours and made public what it called a statement of its stand on Sunday.',
      ),
    ).toEqual(['organization:ministry-of-defense|statement']);
  });

  it('reads a first verb phrase too long for the words-noun window', () => {
    expect(
      cites(
        'The puppet Ministry of Defense toured the border for three long hours on a rainy Sunday and made public what it called a statement of its stand.',
      ),
    ).toEqual(['organization:ministry-of-defense|statement']);
  });

  it('does not cite a body that only ends the first verb phrase', () => {
    expect(
      cites(
        'A delegation of the puppet army toured the Ministry of Defense for three long hours in the morning of a rainy Sunday and made public what it called a statement of its stand.',
      ),
    ).toEqual([]);
  });

  it('does not cite the body’s second act when what it put out is no words', () => {
    expect(
      cites(
        'The puppet Ministry of Defense moved its troops near the border for three long hours on a rainy Sunday and released a map of the area.',
      ),
    ).toEqual([]);
  });
});

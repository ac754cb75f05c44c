import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
/** `key|how` per citation, in text order. */
const cites = (text: string): string[] =>
  extract({
    title: 'Test',
    text,
    date: '2011-07-06',
    language: 'en',
    sourceName: 'KCNA',
    origin: { location: 'citations-paper-names.test' },
  }).citations.map((c) => `${c.outletKey}|${c.how}`);

describe('extractCitations: papers named only by what they carried', () => {
  it('cites each paper of a subject with its own date', () => {
    expect(
      cites(
        'Nepali newspapers dedicated special write-ups to the anniversary.\n\nArpan on July 1 and Nepal Today on July 2 carried special write-ups illustrated with a photo of the President.',
      ),
    ).toEqual(['outlet:arpan|reported', 'outlet:nepal-today|reported']);
  });

  it('reads a country after `of` and a possessive country before the name', () => {
    expect(
      cites(
        'Horoya of Guinea on Sept. 5 edited an article introducing the history of the DPRK. Nepal’s Arpan on April 8 edited an article titled "Invincible Army".',
      ),
    ).toEqual(['outlet:horoya|reported', 'outlet:arpan|reported']);
  });

  it('names no paper in a plural noun or a named body', () => {
    expect(
      cites(
        'Newspapers of Russia and India carried special write-ups. The France-Korea Friendship Association on August 23 carried an article.',
      ),
    ).toEqual([]);
  });

  it('reads no second paper after a name another pass found', () => {
    expect(
      cites(
        'India Europe News and Information Bureau on September 5 carried a similar article.',
      ).some((c) => c.startsWith('outlet:information-bureau')),
    ).toBe(false);
  });
});

describe('extractCitations: a listed outlet that ends a longer name', () => {
  it('gives the longer name read off an issue its own key', () => {
    expect(
      cites(
        'The 2nd issue of Raboche-Krestiyanskaya Pravda carried an article titled "The DPRK". The article said that the DPRK is advancing.',
      ),
    ).toEqual([
      'outlet:raboche-krestiyanskaya-pravda|reported',
      'outlet:raboche-krestiyanskaya-pravda|reported',
    ]);
  });

  it('keeps the listed outlet after a country, `The` or `and`', () => {
    expect(
      cites(
        'The Cambodian AKP carried in its bulletin an article lauding the DPRK. Pravda said the talks failed.',
      ),
    ).toEqual(['outlet:akp|reported', 'outlet:pravda|reported']);
  });
});

describe('extractCitations: a ministry named only in an official’s title', () => {
  it('cites the ministry whose vice-minister made public a press statement', () => {
    expect(
      cites(
        'Kim Kang Il, vice-minister of National Defence of the DPRK, Monday made public the following press statement:\nThe U.S. must stop.',
      ),
    ).toEqual(['organization:defence-ministry-of-north-korea|statement']);
  });

  it('cites nothing when the official only acts', () => {
    expect(
      cites(
        'Kim Kang Il, vice-minister of National Defence of the DPRK, visited a unit on Monday.',
      ),
    ).toEqual([]);
  });
});

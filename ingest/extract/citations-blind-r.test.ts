import { describe, expect, it } from 'vitest';
import { kcnaFixture } from '../testing/kcna-article';

const { citedKeys } = kcnaFixture('2011-08-01', 'citations-blind-r.test');

// Blind sample citations-2026-12r (docs/citations.md, round 14).
const SIX_PAPERS = [
  'outlet:granma',
  'outlet:patriot',
  'outlet:rote-fahne',
  'outlet:suara-karya',
  'outlet:daily-monitor',
  'outlet:ilal-amam',
];

describe('a long list of papers before its verb', () => {
  it('cites every named paper, past associations’ homepages and the unnamed rest', () => {
    expect(
      citedKeys(
        'The Cuban paper Granma, the Russian paper Patriot, the German paper Rote Fahne, the Indonesian paper Suara Karya, the Ethiopian paper Daily Monitor, the Palestinian magazine Ilal Amam, the Internet homepage of the Korean Friendship Association, the Internet homepage of the International Alliance of Societies for the Study of the Juche Idea and Songun Policy in East European and Central Asian Regions and other media of various countries and international and regional organizations gave wide publicity to the feats of the President.',
      ),
    ).toEqual(SIX_PAPERS);
  });

  it('reaches a list that starts more than 200 characters before the verb', () => {
    expect(
      citedKeys(
        'The Cuban paper Granma, the Russian paper Patriot, the German paper Rote Fahne, the Indonesian paper Suara Karya, the Ethiopian paper Daily Monitor, the Palestinian magazine Ilal Amam and other media of various countries gave wide publicity to the feats.',
      ),
    ).toEqual(SIX_PAPERS);
  });

  it('does not cite the association whose homepage is listed', () => {
    expect(
      citedKeys(
        'The Korean Friendship Association, the Internet homepage of the Korean Friendship Association and other media of the world carried articles.',
      ),
    ).toEqual([]);
  });
});

describe('an official of a sub-unit speaks as a person', () => {
  it.each([
    'The director of the Bureau of Culture of the Ussuriysk City Administration, Maritime Territory of Russia, said the exhibition would help the people of the city.',
    'The deputy director of the Art and Cultural Council of the Ministry of Federal Capital Territory said Kim Jong Il has developed the WPK.',
    'An official of the Ethiopian Ministry of Health said the visit was a historic one.',
    'Good results have been made in improving the infrastructure of tourism, said a department director of the State General Bureau of Tourism.',
  ])('%s', (text) => {
    expect(citedKeys(text)).toEqual([]);
  });

  it('leaves a ministry’s information department head cited (a question for the owner)', () => {
    expect(
      citedKeys(
        'The director of the Information Department of the Ministry of Foreign Affairs of Belarus on May 12 condemned the West’s sanctions against the country.',
      ),
    ).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { kcnaFixture } from '../testing/kcna-article';

const { citedKeys } = kcnaFixture('2011-09-12', 'citations-blind-p.test');

// Blind sample citations-2026-12p (docs/citations.md, round 13): papers whose full names the
// lists now hold, so a word inside the name (`Pravda`, `Europe News`, `Education News`) is no
// longer read as a paper of its own.
describe('papers named in full', () => {
  it.each([
    [
      'The Russian paper Raboche-Krestiyanskaya Pravda No. 9 said in an article titled "DPRK" that the founding of the DPRK marked a new landmark.',
      ['outlet:raboche-krestiyanskaya-pravda'],
    ],
    [
      'India Europe News and Information Bureau on September 5 carried a similar article.',
      ['outlet:india-europe-news-and-information-bureau'],
    ],
    [
      'Science Technology and Education News on September 6 praised the feats performed by the President.',
      ['outlet:science-technology-and-education-news'],
    ],
    [
      'The Indian newspapers Science Technology and Education News and India Europe News and Information Bureau noted that the WPK has grown to be an invincible party.',
      [
        'outlet:science-technology-and-education-news',
        'outlet:india-europe-news-and-information-bureau',
      ],
    ],
  ])('%s', (text, keys) => {
    expect(citedKeys(text).sort()).toEqual([...keys].sort());
  });

  it('still reads Pravda alone as Pravda', () => {
    expect(
      citedKeys('The Russian paper Pravda carried an article. It said the DPRK is strong.'),
    ).toEqual(['outlet:pravda']);
  });
});

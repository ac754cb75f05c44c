import { describe, expect, it } from 'vitest';
import { kcnaFixture } from '../testing/kcna-article';

const { article, citedKeys } = kcnaFixture('2011-07-26', 'citations-blind-n.test');
const outletKeys = (text: string): string[] =>
  article(text)
    .actors.map((a) => a.key)
    .filter((k) => k.startsWith('outlet:'));

// Blind sample citations-2026-12n (docs/citations.md, round 11): the misses it showed, each a form
// the rules cite, and the readings the fixes must leave alone.
describe('`the paper` after an outlet named since the last citation', () => {
  it('stands for the outlet named later, not the one cited before it', () => {
    const text =
      'The AKP News Agency of Cambodia on July 19 reported about the feats of the President. ' +
      'The Indian paper Defence and Humanity on July 21 dwelt on the fact that the President beat back the enemy. ' +
      'Looking back on the history, there was no precedent, the paper said.';
    expect(citedKeys(text)).toEqual(['outlet:akp', 'outlet:defence-and-humanity']);
  });
  it('stays with the outlet cited last when no other outlet was named after it', () => {
    const text =
      'The AKP News Agency of Cambodia on July 19 reported about the feats of the President. ' +
      'The President beat back the enemy with a counter-attack. ' +
      'There was no precedent, the paper said.';
    const cited = article(text).citations.map((c) => `${c.outletKey}|${c.evidence.start}`);
    expect(cited).toHaveLength(2);
    expect(cited.every((c) => c.startsWith('outlet:akp|'))).toBe(true);
  });
});

describe('saying verbs', () => {
  it.each([
    [
      '`referred in detail to`',
      'The Indian paper Defence and Humanity on July 21 referred in detail to the fact that the President beat back the enemy.',
      ['outlet:defence-and-humanity'],
    ],
    [
      '`charged that`',
      'The Sri Lankan External Affairs Ministry on June 15 charged that the video has the potential to incite hatred.',
      ['organization:foreign-ministry-of-sri-lanka'],
    ],
    [
      '`editorially marks`',
      'Rodong Sinmun Monday editorially marks the 85th anniversary of the Down-with-Imperialism Union.',
      ['outlet:rodong-sinmun'],
    ],
    [
      'a `quoting ...` aside between a body and its verb',
      'The Ministry of Education, Culture, Sports, Science and Technology of Japan, quoting the results of the analysis of the level of cesium detected in the waters near the Fukushima Nuclear Power Plant, said that cesium was detected in the sea water.',
      ['organization:ministry-of-education-culture-sports-science-and-technology-of-japan'],
    ],
    [
      'a noun `charges that` is no verb',
      'The Pusan District Prosecutor\'s Office took this action against them on charges that they kept "enemy-benefiting literature".',
      [],
    ],
  ])('%s', (_, text, want) => {
    expect(citedKeys(text)).toEqual(want);
  });
});

describe("a state's statistics institute is a government agency", () => {
  it.each([
    [
      'Spain',
      'Industrial production fell by 4.2 percent in October, according to figures released by the Spanish National Institute of Statistics on Monday.',
      ['organization:spanish-national-institute-of-statistics'],
    ],
    [
      'Turkey',
      'The current account deficit stood at 4.2 billion U.S. dollars in October, Turkish Statistics Institute said in an announcement on Monday.',
      ['organization:turkish-statistics-institute'],
    ],
    [
      'a research institute stays uncited',
      'The Institute of Physics said the experiment had been a success.',
      [],
    ],
  ])('%s', (_, text, want) => {
    expect(citedKeys(text)).toEqual(want);
  });
});

describe("a broadcaster's generic name keeps its country", () => {
  it.each([
    [
      'The Ugandan National Radio said the dignity of the Korean people has grown.',
      ['outlet:ugandan-national-radio'],
    ],
    [
      'The Lao National Radio aired the hymn and Lao National Television telecast a program.',
      ['outlet:lao-national-radio', 'outlet:lao-national-television'],
    ],
    // A brand of its own still drops the demonym that says where the outlet is.
    ['The Israeli Haaretz Daily said the plan was dead.', ['outlet:haaretz']],
    ['The Cambodian Apsara TV stressed the point.', ['outlet:apsara-tv']],
  ])('%s', (text, want) => {
    expect(outletKeys(text)).toEqual(want);
  });
});

describe('gazetteer forms of known outlets and ministries', () => {
  it.each([
    [
      "Sri Lanka's External Affairs Ministry said the report is flawed.",
      ['organization:foreign-ministry-of-sri-lanka'],
    ],
    [
      'In Japan the Asahi TV in May 2009 disclosed that the Foreign Ministry of Japan knew it.',
      ['outlet:tv-asahi'],
    ],
    [
      'An announcer of the DPRK Central TV conveyed the news that Kim Jong Il passed away.',
      ['outlet:korean-central-tv'],
    ],
  ])('%s', (text, want) => {
    expect(citedKeys(text)).toEqual(want);
  });
});

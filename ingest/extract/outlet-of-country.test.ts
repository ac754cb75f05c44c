import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
const citedKeys = (text: string): string[] =>
  extract({
    title: 'Test',
    text,
    date: '2011-08-10',
    language: 'en',
    sourceName: 'KCNA',
    origin: { location: 'outlet-of-country.test' },
  }).citations.map((c) => c.outletKey);

// `<descriptor> of <country> <Name>`: the outlet's name follows the country it is of.
describe('an outlet introduced as the paper of a country', () => {
  it.each([
    [
      "The paper of Democratic Congo L'Avenir on August 11 carried an article with a photo of President Kim Il Sung.",
      ['outlet:lavenir'],
    ],
    [
      "Another paper of this country L'Avenir carried an article with his photo.",
      ['outlet:lavenir'],
    ],
    [
      "The paper of Democratic Congo L' Avenir on August 3 carried an article lauding his exploits.",
      ['outlet:lavenir'],
    ],
    ['TV of Equatorial Guinea showed the beaming image of Kim Il Sung.', []],
    ['The newspaper of the U.S. Army Stars and Stripes reported the drills.', []],
  ])('%s', (text, want) => {
    expect(citedKeys(text)).toEqual(want);
  });
});

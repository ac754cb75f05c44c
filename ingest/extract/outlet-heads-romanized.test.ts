import { describe, expect, it } from 'vitest';
import { kcnaFixture } from '../testing/kcna-article';

const { citedKeys } = kcnaFixture('2011-08-01', 'outlet-heads-romanized.test');

// Blind sample citations-2026-12r (docs/citations.md, round 14): Chinese papers no list knows.
describe('romanized Chinese words for a paper head its name', () => {
  it.each([
    ['Wuhan Wanbao said:\nMusic and dances added new light to the legend.', 'outlet:wuhan-wanbao'],
    ['Wuhan Sinbao noted: Dances from the opera are based on a new method.', 'outlet:wuhan-sinbao'],
    [
      'Yanbian Ribao, conveying this news on May 18, reported that the branches would transport coal.',
      'outlet:yanbian-ribao',
    ],
  ])('%s', (text, key) => {
    expect(citedKeys(text)).toEqual([key]);
  });
});

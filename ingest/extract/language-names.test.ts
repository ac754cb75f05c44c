import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('languages named by a demonym', () => {
  it('are the tongue, not a mention of the country', () => {
    expect(keys('a string of broadcasts of the Spanish-language television talk show')).toEqual([]);
    expect(keys('some pages turned to Chinese language, the paper said')).toEqual([]);
    expect(keys('The Chinese side and the Spanish government agreed.')).toEqual([
      'country:china',
      'country:spain',
    ]);
  });
});

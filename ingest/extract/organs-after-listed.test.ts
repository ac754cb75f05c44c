import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe("an organ written after its listed body's name or acronym", () => {
  it('is an actor where it acts, with its parent', () => {
    expect(
      keys(
        "Officials of the Socialist Women's Union of Korea (SWUK) met. The SWUK Central " +
          'Committee organized a political work contest.',
      ),
    ).toEqual([
      'organization:socialist-womens-union-of-korea',
      'organization:swuk-central-committee',
    ]);
  });

  it('is dropped where it only sits in a title', () => {
    expect(
      keys(
        "Officials of the Socialist Women's Union of Korea (SWUK) met. Ri, chairwoman of the " +
          'SWUK Central Committee, spoke.',
      ),
    ).toEqual(['organization:socialist-womens-union-of-korea']);
  });
});

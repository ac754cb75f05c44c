import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('two organs sharing one parent', () => {
  it('makes the first one that parent organ too, when the pair is a listed name', () => {
    expect(
      keys(
        "The Central Committee and the Central Military Commission of the Workers' Party of Korea gave a reception.",
      ),
    ).toEqual([
      'organization:wpk-central-committee',
      'organization:central-military-commission-of-the-wpk',
      'organization:workers-party-of-korea',
    ]);
    expect(
      keys(
        'invited in the name of the Central Committee and Central Military Commission of the WPK',
      ),
    ).toContain('organization:wpk-central-committee');
  });

  it('adds nothing when the first organ and the parent name no listed body', () => {
    expect(keys('The Presidium and the Secretariat of the Communist Party of Cuba met.')).toEqual([
      'organization:secretariat-of-the-communist-party-of-cuba',
      'organization:communist-party-of-cuba',
      'country:cuba',
    ]);
  });
});

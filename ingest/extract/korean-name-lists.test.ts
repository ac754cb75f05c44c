import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const people = (text: string): string[] => [
  ...new Set(
    findActorMentions(text, gazetteer)
      .filter((m) => m.entry.kind === 'person')
      .map((m) => m.entry.key),
  ),
];

describe('one-syllable Korean given names in a list of people', () => {
  it('reads each item next to a person as a person, along the whole run', () => {
    expect(
      people(
        'He placed flowers in front of the busts of O Jin U, Kim Il, Choe Chun Guk, Kang Kon, ' +
          'Kim Chaek, An Kil, Ryu Kyong Su and Choe Hyon.',
      ),
    ).toEqual([
      'person:o-jin-u',
      'person:kim-il',
      'person:choe-chun-guk',
      'person:kang-kon',
      'person:kim-chaek',
      'person:an-kil',
      'person:ryu-kyong-su',
      'person:choe-hyon',
    ]);
  });

  it('takes the evidence from the right too', () => {
    expect(people('Attending were Kim Il and Choe Chun Guk.')).toEqual([
      'person:kim-il',
      'person:choe-chun-guk',
    ]);
  });

  it('leaves a list of places alone', () => {
    expect(people('Trains ran from Hamhung, Kim Chaek and Chongjin.')).toEqual([]);
  });

  it('still needs a title or a role for a name outside a list', () => {
    expect(people('The Kim Chaek was moored there.')).toEqual([]);
  });
});

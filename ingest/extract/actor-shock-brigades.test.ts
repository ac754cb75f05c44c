import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe("KCNA's named labour bodies (docs/annotation-rules.md: organizations are named bodies)", () => {
  it('reads a named shock brigade and a provincial regiment of Party members', () => {
    expect(keys('The High-Speed Youth Shock Brigade ensured the supply of materials.')).toEqual([
      'organization:high-speed-youth-shock-brigade',
    ]);
    expect(
      keys('The February 17 Shock Brigade of Scientists and Technicians developed a concentrator.'),
    ).toEqual(['organization:february-17-shock-brigade-of-scientists-and-technicians']);
    expect(
      keys(
        'Officials of the North Phyongan Provincial Regiment of Party members are speeding up the work. ' +
          'A meeting of the Pyongyang Municipal Regiment of Party Members took place.',
      ),
    ).toEqual([
      'organization:north-phyongan-provincial-regiment-of-party-members',
      'organization:pyongyang-municipal-regiment-of-party-members',
    ]);
  });

  it('leaves lower-case brigades and a brigade cut from its number', () => {
    expect(keys('The provincial housing construction shock brigade is speeding up.')).toEqual([]);
    // `618 Construction Shock Brigade`: the number is part of the name, which the pattern cannot
    // spell, so it keys nothing rather than a cut `Construction Shock Brigade`.
    expect(keys('Members of the 618 Construction Shock Brigade removed earth.')).toEqual([]);
  });
});

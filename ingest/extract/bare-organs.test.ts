import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('organs named without their country', () => {
  it('takes a bare National Assembly, and then the NA, for south Korea’s in a text about it', () => {
    expect(
      keys('In south Korea the puppet "National Assembly" passed the bill. The NA is to blame.'),
    ).toEqual(['country:south-korea', 'organization:national-assembly']);
    // Another country's assembly, its building, or a text that never names south Korea.
    expect(
      keys(
        'In south Korea they rallied outside the "National Assembly" building. The Cambodian ' +
          'National Assembly met. The 13th National Assembly of Vietnam opened.',
      ),
    ).not.toContain('organization:national-assembly');
    expect(keys('The National Assembly of Pakistan met. The National Assembly voted.')).toEqual([
      'organization:national-assembly-of-pakistan',
      'country:pakistan',
    ]);
    // `NA` alone is too short to trust; after the assembly's building it is the assembly.
    expect(keys('In south Korea the NA met.')).toEqual(['country:south-korea']);
    expect(
      keys(
        'In south Korea they rallied outside the "National Assembly" building. The NA is silent.',
      ),
    ).toEqual(['country:south-korea', 'organization:national-assembly']);
  });

  it('keys a bare service branch as written, or as the branch named in full, unless only in titles', () => {
    expect(
      keys(
        'Combatants of the sharpshooter brigade of the Navy and a formation of the Border Guards ' +
          'joined the officers of the KPA Air Force. The Air Force flew.',
      ),
    ).toEqual([
      'organization:navy',
      'organization:border-guards',
      'organization:air-force-of-the-korean-peoples-army',
    ]);
    expect(keys('Kim Myong Sik, commander of the Navy, spoke.')).toEqual(['person:kim-myong-sik']);
  });
});

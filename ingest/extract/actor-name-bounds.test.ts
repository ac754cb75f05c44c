import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('rules from the second blind actor sample (seed 20261222)', () => {
  it('keeps a century in a name, closed before a following and', () => {
    expect(
      keys(
        'Students of the south Korean Federation of University Students in the 21st Century ' +
          'rallied. It was co-sponsored by the Orchestra of the 21st Century and Internet radio.',
      ),
    ).toEqual([
      'country:south-korea',
      'organization:korean-federation-of-university-students-in-the-21st-century',
      'organization:orchestra-of-the-21st-century',
    ]);
  });

  it('still cuts an in-the place off a name', () => {
    expect(keys('The Institute of Science in the DPRK met.')).toEqual([
      'organization:institute-of-science',
      'country:north-korea',
    ]);
  });

  it('reads a one-word name with its role as a list item after were, from or by', () => {
    expect(
      keys(
        'Present there were Vishwanath, secretary general of the International Kim Il Sung ' +
          'Prize Council, and others. A gift came from Nagovitsin, president of the Republic of ' +
          'Buryatia. Present were Others, members of the council.',
      ),
    ).toEqual([
      'person:vishwanath',
      'organization:international-kim-il-sung-prize-council',
      'person:nagovitsin',
    ]);
  });

  it('keys armed movements as organizations, Hamas by its full name too', () => {
    expect(
      keys(
        'The clash between the Islamic Resistance Movement of Palestine (Hamas) and Israel goes ' +
          'on; the Taliban and Hezbollah said so.',
      ),
    ).toEqual([
      'organization:hamas',
      'country:palestine',
      'country:israel',
      'organization:taliban',
      'organization:hezbollah',
    ]);
  });

  it('reads the Soviet Army as the Red Army, no national force, and lists the ICJ', () => {
    expect(
      keys(
        'Fallen fighters of the Soviet Army and the Red Army were honoured; the Pakistani army ' +
          'went to the International Court of Justice.',
      ),
    ).toEqual([
      'organization:red-army',
      'country:soviet-union',
      'country:pakistan',
      'organization:pakistani-army',
      'organization:international-court-of-justice',
    ]);
  });
});

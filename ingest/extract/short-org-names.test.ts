import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';
import { resolveShortOrgNames } from './short-org-names';

const gazetteer = buildGazetteer();
const orgKeys = (text: string): string[] => [
  ...new Set(
    resolveShortOrgNames(findActorMentions(text, gazetteer), text)
      .filter((m) => m.entry.kind === 'organization')
      .map((m) => m.entry.key),
  ),
];

describe('resolveShortOrgNames', () => {
  it.each([
    [
      'a demonym dropped',
      'The Russian Foreign Ministry on Nov. 9 rejected the report. The report is biased, the Foreign Ministry said.',
      ['organization:foreign-ministry-of-russia'],
    ],
    [
      'an owning country dropped',
      'A spokesman for the Ministry of National Defence of the DPRK said so. The spokesman for the Ministry of National Defence stressed it.',
      ['organization:defence-ministry-of-north-korea'],
    ],
  ])('makes a later short name the body named in full (%s)', (_form, text, expected) => {
    expect(orgKeys(text)).toEqual(expected);
  });

  it('keeps a parent named inside a branch a body of its own', () => {
    expect(
      orgKeys(
        'The Dandong City Branch of the Liaoning Regional Association met. The Liaoning Regional Association sent a letter.',
      ),
    ).toContain('organization:liaoning-regional-association');
  });

  it('keeps two bodies one sentence names apart (a listing, one turned into the other)', () => {
    expect(
      orgKeys(
        "He developed the Provisional People's Committee of North Korea into the People's Committee of North Korea through elections.",
      ),
    ).toEqual([
      'organization:provisional-peoples-committee-of-north-korea',
      'organization:peoples-committee-of-north-korea',
    ]);
  });

  it('leaves a bare ministry two earlier ones share to the home-organ rule (the last named)', () => {
    expect(
      orgKeys(
        'The Russian Foreign Ministry and the Iranian Foreign Ministry met. The Foreign Ministry said so.',
      ),
    ).toEqual(['organization:foreign-ministry-of-russia', 'organization:foreign-ministry-of-iran']);
  });
});

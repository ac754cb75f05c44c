import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('a lone surname with its role (docs/annotation-rules.md: a surname alone names a person)', () => {
  it('reads a surname the English lexicon lists as a surname, not only unknown words', () => {
    expect(keys('It quoted Gomes, former president of Portugal, as saying so.')).toContain(
      'person:gomes',
    );
    expect(
      keys('Sakamoto, member of the House of Representatives of Japan, referred to it.'),
    ).toContain('person:sakamoto');
    expect(
      keys('Talks were held between Campbell, assistant secretary of State, and others.'),
    ).toContain('person:campbell');
  });

  it('still leaves a lexicon word that is no surname', () => {
    expect(keys('Indeed, chairman of the committee said so.')).not.toContain('person:indeed');
  });
});

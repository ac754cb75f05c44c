import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const people = (text: string): string[] => [
  ...new Set(
    findActorMentions(text, gazetteer)
      .map((m) => m.entry.key)
      .filter((k) => k.startsWith('person:')),
  ),
];

describe('a role appositive with a demonym names the person (annotation rules: named people)', () => {
  it('reads a name whose given name no lexicon knows before `, <Demonym> ambassador`', () => {
    expect(
      people('Also on hand were Alexandr Matsegora, Russian ambassador to the DPRK, and others.'),
    ).toEqual(['person:alexandr-matsegora']);
    expect(people('Chhorn Hay, Cambodian ambassador to the DPRK, hosted a reception.')).toEqual([
      'person:chhorn-hay',
    ]);
    expect(
      people('Eassa Qaraqea, the Palestinian minister of prisoners affairs, urged it.'),
    ).toEqual(['person:eassa-qaraqea']);
  });

  it('takes only the gazetteer demonyms, and no territory before a role', () => {
    expect(people('The talks covered Sodovjamts Khurelbaatar, Mongol ambassador.')).toEqual([]);
    expect(
      people('It is concerned about the Gaza Strip, the Chinese permanent representative said.'),
    ).toEqual([]);
  });
});

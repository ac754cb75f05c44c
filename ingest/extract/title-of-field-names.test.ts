import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const people = (text: string): string[] =>
  findActorMentions(text, gazetteer)
    .filter((m) => m.entry.kind === 'person')
    .map((m) => m.entry.key);

describe("a person after a title's of and its field", () => {
  it('starts the name after the country the title names', () => {
    expect(
      people(
        'Premier Choe Yong Rim sent a message to Prime Minister of Barbados Freundel Stuart. ' +
          'Vice Foreign Minister of Russia Aleksei Borodavkin laid bouquets.',
      ),
    ).toEqual(['person:choe-yong-rim', 'person:freundel-stuart', 'person:aleksei-borodavkin']);
  });

  it('leaves the field out of the name', () => {
    expect(people('Minister of Information Patricia Kaliati told a local radio.')).toEqual([
      'person:patricia-kaliati',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';
import { namesShip } from './ship-names';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('ships named after people', () => {
  it('drops a name right after a ship noun, listed or not (ships are not actors)', () => {
    // actors-2026-12q.json, article 39; the pool's Carl Vinson and Ronald Reagan.
    expect(
      keys('And nuclear carrier Theodore Roosevelt entered the Pusan operational base.'),
    ).not.toContain('person:theodore-roosevelt');
    expect(keys('The U.S. nuclear-powered carrier Carl Vinson entered Pusan Port.')).toEqual([
      'country:united-states',
    ]);
    expect(keys('There are aircraft carrier Ronald Reagan and Aegis cruisers.')).toEqual([]);
  });

  it('keeps the person where no ship noun comes right before', () => {
    expect(keys('Ronald Reagan was president of the United States.')).toContain(
      'person:ronald-reagan',
    );
    expect(keys('The ship left. U.S. President Theodore Roosevelt said so.')).toContain(
      'person:theodore-roosevelt',
    );
  });

  it('reads the ship noun only at the end of the text before the name', () => {
    expect(namesShip('the destroyer "John McCain"', 15, 26)).toBe(true);
    expect(namesShip('USS George Washington', 4, 21)).toBe(true);
    expect(namesShip('the carriers of Barack Obama', 16, 28)).toBe(false);
  });

  it('drops a name before a carrier formation (`the Carl Vinson carrier flotilla`)', () => {
    // The pool's 2011-01-13 article names the ship twice, the second time this way.
    expect(
      keys('The Carl Vinson carrier flotilla reportedly belongs to the U.S. Navy.'),
    ).not.toContain('person:carl-vinson');
    expect(namesShip('The Carl Vinson strike group', 4, 15)).toBe(true);
    expect(namesShip('Barack Obama carried it', 0, 12)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const keys = (text: string): string[] => [
  ...new Set(findActorMentions(text, gazetteer).map((m) => m.entry.key)),
];

describe('U.S. services written in lower case', () => {
  it('are the listed U.S. Air Force and Navy, as `U.S. army` is the U.S. Army', () => {
    expect(keys('The U.S. air force present in Japan will be deployed.')).toContain(
      'organization:u-s-air-force',
    );
    expect(keys('12 captains of the U.S. navy were released from office.')).toContain(
      'organization:u-s-navy',
    );
    // The plural names no one service.
    expect(keys('together with the U.S. air forces in south Korea')).not.toContain(
      'organization:u-s-air-force',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { watchKindsFor } from './watches-client';

describe('watchKindsFor', () => {
  it('offers the kinds that can follow each node', () => {
    expect(
      [
        'Narrative:hacking-empire',
        'Article:https://kcna.test/1',
        'Actor:outlet:tass',
        'Actor:country:china',
        'Event:2024-01-01',
        'Source:kcna',
      ].map(watchKindsFor),
    ).toEqual([
      ['NARRATIVE'],
      ['ARTICLE'],
      ['OUTLET', 'CITATION', 'ACTOR'],
      ['ACTOR', 'CITATION'],
      [],
      [],
    ]);
  });
});

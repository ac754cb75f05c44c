import { describe, expect, it } from 'vitest';
import {
  NEIGHBOR_GROUP_LIMITS,
  neighborGroupId,
  neighborGroupLabel,
  parseNeighborGroupId,
  shareBudget,
  type NeighborGroup,
} from './neighbor-groups';

const HUB = 'Actor:country:united-states';

describe('neighbour group ids', () => {
  it('round-trip, with the colons of the hub’s key', () => {
    const id = neighborGroupId(HUB, 'MENTIONS', 'in', 'Article');
    expect([id, parseNeighborGroupId(id)]).toEqual([
      'group:MENTIONS:in:Article:Actor:country:united-states',
      { hub: HUB, relationType: 'MENTIONS', direction: 'in', kind: 'Article' },
    ]);
  });

  it('reject what no group can be called', () => {
    expect(
      [
        'Actor:country:united-states',
        'group:MENTIONS:in:Article',
        'group:MENTIONS:in:Article:',
        'group:DROP:in:Article:Actor:x',
        'group:MENTIONS:up:Article:Actor:x',
        'group:MENTIONS:in:Thing:Actor:x',
        'group:MENTIONS:in:Article:Thing:x',
        `group:${':'.repeat(10_000)}`,
      ].map(parseNeighborGroupId),
    ).toEqual(Array.from({ length: 8 }, () => undefined));
  });
});

describe('neighborGroupLabel', () => {
  const group: NeighborGroup = {
    id: neighborGroupId(HUB, 'MENTIONS', 'in', 'Article'),
    hub: HUB,
    relationType: 'MENTIONS',
    direction: 'in',
    kind: 'Article',
    count: 188,
    shown: 0,
  };
  it('says how many members of which kind do what, and "more" once some are drawn', () => {
    expect([
      neighborGroupLabel(group, 188),
      neighborGroupLabel(group, 148),
      neighborGroupLabel({ ...group, relationType: 'INVOLVES', kind: 'Event', count: 125 }, 125),
    ]).toEqual(['188 articles mention', '148 more articles mention', '125 cited events involve']);
  });
});

describe('shareBudget', () => {
  it('gives each group an equal share and passes on what small groups leave', () => {
    expect([
      shareBudget([90, 30, 3], 40),
      shareBudget([5, 5], 40),
      shareBudget([100, 100, 100], 40),
      shareBudget([], 40),
      shareBudget([10, 0, 10], 3),
      shareBudget([10], 0),
    ]).toEqual([[19, 18, 3], [5, 5], [14, 13, 13], [], [2, 0, 1], [0]]);
  });

  it('never gives more than the budget or a group’s size', () => {
    const sizes = Array.from({ length: 50 }, (_, i) => (i * 37) % 23);
    const shares = shareBudget(sizes, NEIGHBOR_GROUP_LIMITS.defaultTop);
    expect({
      total: shares.reduce((a, b) => a + b, 0),
      within: shares.every((s, i) => s <= (sizes[i] ?? 0)),
    }).toEqual({ total: NEIGHBOR_GROUP_LIMITS.defaultTop, within: true });
  });
});

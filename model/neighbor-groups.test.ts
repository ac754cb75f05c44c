import { describe, expect, it } from 'vitest';
import {
  NEIGHBOR_GROUP_LIMITS,
  foldGroups,
  groupFoldAnchor,
  groupFoldId,
  groupFoldLabel,
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

describe('folding groups', () => {
  const group = (hub: string, kind: 'Article' | 'Event', count: number): NeighborGroup => ({
    id: neighborGroupId(hub, 'MENTIONS', 'in', kind),
    hub,
    relationType: 'MENTIONS',
    direction: 'in',
    kind,
    count,
    shown: 0,
  });

  it('keeps the nearest hops’ groups, then the biggest, and folds the rest into one id', () => {
    const fold = groupFoldId(['Article:b', 'Article:a'], 3);
    const groups = [
      group('Article:a', 'Event', 2),
      group('Source:s', 'Article', 900),
      group('Actor:x', 'Article', 50),
      group('Actor:y', 'Article', 70),
    ];
    const out = foldGroups(groups, [1, 2, 3, 3], 2, fold);
    expect({
      out: out.map((g) => [g.hub, g.folded ?? null]),
      anchor: groupFoldAnchor(fold),
      // The same read gets the same id whatever the order of its seeds; another depth another.
      same: groupFoldId(['Article:a', 'Article:b'], 3) === fold,
      other: groupFoldId(['Article:a', 'Article:b'], 2) === fold,
      // No group id, and not openable as one.
      parsed: parseNeighborGroupId(fold),
      notFold: groupFoldAnchor(groups[0]?.id ?? ''),
      label: [groupFoldLabel(1, 7), groupFoldLabel(86, 5120)],
      few: foldGroups(groups, [1, 2, 3, 3], 4, fold).every((g) => g.folded === undefined),
    }).toEqual({
      out: [
        ['Article:a', null],
        ['Source:s', null],
        ['Actor:x', fold],
        ['Actor:y', fold],
      ],
      anchor: 'Article:a',
      same: true,
      other: false,
      parsed: undefined,
      notFold: undefined,
      label: ['1 more group (7 neighbours)', '86 more groups (5,120 neighbours)'],
      few: true,
    });
  });
});

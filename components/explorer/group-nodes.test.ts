import { describe, expect, it } from 'vitest';
import type { GraphSlice } from '@/model/graph-slice';
import { NEIGHBOR_GROUP_LIMITS, groupFoldId, neighborGroupId } from '@/model/neighbor-groups';
import { EMPTY_VIEW_STATE, decodeViewState, encodeViewState } from '@/model/view-state';
import { GROUP_SUBTYPE } from '@/components/graph/stylesheet';
import { explorerReducer, initExplorerState, type ExplorerAction } from './explorer-state';
import { groupFolds, withGroupNodes } from './group-nodes';

const HUB = 'Actor:country:united-states';
const ARTICLES = neighborGroupId(HUB, 'MENTIONS', 'in', 'Article');
const OUTLETS = neighborGroupId(HUB, 'CITES_SOURCE', 'out', 'Source');

const hubSlice: GraphSlice = {
  nodes: [{ id: HUB, kind: 'Actor', label: 'United States', date: null, subtype: null, degree: 9 }],
  edges: [],
  truncated: false,
  groups: [
    {
      id: ARTICLES,
      hub: HUB,
      relationType: 'MENTIONS',
      direction: 'in',
      kind: 'Article',
      count: 188,
      shown: 40,
    },
    {
      id: OUTLETS,
      hub: HUB,
      relationType: 'CITES_SOURCE',
      direction: 'out',
      kind: 'Source',
      count: 3,
      shown: 3,
    },
    {
      id: neighborGroupId('Actor:gone', 'MENTIONS', 'in', 'Article'),
      hub: 'Actor:gone',
      relationType: 'MENTIONS',
      direction: 'in',
      kind: 'Article',
      count: 9,
      shown: 0,
    },
  ],
};

describe('withGroupNodes', () => {
  it('draws each group with undrawn members as one node linked to its hub', () => {
    const drawn = withGroupNodes(hubSlice);
    expect({
      nodes: drawn.nodes.map((n) => [n.id, n.kind, n.label, n.subtype, n.degree]),
      edges: drawn.edges.map((e) => [e.type, e.source, e.target]),
    }).toEqual({
      nodes: [
        [HUB, 'Actor', 'United States', null, 9],
        // Fully drawn groups and groups of hubs not in the slice draw nothing.
        [ARTICLES, 'Article', '148 more articles mention', GROUP_SUBTYPE, 148],
      ],
      edges: [['MENTIONS', ARTICLES, HUB]],
    });
  });

  it('draws a read’s folded groups as one node on its first seed, listed strongest first', () => {
    const fold = groupFoldId([HUB], 3);
    const folded = (id: string, hub: string, count: number, shown: number) => ({
      id,
      hub,
      relationType: 'MENTIONS' as const,
      direction: 'in' as const,
      kind: 'Article' as const,
      count,
      shown,
      folded: fold,
    });
    const CHINA = 'Actor:country:china';
    const slice: GraphSlice = {
      ...hubSlice,
      nodes: [
        ...hubSlice.nodes,
        { id: CHINA, kind: 'Actor', label: 'China', date: null, subtype: null, degree: 4 },
      ],
      groups: [
        ...(hubSlice.groups ?? []),
        folded(neighborGroupId(CHINA, 'MENTIONS', 'in', 'Article'), CHINA, 30, 5),
        // All drawn, or around a hub not drawn: not in the fold.
        folded(neighborGroupId(CHINA, 'MENTIONS', 'in', 'Event'), CHINA, 4, 4),
        folded(neighborGroupId('Actor:gone', 'MENTIONS', 'in', 'Event'), 'Actor:gone', 9, 0),
        folded(neighborGroupId(HUB, 'MENTIONS', 'in', 'Event'), HUB, 12, 2),
      ],
    };
    const drawn = withGroupNodes(slice);
    expect({
      fold: drawn.nodes.filter((n) => n.id === fold).map((n) => [n.label, n.subtype, n.degree]),
      edge: drawn.edges.filter((e) => e.target === HUB).map((e) => e.source),
      // Folded groups have no node of their own.
      alone: drawn.nodes.filter((n) => n.id.startsWith('group:MENTIONS')).map((n) => n.id),
      listed: groupFolds(slice).map((f) => [f.id, f.groups.map((g) => g.hub), f.members]),
    }).toEqual({
      fold: [['2 more groups (35 neighbours)', GROUP_SUBTYPE, 35]],
      edge: [ARTICLES, fold],
      alone: [ARTICLES],
      listed: [[fold, [CHINA, HUB], 35]],
    });
  });

  it('leaves a slice without groups as it is', () => {
    const plain: GraphSlice = { ...hubSlice, groups: [] };
    expect(withGroupNodes(plain)).toBe(plain);
  });
});

function run(actions: readonly ExplorerAction[]) {
  return actions.reduce(explorerReducer, initExplorerState());
}

describe('openGroup', () => {
  it('opens a group after the members drawn, then page by page, as undoable steps', () => {
    const s = run([
      { type: 'addSeeds', ids: [HUB] },
      { type: 'openGroup', id: ARTICLES, skip: 40 },
      { type: 'openGroup', id: ARTICLES, skip: 0 },
    ]);
    const undone = explorerReducer(s, { type: 'undo' });
    expect({
      groups: s.present.groups,
      undone: undone.present.groups,
      link: decodeViewState(encodeViewState(s.present)).groups,
    }).toEqual({
      groups: [{ id: ARTICLES, pages: 2, skip: 40 }],
      undone: [{ id: ARTICLES, pages: 1, skip: 40 }],
      link: [{ id: ARTICLES, pages: 2, skip: 40 }],
    });
  });

  it('stays within the codec’s bounds whatever it is asked', () => {
    const many = Array.from({ length: NEIGHBOR_GROUP_LIMITS.maxPages + 5 }, (): ExplorerAction => ({
      type: 'openGroup',
      id: ARTICLES,
      skip: 10_000,
    }));
    const s = run([
      ...many,
      { type: 'openGroup', id: 'Actor:not-a-group' },
      { type: 'openGroup', id: OUTLETS, skip: -3 },
    ]);
    expect(decodeViewState(encodeViewState(s.present)).groups).toEqual([
      { id: ARTICLES, pages: NEIGHBOR_GROUP_LIMITS.maxPages, skip: NEIGHBOR_GROUP_LIMITS.maxTop },
      { id: OUTLETS, pages: 1, skip: 0 },
    ]);
  });

  it('closes a hub’s groups when the hub is removed, and with clear', () => {
    const s = run([
      { type: 'addSeeds', ids: [HUB, 'Actor:country:china'] },
      { type: 'openGroup', id: ARTICLES },
      { type: 'remove', ids: [HUB] },
    ]);
    const cleared = run([
      { type: 'addSeeds', ids: [HUB] },
      { type: 'openGroup', id: ARTICLES },
      { type: 'clear' },
    ]);
    expect([s.present.groups, cleared.present]).toEqual([undefined, { ...EMPTY_VIEW_STATE }]);
  });
});

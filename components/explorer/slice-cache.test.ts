import { describe, expect, it } from 'vitest';
import { edge, node } from '@/components/graph/test-slices';
import { EMPTY_VIEW_STATE, type ViewState } from '@/model/view-state';
import {
  explorerReducer,
  fetchPlan,
  initExplorerState,
  type ExplorerAction,
} from './explorer-state';
import { assembleSlice, missingRequests, requestsToStart, type SliceCache } from './slice-cache';

const run = (action: ExplorerAction, present: ViewState) =>
  explorerReducer(initExplorerState(present), action).present;
const seedsOnly = { ...EMPTY_VIEW_STATE, seeds: ['Actor:a'] };
const expanded = { ...seedsOnly, expansions: [{ id: 'Actor:a', depth: 2 }] };
const initialSlice = {
  nodes: [node('Actor:a'), node('Actor:b')],
  edges: [edge('RELATED_TO', 'Actor:a', 'Actor:b')],
  truncated: false,
};

describe('slice cache', () => {
  const cache: SliceCache = {
    byKey: new Map(),
    initial: { keys: fetchPlan(expanded).map((p) => p.key), slice: initialSlice },
  };

  it('uses the initial slice for the initial state and fetches nothing', () => {
    expect(missingRequests(fetchPlan(expanded), cache)).toEqual([]);
    expect(assembleSlice(fetchPlan(expanded), cache)).toBe(initialSlice);
  });

  it('fetches only the new step after the initial state', () => {
    const more = { ...expanded, expansions: [...expanded.expansions, { id: 'Actor:b', depth: 1 }] };
    expect(missingRequests(fetchPlan(more), cache).map((p) => p.key)).toEqual([
      'expand:Actor:b:1:*',
    ]);
  });

  it('drops the initial slice once a step of it is undone', () => {
    const plan = fetchPlan(seedsOnly);
    expect(missingRequests(plan, cache).map((p) => p.key)).toEqual(['seeds:Actor:a']);
    expect(assembleSlice(plan, cache).nodes).toEqual([]);
    const filled: SliceCache = {
      ...cache,
      byKey: new Map([
        ['seeds:Actor:a', { nodes: [node('Actor:a')], edges: [], truncated: false }],
      ]),
    };
    expect(assembleSlice(plan, filled).nodes.map((n) => n.id)).toEqual(['Actor:a']);
  });

  it("fetches a box selection's Expand as one request, and only that", () => {
    const grouped = {
      ...expanded,
      expansions: [...expanded.expansions, { ids: ['Actor:b', 'Actor:c', 'Actor:d'], depth: 1 }],
    };
    const missing = missingRequests(fetchPlan(grouped), cache);
    expect(missing).toEqual([
      {
        key: 'expand:Actor:b|Actor:c|Actor:d:1:*',
        ids: ['Actor:b', 'Actor:c', 'Actor:d'],
        depth: 1,
        grouped: true,
      },
    ]);
    const groupSlice = {
      nodes: [node('Actor:b'), node('Actor:c'), node('Actor:d'), node('Article:x')],
      edges: [edge('MENTIONS', 'Article:x', 'Actor:c')],
      truncated: true,
    };
    const filled: SliceCache = { ...cache, byKey: new Map([[missing[0]?.key ?? '', groupSlice]]) };
    expect(missingRequests(fetchPlan(grouped), filled)).toEqual([]);
    const drawn = assembleSlice(fetchPlan(grouped), filled);
    expect(drawn.nodes.map((n) => n.id).sort()).toEqual([
      'Actor:a',
      'Actor:b',
      'Actor:c',
      'Actor:d',
      'Article:x',
    ]);
    // The group's cut at the limit still says that more exist.
    expect(drawn.truncated).toBe(true);
    // Removing a member asks again for the rest of the group (one request), not for each node.
    const removed = run({ type: 'remove', ids: ['Actor:c'] }, grouped);
    expect(missingRequests(fetchPlan(removed), filled).map((p) => p.key)).toEqual([
      'expand:Actor:b|Actor:d:1:*',
    ]);
  });

  it('is empty for an empty plan', () => {
    expect(assembleSlice([], { byKey: new Map() }).nodes).toEqual([]);
  });
});

describe('requests to start', () => {
  it('starts only the new step while an earlier request is still loading', () => {
    const cache: SliceCache = { byKey: new Map() };
    const loading = new Set(fetchPlan(seedsOnly).map((p) => p.key));
    const next = run({ type: 'expand', id: 'Actor:b' }, seedsOnly);
    expect(requestsToStart(fetchPlan(next), cache, loading).map((p) => p.key)).toEqual([
      'expand:Actor:b:1:*',
    ]);
  });
});

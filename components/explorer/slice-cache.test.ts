import { describe, expect, it } from 'vitest';
import { edge, node } from '@/components/graph/test-slices';
import { EMPTY_VIEW_STATE } from '@/graph-db/model/view-state';
import { fetchPlan } from './explorer-state';
import { assembleSlice, missingRequests, type SliceCache } from './slice-cache';

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

  it('is empty for an empty plan', () => {
    expect(assembleSlice([], { byKey: new Map() }).nodes).toEqual([]);
  });
});

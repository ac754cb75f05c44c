import { describe, expect, it } from 'vitest';
import { edge, node, SAMPLE_SLICE } from '@/components/graph/test-slices';
import { filterSlice, hasActiveFilters } from './filter-elements';

const ids = (r: ReturnType<typeof filterSlice>) => r.slice.nodes.map((n) => n.id);

describe('filterSlice', () => {
  it('returns everything without filters', () => {
    const r = filterSlice(SAMPLE_SLICE, { filters: {} });
    expect(r.slice.nodes).toHaveLength(6);
    expect(r.slice.edges).toHaveLength(5);
    expect(r.filteredOut).toBe(0);
    expect(hasActiveFilters({})).toBe(false);
  });

  it('filters by kind and drops the edges of removed nodes', () => {
    const r = filterSlice(SAMPLE_SLICE, { filters: { nodeKinds: ['Article', 'Actor'] } });
    expect(ids(r)).toEqual(['Article:a1', 'Article:a2', 'Actor:us']);
    expect(r.slice.edges.map((e) => e.type)).toEqual(['MENTIONS']);
    expect(r.filteredOut).toBe(3);
  });

  it('filters articles by publication date, with what only they reached', () => {
    const r = filterSlice(SAMPLE_SLICE, { filters: { from: '2024-01-01', to: '2024-03-01' } });
    expect(ids(r)).toEqual(['Source:kcna', 'Article:a1', 'Actor:us', 'Narrative:aggression']);
    // The 1950 event is on the other clock: it stays while a kept article cites it.
    const july = filterSlice(SAMPLE_SLICE, { filters: { from: '2024-07-01' } });
    expect(ids(july)).toContain('Event:korean-war');
  });

  it('keeps nodes that never had edges', () => {
    const slice = { ...SAMPLE_SLICE, nodes: [...SAMPLE_SLICE.nodes, node('Actor:lonely')] };
    expect(ids(filterSlice(slice, { filters: { from: '2030-01-01' } }))).toContain('Actor:lonely');
  });

  it('filters by relation type and prunes nodes left without edges, except anchors', () => {
    const r = filterSlice(SAMPLE_SLICE, {
      filters: { relationTypes: ['MENTIONS'] },
      anchors: ['Narrative:aggression'],
    });
    expect(ids(r)).toEqual(['Article:a1', 'Actor:us', 'Narrative:aggression']);
    expect(r.slice.edges).toHaveLength(1);
  });

  it('filters articles by source', () => {
    const slice = {
      ...SAMPLE_SLICE,
      nodes: [
        ...SAMPLE_SLICE.nodes,
        node('Source:rodong'),
        node('Article:a3', { date: '2024-02-02' }),
      ],
      edges: [...SAMPLE_SLICE.edges, edge('PUBLISHED_BY', 'Article:a3', 'Source:rodong')],
    };
    const r = filterSlice(slice, { filters: { sources: ['Source:rodong'] } });
    expect(ids(r)).toEqual(['Source:rodong', 'Article:a3']);
  });

  it('counts hidden nodes apart from filtered ones', () => {
    const r = filterSlice(SAMPLE_SLICE, {
      filters: { nodeKinds: ['Actor'] },
      hidden: ['Actor:us', 'Source:kcna'],
    });
    expect(r.hiddenCount).toBe(2);
    expect(r.filteredOut).toBe(4);
    expect(r.slice.nodes).toEqual([]);
  });

  it('treats an empty kind list as "show none"', () => {
    expect(filterSlice(SAMPLE_SLICE, { filters: { nodeKinds: [] } }).slice.nodes).toEqual([]);
    expect(hasActiveFilters({ nodeKinds: [] })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { syntheticSlice } from './synthetic-slice';

describe('syntheticSlice', () => {
  it('is deterministic with n nodes and 3n distinct edges between them', () => {
    const a = syntheticSlice(500);
    expect(a).toEqual(syntheticSlice(500));
    expect(a.nodes).toHaveLength(500);
    expect(a.edges).toHaveLength(1500);
    expect(new Set(a.edges.map((e) => e.id)).size).toBe(1500);
    const ids = new Set(a.nodes.map((n) => n.id));
    expect(
      a.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target),
    ).toBe(true);
  });
});

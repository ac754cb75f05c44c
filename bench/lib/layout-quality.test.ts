import { describe, expect, it } from 'vitest';
import { countOverlaps, crossingsPerEdge, layoutQuality, normalisedStress } from './layout-quality';

const node = (id: string, x: number, y: number, size = 10) => ({ id, x, y, size });

describe('layout quality', () => {
  it('counts intersecting disks once per pair, touching ones not at all', () => {
    expect(
      countOverlaps([node('a', 0, 0), node('b', 5, 0), node('c', 15, 0), node('d', 100, 0)]),
    ).toBe(1);
  });

  it('counts an X as one crossing per edge and ignores edges that share an endpoint', () => {
    const nodes = [node('a', 0, 0), node('b', 10, 10), node('c', 0, 10), node('d', 10, 0)];
    const x = [
      { source: 'a', target: 'b' },
      { source: 'c', target: 'd' },
    ];
    const star = [
      { source: 'a', target: 'b' },
      { source: 'a', target: 'c' },
      { source: 'a', target: 'd' },
    ];
    expect([crossingsPerEdge(nodes, x), crossingsPerEdge(nodes, star)]).toEqual([1, 0]);
  });

  it('gives a path drawn as a straight line zero stress at any scale, a folded one more', () => {
    const path = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    const straight = [node('a', 0, 0), node('b', 50, 0), node('c', 100, 0)];
    const folded = [node('a', 0, 0), node('b', 50, 0), node('c', 0, 1)];
    expect(normalisedStress(straight, path)).toBeCloseTo(0, 9);
    expect(normalisedStress(folded, path)).toBeGreaterThan(0.1);
  });

  it('reports overlaps per 1,000 nodes', () => {
    expect(layoutQuality([node('a', 0, 0), node('b', 1, 0)], []).overlapsPer1000Nodes).toBe(500);
  });
});

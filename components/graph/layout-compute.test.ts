import { describe, expect, it } from 'vitest';
import { computeLayout } from './layout-compute';
import { layoutOptions } from './layouts';

describe('computeLayout', () => {
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `Actor:${i}`, size: 20 }));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: 'Actor:0', target: n.id }));

  it('lays out a graph with fcose draft, headless', () => {
    const options = layoutOptions('fcose', { nodeCount: 1000 }) as unknown as Record<
      string,
      unknown
    >;
    const r = computeLayout({ jobId: 7, nodes, edges, options: structuredClone(options) });
    if (!r.ok) throw new Error(r.error);
    expect(r.jobId).toBe(7);
    expect(Object.keys(r.positions)).toHaveLength(40);
    // Draft is spectral only: symmetric leaves of a star may share a spot, but the graph spreads.
    const points = new Set(
      Object.values(r.positions).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`),
    );
    expect(points.size).toBeGreaterThan(10);
    expect(
      Object.values(r.positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    ).toBe(true);
  });

  it('keeps locked nodes where they are', () => {
    const r = computeLayout({
      jobId: 1,
      nodes: nodes.map((n, i) => (i === 3 ? { ...n, x: 999, y: -999, locked: true } : n)),
      edges,
      options: {
        ...(layoutOptions('fcose', { nodeCount: 40 }) as unknown as Record<string, unknown>),
      },
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.positions['Actor:3']).toEqual({ x: 999, y: -999 });
  });

  it('reports an unknown layout as an error instead of throwing', () => {
    const r = computeLayout({ jobId: 2, nodes, edges, options: { name: 'nope' } });
    expect(r.ok).toBe(false);
  });
});

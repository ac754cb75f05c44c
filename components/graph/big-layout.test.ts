import { describe, expect, it } from 'vitest';
import { syntheticSlice } from '@/components/bench/synthetic-slice';
import { bigLayout, refinePositions, spectralPositions } from './big-layout';
import { BIG_LAYOUT_INCREMENTAL_SPEC, BIG_LAYOUT_SPEC } from './layouts';

const slice = syntheticSlice(700);
const nodes = slice.nodes.map((n) => ({ id: n.id, size: 24 }));
const edges = slice.edges.map((e) => ({ source: e.source, target: e.target }));

describe('big-view layout', () => {
  it('gives every node a finite, mostly distinct position', () => {
    const positions = bigLayout(nodes, edges, BIG_LAYOUT_SPEC);
    const points = Object.values(positions);
    expect(points).toHaveLength(nodes.length);
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    // Unlike fcose's draft pass, nodes with the same neighbours do not share a spot.
    const spots = new Set(points.map((p) => `${Math.round(p.x / 4)},${Math.round(p.y / 4)}`));
    expect(spots.size).toBeGreaterThan(nodes.length * 0.95);
  });

  it('is deterministic for the same input and an unhurried clock', () => {
    expect(bigLayout(nodes, edges, BIG_LAYOUT_SPEC)).toEqual(
      bigLayout(nodes, edges, BIG_LAYOUT_SPEC),
    );
  });

  it('keeps neighbours closer than strangers (the spectral start follows graph distance)', () => {
    const p = spectralPositions(nodes, edges, 80);
    const dist = (a: string, b: string) =>
      Math.hypot((p[a]?.x ?? 0) - (p[b]?.x ?? 0), (p[a]?.y ?? 0) - (p[b]?.y ?? 0));
    const linked =
      edges.reduce((s, e) => s + dist(e.source, e.target), 0) / Math.max(1, edges.length);
    let random = 0;
    for (let i = 0; i < 500; i += 1) {
      random += dist(nodes[(i * 37) % nodes.length]!.id, nodes[(i * 101 + 7) % nodes.length]!.id);
    }
    expect(linked).toBeLessThan(random / 500);
  });

  it('keeps locked nodes exactly where they are and polishes in place when incremental', () => {
    const start = bigLayout(nodes, edges, BIG_LAYOUT_SPEC);
    const placed = nodes.map((n, i) => ({
      ...n,
      ...start[n.id]!,
      locked: i === 5,
    }));
    const again = bigLayout(placed, edges, BIG_LAYOUT_INCREMENTAL_SPEC);
    expect(again[placed[5]!.id]).toEqual({ x: placed[5]!.x, y: placed[5]!.y });
    // Polishing moves nodes a little, never across the map.
    const moved = placed.map((n) => Math.hypot(again[n.id]!.x - n.x, again[n.id]!.y - n.y));
    moved.sort((a, b) => a - b);
    expect(moved[Math.floor(moved.length / 2)]).toBeLessThan(80);
  });

  it('stops at the time budget', () => {
    let calls = 0;
    // Every tick "takes" a second: with a 1.5 s budget the pass ends after its second tick.
    const clock = () => (calls += 1) * 1000;
    const out = refinePositions(
      nodes,
      edges,
      { ...BIG_LAYOUT_SPEC, budgetMs: 1500 },
      undefined,
      clock,
    );
    expect(Object.keys(out)).toHaveLength(nodes.length);
    expect(calls).toBe(3);
  });
});

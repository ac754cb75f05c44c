import { describe, expect, it } from 'vitest';
import { SPREAD_STEP, layoutRequestFor, sunflowerPositions, viewportFitting } from './first-layout';

describe('sunflowerPositions', () => {
  it('spreads nodes from the centre outwards, about one per SPREAD_STEP²', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `n${i}`);
    const positions = sunflowerPositions(ids, { x: 100, y: -50 });
    expect(positions.n0).toEqual({ x: 100, y: -50 });
    const radius = (id: string) =>
      Math.hypot((positions[id]?.x ?? 0) - 100, (positions[id]?.y ?? 0) + 50);
    expect(radius('n399')).toBeCloseTo(SPREAD_STEP * Math.sqrt(399), 6);
    expect(radius('n100')).toBeLessThan(radius('n300'));
    // No two nodes on one spot.
    const keys = new Set(
      Object.values(positions).map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`),
    );
    expect(keys.size).toBe(400);
  });
});

describe('viewportFitting', () => {
  const canvas = { width: 1000, height: 600 };
  const options = { margin: 10, padding: 50, maxZoom: 1.5 };

  it('centres the positions and fits the tighter dimension inside the padding', () => {
    const v = viewportFitting(
      [
        { x: -200, y: -100 },
        { x: 200, y: 100 },
      ],
      canvas,
      options,
    );
    // Width 420 into 900 px, height 220 into 500 px: the height decides.
    expect(v.zoom).toBeCloseTo(Math.min(900 / 420, 500 / 220, 1.5), 9);
    // The centre of the positions lands in the centre of the canvas.
    expect(v.pan).toEqual({ x: 500, y: 300 });
  });

  it('never zooms past maxZoom, and gives a usable viewport for no positions', () => {
    expect(viewportFitting([{ x: 5, y: 5 }], canvas, options).zoom).toBe(1.5);
    expect(viewportFitting([], canvas, options)).toEqual({ zoom: 1, pan: { x: 500, y: 300 } });
  });
});

describe('layoutRequestFor', () => {
  it('turns element definitions into the worker request, nodes at their start', () => {
    const request = layoutRequestFor(
      3,
      [
        { group: 'nodes', data: { id: 'a', size: 30 } },
        { group: 'nodes', data: { id: 'b' } },
        { group: 'edges', data: { id: 'e', source: 'a', target: 'b' } },
      ],
      { a: { x: 1, y: 2 } },
      { name: 'fcose' },
      undefined,
    );
    expect(request).toEqual({
      jobId: 3,
      nodes: [
        { id: 'a', size: 30, x: 1, y: 2 },
        { id: 'b', size: 20 },
      ],
      edges: [{ id: 'e', source: 'a', target: 'b' }],
      options: { name: 'fcose' },
    });
  });
});

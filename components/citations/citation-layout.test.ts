import { describe, expect, it } from 'vitest';
import { outletSize } from './citation-elements';
import {
  byWeight,
  chooseLayout,
  FORCE_INSET,
  RING_INSET,
  nearestEdge,
  pickLabels,
  pointOnEdge,
  ringLayout,
  stretchToBox,
  strongestLink,
  uncoveredPoint,
  type LayoutLink,
  type LayoutNode,
  type Point,
  type Rect,
} from './citation-layout';

function node(id: string, cites: number, citedBy: number): LayoutNode {
  return { id, name: id, cites, citedBy, size: outletSize(cites + citedBy) };
}

/** One source citing n outlets, outlet i cited n - i times (a KCNA-like star). */
function star(n: number): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const outlets = Array.from({ length: n }, (_, i) => node(`o${i}`, 0, n - i));
  const links = outlets.map((o) => ({
    id: `hub>${o.id}`,
    source: 'hub',
    target: o.id,
    count: o.citedBy,
  }));
  const total = outlets.reduce((s, o) => s + o.citedBy, 0);
  return { nodes: [node('hub', total, 0), ...outlets], links };
}

const BOX = { width: 1000, height: 700 };

function extent(points: Iterable<Point>): Rect {
  let r = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const p of points)
    r = {
      x1: Math.min(r.x1, p.x),
      y1: Math.min(r.y1, p.y),
      x2: Math.max(r.x2, p.x),
      y2: Math.max(r.y2, p.y),
    };
  return r;
}

describe('chooseLayout', () => {
  it('draws one or a few citing sources as rings around them', () => {
    const { nodes, links } = star(30);
    expect(chooseLayout(nodes, links)).toEqual({ kind: 'rings', hubs: ['hub'] });
  });

  it('keeps rings when a few hubs make nearly all links, force otherwise', () => {
    const { nodes, links } = star(40);
    // Six more sources, one link each: 40 of 46 links (87%) still come from the hubs.
    const extra = Array.from({ length: 6 }, (_, i) => node(`s${i}`, 1, 0));
    const extraLinks = extra.map((s) => ({
      id: `${s.id}>o0`,
      source: s.id,
      target: 'o0',
      count: 1,
    }));
    expect(chooseLayout([...nodes, ...extra], [...links, ...extraLinks]).kind).toBe('rings');
    // Ten sources each citing their own five outlets: no hub dominates.
    const spread = Array.from({ length: 10 }, (_, i) => node(`s${i}`, 5, 0));
    const spreadLinks = spread.flatMap((s) =>
      Array.from({ length: 5 }, (_, j) => ({
        id: `${s.id}>x${j}`,
        source: s.id,
        target: `x${s.id}${j}`,
        count: 1,
      })),
    );
    expect(chooseLayout(spread, spreadLinks)).toEqual({ kind: 'force' });
  });
});

describe('ringLayout', () => {
  it('puts the hub in the middle and spreads a big star over the whole drawable area', () => {
    const { nodes } = star(100);
    const { positions, zoom } = ringLayout(nodes, ['hub'], BOX);
    expect(positions.size).toBe(101);
    const r = extent(positions.values());
    const drawableWidth = BOX.width - 2 * RING_INSET.x;
    const drawableHeight = BOX.height - RING_INSET.top - RING_INSET.bottom;
    expect((r.x2 - r.x1) / drawableWidth).toBeGreaterThan(0.95);
    expect((r.y2 - r.y1) / drawableHeight).toBeGreaterThan(0.95);
    expect(Math.abs(positions.get('hub')?.x ?? 1)).toBe(0);
    expect(zoom).toBe(1);
  });

  it('zooms out rather than crowd a small container', () => {
    const { nodes } = star(100);
    const { zoom } = ringLayout(nodes, ['hub'], { width: 360, height: 384 });
    expect(zoom).toBeLessThan(1);
  });

  it('points each ring label away from the middle', () => {
    const { nodes } = star(40);
    const positions = [...ringLayout(nodes, ['hub'], BOX).positions.values()];
    const outward = positions.every(
      (p) =>
        (p.side === 'left' && p.x < 0) ||
        (p.side === 'right' && p.x > 0) ||
        (p.side === 'top' && p.y < 0) ||
        (p.side === 'bottom' && p.y >= 0),
    );
    expect(outward).toBe(true);
  });

  it.each([BOX, { width: 1027, height: 628 }, { width: 640, height: 420 }])(
    'never puts two nodes closer than their radii in $width x $height',
    (box) => {
      const { nodes } = star(100);
      const positions = [...ringLayout(nodes, ['hub'], box).positions];
      const size = new Map(nodes.map((n) => [n.id, n.size]));
      let tightest = Infinity;
      for (let i = 0; i < positions.length; i++)
        for (let j = i + 1; j < positions.length; j++) {
          const [a, p] = positions[i] ?? ['', { x: 0, y: 0 }];
          const [b, q] = positions[j] ?? ['', { x: 0, y: 0 }];
          const room =
            Math.hypot(p.x - q.x, p.y - q.y) - ((size.get(a) ?? 0) + (size.get(b) ?? 0)) / 2;
          tightest = Math.min(tightest, room);
        }
      expect(tightest).toBeGreaterThan(0);
    },
  );

  it('puts the most cited nearest the middle', () => {
    const { nodes } = star(60);
    const { positions } = ringLayout(nodes, ['hub'], BOX);
    const hub = positions.get('hub') ?? { x: 0, y: 0 };
    // Distance in the ellipse's own measure, so rings compare whatever the container's shape.
    const ring = (id: string) => {
      const p = positions.get(id) ?? hub;
      return Math.hypot((p.x - hub.x) / BOX.width, (p.y - hub.y) / BOX.height);
    };
    expect(ring('o0')).toBeLessThan(ring('o59'));
  });

  it('sets several hubs apart and spreads a small network over the drawable area', () => {
    const nodes = [node('a', 3, 0), node('b', 1, 0), node('x', 0, 3), node('y', 0, 1)];
    const { positions } = ringLayout(nodes, ['a', 'b'], BOX);
    expect(positions.get('a')).not.toEqual(positions.get('b'));
    const r = extent(positions.values());
    expect(r.x2 - r.x1).toBeCloseTo(BOX.width - 2 * RING_INSET.x);
    expect(r.y2 - r.y1).toBeCloseTo(BOX.height - RING_INSET.top - RING_INSET.bottom);
  });
});

describe('stretchToBox', () => {
  it('fills the drawable area from a square layout, within the stretch limit', () => {
    const square = new Map<string, Point>([
      ['a', { x: -10, y: -10 }],
      ['b', { x: 10, y: 10 }],
      ['c', { x: 0, y: 3 }],
    ]);
    const r = extent(stretchToBox(square, BOX).positions.values());
    expect(r.x2 - r.x1).toBeCloseTo(BOX.width - 2 * FORCE_INSET.x);
    expect(r.y2 - r.y1).toBeCloseTo(BOX.height - FORCE_INSET.top - FORCE_INSET.bottom);
    const flat = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 1 }],
    ]);
    const f = extent(stretchToBox(flat, BOX).positions.values());
    expect((f.y2 - f.y1) / (1 * ((f.x2 - f.x1) / 100))).toBeLessThanOrEqual(3);
  });

  it('shows a layout wider than the container at a lower zoom, never squeezed', () => {
    const wide = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 2000, y: 1000 }],
    ]);
    const { positions, zoom } = stretchToBox(wide, BOX);
    const r = extent(positions.values());
    expect(zoom).toBeLessThan(1);
    expect((r.x2 - r.x1) * zoom).toBeCloseTo(BOX.width - 2 * FORCE_INSET.x);
    expect(r.x2 - r.x1).toBeCloseTo(2000);
  });
});

describe('byWeight', () => {
  it('orders by citations made and received, then by name', () => {
    const order = [node('b', 0, 2), node('a', 0, 2), node('c', 5, 0)].sort(byWeight);
    expect(order.map((n) => n.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('pickLabels', () => {
  const view: Rect = { x1: 0, y1: 0, x2: 500, y2: 500 };
  const box = (x: number, y: number, w = 60, h = 14): Rect => ({
    x1: x,
    y1: y,
    x2: x + w,
    y2: y + h,
  });

  it.each([
    {
      why: 'hides the weaker of two labels when every side of its node is taken',
      view: { x1: 0, y1: 0, x2: 200, y2: 130 },
      candidates: [
        { id: 'strong', label: box(100, 100), body: box(120, 70, 20, 20) },
        { id: 'weak', label: box(130, 105), body: box(165, 88, 20, 20) },
        { id: 'apart', label: box(10, 10), body: box(20, 30, 10, 10) },
      ],
      kept: ['apart', 'strong'],
    },
    {
      why: 'moves a label off another node or back into the view',
      view,
      candidates: [
        { id: 'big', label: box(10, 10), body: box(200, 190, 40, 40) },
        { id: 'under', label: box(190, 200), body: box(400, 400, 20, 20) },
        { id: 'outside', label: box(480, 480), body: box(490, 450, 10, 10) },
      ],
      kept: ['big', 'outside', 'under'],
    },
  ])('$why', ({ view: within, candidates, kept }) => {
    const sided = candidates.map((c) => ({ ...c, side: 'bottom' as const }));
    expect([...pickLabels(sided, within).keys()].sort()).toEqual(kept);
  });

  it('moves a label to another side of its node when its own is taken', () => {
    const kept = pickLabels(
      [
        { id: 'strong', label: box(100, 100), body: box(120, 70, 20, 20), side: 'bottom' },
        { id: 'moved', label: box(110, 105), body: box(130, 200, 20, 20), side: 'top' },
      ],
      view,
    );
    expect([...kept]).toEqual([
      ['strong', 'bottom'],
      ['moved', 'bottom'],
    ]);
  });
});

describe('edge hits', () => {
  const straight = { id: 'e', from: { x: 0, y: 0 }, mid: { x: 50, y: 0 }, to: { x: 100, y: 0 } };
  const bent = { id: 'f', from: { x: 0, y: 0 }, mid: { x: 50, y: 20 }, to: { x: 100, y: 0 } };

  it('follows the drawn curve through its midpoint', () => {
    expect(pointOnEdge(bent, 0.5)).toEqual({ x: 50, y: 20 });
    expect(pointOnEdge(bent, 0)).toEqual({ x: 0, y: 0 });
  });

  it('selects the arrow nearest a click beside it, within the tolerance only', () => {
    expect(nearestEdge({ x: 40, y: 6 }, [straight, bent], 12)).toBe('e');
    expect(nearestEdge({ x: 50, y: 17 }, [straight, bent], 12)).toBe('f');
    expect(nearestEdge({ x: 50, y: 60 }, [straight, bent], 12)).toBeNull();
  });

  it('finds a point of an edge that no node covers', () => {
    const overMiddle: Rect = { x1: 40, y1: -10, x2: 60, y2: 10 };
    const p = uncoveredPoint(straight, [overMiddle], 2);
    expect(p).not.toBeNull();
    expect((p?.x ?? 50) < 38 || (p?.x ?? 50) > 62).toBe(true);
    expect(uncoveredPoint(straight, [{ x1: -5, y1: -5, x2: 105, y2: 5 }], 0)).toBeNull();
  });

  it('opens the strongest link of a clicked node', () => {
    const links: LayoutLink[] = [
      { id: 'a>b', source: 'a', target: 'b', count: 3 },
      { id: 'c>b', source: 'c', target: 'b', count: 7 },
      { id: 'a>d', source: 'a', target: 'd', count: 9 },
    ];
    expect(strongestLink('b', links)).toBe('c>b');
    expect(strongestLink('a', links)).toBe('a>d');
    expect(strongestLink('z', links)).toBeNull();
  });
});

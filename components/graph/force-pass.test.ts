import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { describe, expect, it } from 'vitest';
import { runForcePass, type ForceSettings } from './force-pass';

// A graph with hubs, chains and some crowding: 300 nodes on a sunflower, edges by a fixed rule.
const N = 300;
const start = Array.from({ length: N }, (_, i) => ({
  x: 9 * Math.sqrt(i) * Math.cos(i * 2.4),
  y: 9 * Math.sqrt(i) * Math.sin(i * 2.4),
  r: 8 + (i % 5) * 3,
}));
const pairs: Array<[number, number]> = [];
for (let i = 1; i < N; i += 1) {
  pairs.push([i, Math.floor(i / 3)]);
  if (i % 4 === 0 && (i * 7) % N !== i) pairs.push([i, (i * 7) % N]);
}

const SETTINGS: ForceSettings = {
  ticks: 12,
  collideTicks: 0,
  alpha: 0.3,
  linkDistance: 80,
  charge: -120,
  // Exact repulsion on both sides: the two quadtrees then cannot differ in what they approximate.
  theta: 1e-3,
  distanceMax: 400,
  gravity: 0.02,
  gravityX: 0,
  gravityY: 0,
  collideStrength: 0.9,
  budgetMs: Infinity,
};

interface D3Node extends SimulationNodeDatum {
  r: number;
}

/** The same pass with d3-force itself, as big-layout.ts ran it before force-pass.ts. */
function d3Pass(settings: ForceSettings): Array<{ x: number; y: number }> {
  const nodes: D3Node[] = start.map((p) => ({ x: p.x, y: p.y, r: p.r }));
  const degree = new Array<number>(N).fill(0);
  for (const [s, t] of pairs) {
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
  }
  const decay = 1 - Math.pow(0.001 / settings.alpha, 1 / settings.ticks);
  const simulation = forceSimulation(nodes)
    .stop()
    .alpha(settings.alpha)
    .alphaMin(0.001)
    .alphaDecay(decay)
    .force(
      'link',
      forceLink(pairs.map(([s, t]) => ({ source: nodes[s]!, target: nodes[t]! })))
        .distance(settings.linkDistance)
        .strength((_, i) => {
          const [s = 0, t = 0] = pairs[i] ?? [];
          return 1 / Math.max(1, Math.min(degree[s] ?? 1, degree[t] ?? 1));
        }),
    )
    .force(
      'charge',
      forceManyBody<D3Node>()
        .strength(settings.charge)
        .theta(settings.theta)
        .distanceMax(settings.distanceMax),
    )
    .force('x', forceX<D3Node>(0).strength(settings.gravity))
    .force('y', forceY<D3Node>(0).strength(settings.gravity));
  for (let i = 0; i < settings.ticks; i += 1) {
    if (i === settings.ticks - settings.collideTicks) {
      simulation.force(
        'collide',
        forceCollide<D3Node>((n) => n.r)
          .strength(settings.collideStrength)
          .iterations(1),
      );
    }
    simulation.tick();
  }
  return nodes.map((n) => ({ x: n.x ?? NaN, y: n.y ?? NaN }));
}

function ownPass(settings: ForceSettings, fixedNode = -1): { x: Float64Array; y: Float64Array } {
  const x = Float64Array.from(start, (p) => p.x);
  const y = Float64Array.from(start, (p) => p.y);
  const fixed = new Uint8Array(N);
  if (fixedNode >= 0) fixed[fixedNode] = 1;
  runForcePass(
    {
      x,
      y,
      radius: Float64Array.from(start, (p) => p.r),
      fixed,
      ends: Int32Array.from(pairs.flat()),
    },
    settings,
  );
  return { x, y };
}

/** Farthest apart any node ends in the two passes. */
function worstGap(settings: ForceSettings): number {
  const theirs = d3Pass(settings);
  const ours = ownPass(settings);
  let worst = 0;
  theirs.forEach((p, i) => {
    worst = Math.max(worst, Math.hypot(p.x - (ours.x[i] ?? NaN), p.y - (ours.y[i] ?? NaN)));
  });
  return worst;
}

describe('force pass on typed arrays', () => {
  it('moves every node as d3-force does with the same springs, repulsion and gravity', () => {
    expect(worstGap(SETTINGS)).toBeLessThan(1e-9);
  });

  it('pushes overlapping nodes apart as d3-force does, up to the order of the pairs', () => {
    // Collisions apply pair by pair in quadtree order, which differs: under two pixels here.
    expect(worstGap({ ...SETTINGS, collideTicks: 4 })).toBeLessThan(2);
  });

  it('keeps a fixed node exactly where it was', () => {
    const ours = ownPass({ ...SETTINGS, collideTicks: 4 }, 7);
    expect([ours.x[7], ours.y[7]]).toEqual([start[7]?.x, start[7]?.y]);
  });
});

import { adjacency } from '../../components/graph/big-layout';
import { mulberry32 } from '../../model/seeded-random';

/**
 * Layout quality from final positions, the same computation for every bench:ui mode. Run in Node
 * after the page's timed window. Three figures, lower is better:
 * - overlaps per 1,000 nodes: pairs of node disks (diameter = the node's size) that intersect;
 * - crossings per edge: for a seeded sample of edges, how many other edges (not sharing an
 *   endpoint) each crosses, averaged;
 * - normalised stress: from a seeded sample of source nodes, ((s·euclid − hops) / hops)² averaged
 *   over every reachable pair, with s the scale that minimises it (so the figure ignores how
 *   big a layout chose to be).
 */

export interface QualityNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

export interface QualityEdge {
  readonly source: string;
  readonly target: string;
}

export interface LayoutQuality {
  readonly overlapsPer1000Nodes: number;
  readonly crossingsPerEdge: number;
  readonly stress: number;
}

const EDGE_SAMPLE = 1500;
const STRESS_SOURCES = 24;

/** Pairs of intersecting node disks, through a uniform grid of the biggest diameter. */
export function countOverlaps(nodes: readonly QualityNode[]): number {
  let cell = 1;
  for (const n of nodes) cell = Math.max(cell, n.size);
  const grid = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const key = `${Math.floor(n.x / cell)},${Math.floor(n.y / cell)}`;
    const list = grid.get(key);
    if (list === undefined) grid.set(key, [i]);
    else list.push(i);
  });
  let overlaps = 0;
  nodes.forEach((a, i) => {
    const cx = Math.floor(a.x / cell);
    const cy = Math.floor(a.y / cell);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const b = nodes[j];
          if (j <= i || b === undefined) continue;
          const reach = (a.size + b.size) / 2;
          if ((a.x - b.x) ** 2 + (a.y - b.y) ** 2 < reach * reach) overlaps += 1;
        }
      }
    }
  });
  return overlaps;
}

type Segment = readonly [number, number, number, number];

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number) {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** Proper crossing: each segment's ends strictly on both sides of the other's line. */
export function segmentsCross(p: Segment, q: Segment): boolean {
  const [ax, ay, bx, by] = p;
  const [cx, cy, dx, dy] = q;
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Mean crossings of a seeded sample of edges with all the others. */
export function crossingsPerEdge(
  nodes: readonly QualityNode[],
  edges: readonly QualityEdge[],
  sample = EDGE_SAMPLE,
): number {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const segments: Array<{ s: string; t: string; seg: Segment }> = [];
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (a !== undefined && b !== undefined)
      segments.push({ s: e.source, t: e.target, seg: [a.x, a.y, b.x, b.y] });
  }
  if (segments.length < 2) return 0;
  const random = mulberry32(segments.length);
  const picks = Math.min(sample, segments.length);
  let total = 0;
  for (let k = 0; k < picks; k += 1) {
    const i = picks === segments.length ? k : Math.floor(random() * segments.length);
    const e = segments[i];
    if (e === undefined) continue;
    for (const f of segments) {
      if (f === e || f.s === e.s || f.s === e.t || f.t === e.s || f.t === e.t) continue;
      if (segmentsCross(e.seg, f.seg)) total += 1;
    }
  }
  return total / picks;
}

/** Normalised stress against graph distances (hops) from a seeded sample of sources. */
export function normalisedStress(
  nodes: readonly QualityNode[],
  edges: readonly QualityEdge[],
  sources = STRESS_SOURCES,
): number {
  const { neighbours } = adjacency(nodes, edges);
  const random = mulberry32(nodes.length + 1);
  const pairs: Array<{ e: number; d: number }> = [];
  const dist = new Int32Array(nodes.length);
  const queue = new Int32Array(nodes.length);
  for (let k = 0; k < Math.min(sources, nodes.length); k += 1) {
    const from = Math.floor(random() * nodes.length);
    dist.fill(-1);
    dist[from] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = from;
    while (head < tail) {
      const v = queue[head++] ?? 0;
      for (const w of neighbours[v] ?? []) {
        if (dist[w] !== -1) continue;
        dist[w] = (dist[v] ?? 0) + 1;
        queue[tail++] = w;
      }
    }
    const a = nodes[from];
    if (a === undefined) continue;
    nodes.forEach((b, j) => {
      const d = dist[j] ?? -1;
      if (d > 0) pairs.push({ e: Math.hypot(a.x - b.x, a.y - b.y), d });
    });
  }
  if (pairs.length === 0) return 0;
  // s minimising Σ((s·e − d)/d)² is Σ(e/d) / Σ(e²/d²).
  let num = 0;
  let den = 0;
  for (const { e, d } of pairs) {
    num += e / d;
    den += (e * e) / (d * d);
  }
  const s = den > 0 ? num / den : 0;
  let stress = 0;
  for (const { e, d } of pairs) stress += ((s * e - d) / d) ** 2;
  return stress / pairs.length;
}

export function layoutQuality(
  nodes: readonly QualityNode[],
  edges: readonly QualityEdge[],
): LayoutQuality {
  return {
    overlapsPer1000Nodes: nodes.length > 0 ? (countOverlaps(nodes) * 1000) / nodes.length : 0,
    crossingsPerEdge: crossingsPerEdge(nodes, edges),
    stress: normalisedStress(nodes, edges),
  };
}

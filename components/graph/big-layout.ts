import { runForcePass } from './force-pass';

/**
 * The layout of big views, in the layout worker: a spectral start (pivot MDS, the method of
 * fcose's `draft` pass) and a bounded force-directed pass over it (force-pass.ts: d3-force's
 * forces on typed arrays: Barnes–Hut repulsion, springs on edges, collision by node size). Why
 * not fcose itself: its refinement runs at least 5 iterations per node whatever `numIter` says
 * (minutes at 2,000 nodes), its draft alone stacks nodes with the same neighbours on one spot,
 * and even draft spends a second building a headless Cytoscape and its collections. Pure apart
 * from the clock of the time budget.
 */

export interface RefineSpec {
  /** Simulation steps; the pass cools from `alpha` to near zero over them. */
  readonly ticks: number;
  /** The last this-many ticks also push overlapping nodes apart (the costliest force). */
  readonly collideTicks: number;
  /** Starting temperature: 1 rearranges freely, small values only polish what is there. */
  readonly alpha: number;
  /** Spring length, as fcose's `idealEdgeLength`. */
  readonly idealEdgeLength: number;
  /** Wall-clock cap in ms: slow machines stop early with a less polished (still valid) result. */
  readonly budgetMs: number;
  /** Start from the given positions (a few nodes joined a laid-out view), not a spectral one. */
  readonly fromCurrent?: boolean;
}

export interface BigLayoutNode {
  readonly id: string;
  readonly x?: number;
  readonly y?: number;
  /** Diameter in model pixels. */
  readonly size: number;
  readonly locked?: boolean;
}

export interface BigLayoutEdge {
  readonly source: string;
  readonly target: string;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Pivots of the spectral start: fcose's default `sampleSize`. */
const PIVOTS = 25;

/** Side of the start, in ideal edge lengths per square root of the node count. */
const SPREAD = 0.9;

/** Gap kept between node borders by the collision force. */
const COLLIDE_PADDING = 6;

/** Neighbour lists by node position and the distinct-ended edges as position pairs. */
export function adjacency(
  nodes: readonly { readonly id: string }[],
  edges: readonly BigLayoutEdge[],
) {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const neighbours: number[][] = nodes.map(() => []);
  const pairs: Array<[number, number]> = [];
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    neighbours[s]?.push(t);
    neighbours[t]?.push(s);
    pairs.push([s, t]);
  }
  return { neighbours, pairs };
}

function bfs(neighbours: readonly number[][], from: number, out: Float64Array): void {
  out.fill(-1);
  out[from] = 0;
  const queue = new Int32Array(neighbours.length);
  let head = 0;
  let tail = 0;
  queue[tail++] = from;
  while (head < tail) {
    const v = queue[head++] ?? 0;
    const d = (out[v] ?? 0) + 1;
    for (const w of neighbours[v] ?? []) {
      if (out[w] === -1) {
        out[w] = d;
        queue[tail++] = w;
      }
    }
  }
}

/**
 * Pivot MDS (Brandes & Pich): graph distances from a few far-apart pivots, double-centred, and
 * the two main axes of that matrix as x and y. One graph step is `unit` model pixels.
 * Deterministic: the first pivot is the node of highest degree, each next the farthest from all.
 */
export function spectralPositions(
  nodes: readonly BigLayoutNode[],
  edges: readonly BigLayoutEdge[],
  unit: number,
): Positions {
  const n = nodes.length;
  const out: Positions = {};
  if (n === 0) return out;
  const { neighbours, pairs } = adjacency(nodes, edges);
  const k = Math.min(PIVOTS, n);
  const columns: Float64Array[] = [];
  // Nodes the first pivot reaches: its component. The others are placed around it at the end.
  let reached: Float64Array | undefined;
  const nearest = new Float64Array(n).fill(Infinity);
  let pivot = 0;
  for (let i = 1; i < n; i += 1) {
    if ((neighbours[i]?.length ?? 0) > (neighbours[pivot]?.length ?? 0)) pivot = i;
  }
  for (let c = 0; c < k; c += 1) {
    const d = new Float64Array(n);
    bfs(neighbours, pivot, d);
    reached ??= d.slice();
    // Unreachable nodes (other components) sit one step beyond the farthest reachable one.
    let far = 0;
    for (let i = 0; i < n; i += 1) far = Math.max(far, d[i] ?? 0);
    for (let i = 0; i < n; i += 1) if (d[i] === -1) d[i] = far + 1;
    columns.push(d);
    let next = 0;
    for (let i = 0; i < n; i += 1) {
      nearest[i] = Math.min(nearest[i] ?? Infinity, d[i] ?? 0);
      if ((nearest[i] ?? 0) > (nearest[next] ?? 0)) next = i;
    }
    pivot = next;
  }
  // Double centring of the squared distances (n × k).
  const C = columns.map((col) => col.map((v) => v * v));
  const colMean = C.map((col) => col.reduce((a, b) => a + b, 0) / n);
  const rowMean = new Float64Array(n);
  for (const col of C)
    for (let i = 0; i < n; i += 1) rowMean[i] = (rowMean[i] ?? 0) + (col[i] ?? 0) / k;
  const grand = colMean.reduce((a, b) => a + b, 0) / k;
  C.forEach((col, j) => {
    for (let i = 0; i < n; i += 1) {
      col[i] = -0.5 * ((col[i] ?? 0) - (rowMean[i] ?? 0) - (colMean[j] ?? 0) + grand);
    }
  });
  // Power iteration on the k × k matrix CᵀC for the two main axes.
  const CtC: number[][] = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => {
      let sum = 0;
      const ca = C[a];
      const cb = C[b];
      if (ca === undefined || cb === undefined) return 0;
      for (let i = 0; i < n; i += 1) sum += (ca[i] ?? 0) * (cb[i] ?? 0);
      return sum;
    }),
  );
  const axes: number[][] = [];
  for (let axis = 0; axis < 2; axis += 1) {
    let v = Array.from({ length: k }, (_, i) => ((i * 7 + axis * 3) % 11) + 1);
    for (let iter = 0; iter < 100; iter += 1) {
      let w = CtC.map((row) => row.reduce((s, x, j) => s + x * (v[j] ?? 0), 0));
      // Deflate: stay orthogonal to the axes found before.
      for (const u of axes) {
        const dot = w.reduce((s, x, j) => s + x * (u[j] ?? 0), 0);
        w = w.map((x, j) => x - dot * (u[j] ?? 0));
      }
      const norm = Math.hypot(...w) || 1;
      v = w.map((x) => x / norm);
    }
    axes.push(v);
  }
  const coords = axes.map((v) => {
    const xs = new Float64Array(n);
    C.forEach((col, j) => {
      const f = v[j] ?? 0;
      for (let i = 0; i < n; i += 1) xs[i] = (xs[i] ?? 0) + (col[i] ?? 0) * f;
    });
    return xs;
  });
  // Scale so that one graph step (the mean edge) is about `unit` long.
  let total = 0;
  for (const [s, t] of pairs) {
    total += Math.hypot(
      (coords[0]?.[s] ?? 0) - (coords[0]?.[t] ?? 0),
      (coords[1]?.[s] ?? 0) - (coords[1]?.[t] ?? 0),
    );
  }
  const mean = pairs.length > 0 ? total / pairs.length : 0;
  const scale = mean > 0 ? unit / mean : unit;
  let radius = 0;
  nodes.forEach((node, i) => {
    const p = { x: (coords[0]?.[i] ?? 0) * scale, y: (coords[1]?.[i] ?? 0) * scale };
    out[node.id] = p;
    if (reached?.[i] !== -1) radius = Math.max(radius, Math.hypot(p.x, p.y));
  });
  // Other components (often single nodes) on a ring just outside the main one, not far away.
  const others = nodes.filter((_, i) => reached?.[i] === -1);
  others.forEach((node, j) => {
    const a = (2 * Math.PI * j) / others.length;
    const r = radius + unit * (1 + (j % 3) * 0.5);
    out[node.id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  return out;
}

/**
 * A bounded force pass from `start` (or the nodes' own positions). Locked nodes keep theirs
 * exactly. A cramped start is first spread to about the area the forces settle on, so the ticks
 * polish instead of inflate.
 */
export function refinePositions(
  nodes: readonly BigLayoutNode[],
  edges: readonly BigLayoutEdge[],
  spec: RefineSpec,
  start?: Positions,
  now: () => number = Date.now,
): Positions {
  const n = nodes.length;
  const at = (node: BigLayoutNode) => start?.[node.id] ?? { x: node.x ?? 0, y: node.y ?? 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const p = at(node);
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const ox = n > 0 ? (minX + maxX) / 2 : 0;
  const oy = n > 0 ? (minY + maxY) / 2 : 0;
  const side = Math.sqrt(n) * spec.idealEdgeLength * SPREAD;
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  const scale = spec.fromCurrent === true || extent >= side ? 1 : side / extent;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const radius = new Float64Array(n);
  const fixed = new Uint8Array(n);
  nodes.forEach((node, i) => {
    const p = at(node);
    radius[i] = node.size / 2 + COLLIDE_PADDING;
    if (node.locked === true && node.x !== undefined && node.y !== undefined) {
      x[i] = node.x;
      y[i] = node.y;
      fixed[i] = 1;
      return;
    }
    // Coincident starts get a tiny deterministic offset so the forces can tell them apart.
    const angle = i * 2.399963;
    x[i] = ox + (p.x - ox) * scale + Math.cos(angle) * 0.5;
    y[i] = oy + (p.y - oy) * scale + Math.sin(angle) * 0.5;
  });
  const { pairs } = adjacency(nodes, edges);
  const ends = new Int32Array(pairs.length * 2);
  pairs.forEach(([s, t], e) => {
    ends[2 * e] = s;
    ends[2 * e + 1] = t;
  });
  runForcePass(
    { x, y, radius, fixed, ends },
    {
      ticks: spec.ticks,
      collideTicks: spec.collideTicks,
      alpha: spec.alpha,
      linkDistance: spec.idealEdgeLength,
      charge: -1.5 * spec.idealEdgeLength,
      theta: 1.1,
      distanceMax: spec.idealEdgeLength * 5,
      // Weak gravity keeps disconnected pieces from drifting apart.
      gravity: 0.02,
      gravityX: ox,
      gravityY: oy,
      collideStrength: 0.9,
      budgetMs: spec.budgetMs,
    },
    now,
  );
  const out: Positions = {};
  nodes.forEach((node, i) => {
    out[node.id] = { x: x[i] ?? 0, y: y[i] ?? 0 };
  });
  return out;
}

/** The whole big-view layout: spectral start unless `fromCurrent`, then the force pass. */
export function bigLayout(
  nodes: readonly BigLayoutNode[],
  edges: readonly BigLayoutEdge[],
  spec: RefineSpec,
): Positions {
  const start =
    spec.fromCurrent === true ? undefined : spectralPositions(nodes, edges, spec.idealEdgeLength);
  return refinePositions(nodes, edges, spec, start);
}

/** Nodes of warmUpBigLayout's graph: enough for V8 to optimise the hot loops. */
const WARM_UP_NODES = 400;
/** A loaded machine cuts the warm-up short rather than keep a request waiting behind it. */
const WARM_UP_BUDGET_MS = 60;

/**
 * Runs the whole layout once on a small made-up graph and drops the result. A worker's first
 * layout otherwise runs its hot loops cold, interpreted until V8 optimises them: in Node, the
 * force pass at 2,000 nodes took 128 ms cold against 47 once warm. The worker runs this while
 * it waits for its first request.
 */
export function warmUpBigLayout(spec: RefineSpec): void {
  const nodes = Array.from({ length: WARM_UP_NODES }, (_, i) => ({
    id: String(i),
    size: 20 + (i % 5) * 6,
  }));
  const edges: BigLayoutEdge[] = [];
  for (let i = 1; i < WARM_UP_NODES; i += 1) {
    edges.push({ source: String(i), target: String(Math.floor(i / 3)) });
    if (i % 2 === 0) edges.push({ source: String(i), target: String((i * 7 + 3) % WARM_UP_NODES) });
  }
  bigLayout(nodes, edges, { ...spec, budgetMs: Math.min(spec.budgetMs, WARM_UP_BUDGET_MS) });
}

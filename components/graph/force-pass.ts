/**
 * The force-directed pass of big-layout.ts on flat typed arrays: the forces of d3-force (springs
 * with d3's bias and strength, Barnes–Hut repulsion, weak gravity, collision by radius, velocity
 * decay) and its cooling schedule, without its per-node objects and per-tick object quadtrees,
 * which made the pass most of a big first draw's layout time. Pure apart from the clock.
 */

export interface ForceGraph {
  /** Start positions, updated in place. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Collision radius of each node (its half size plus the padding kept). */
  readonly radius: Float64Array;
  /** 1 where the node must not move. */
  readonly fixed: Uint8Array;
  /** Edge ends as node indices, interleaved: source, target, source, target… */
  readonly ends: Int32Array;
}

export interface ForceSettings {
  readonly ticks: number;
  readonly collideTicks: number;
  readonly alpha: number;
  readonly linkDistance: number;
  /** Repulsion of each node (negative pushes apart), as d3's many-body strength. */
  readonly charge: number;
  readonly theta: number;
  readonly distanceMax: number;
  readonly gravity: number;
  readonly gravityX: number;
  readonly gravityY: number;
  readonly collideStrength: number;
  readonly budgetMs: number;
}

/** d3-force's defaults this pass keeps. */
const ALPHA_MIN = 0.001;
const VELOCITY_KEEP = 0.6;
const DISTANCE_MIN2 = 1;
/** Deepest quadtree split; points closer than this share a leaf. */
const MAX_DEPTH = 48;
/** `head` of a quad that has children, and of the root of no points. */
const INTERNAL = -1;
const EMPTY = -2;

function grown(a: Float64Array, capacity: number): Float64Array {
  const b = new Float64Array(capacity);
  b.set(a);
  return b;
}

/** A quadtree over points in typed arrays, rebuilt each tick (d3-quadtree's role). */
class Quadtree {
  /** Children of quad q at 4q..4q+3; -1 for none. */
  private child: Int32Array;
  /** First point of a leaf (-1 for an internal quad), and the next point of the same leaf. */
  private head: Int32Array;
  private readonly next: Int32Array;
  /** Per quad: weighted centre and summed strength (many-body), or biggest radius (collide). */
  cx: Float64Array;
  cy: Float64Array;
  value: Float64Array;
  size = 0;
  x0 = 0;
  y0 = 0;
  width = 0;

  constructor(points: number) {
    const capacity = Math.max(16, points * 4);
    this.child = new Int32Array(capacity * 4);
    this.head = new Int32Array(capacity);
    this.next = new Int32Array(points);
    this.cx = new Float64Array(capacity);
    this.cy = new Float64Array(capacity);
    this.value = new Float64Array(capacity);
  }

  private grow(): void {
    const capacity = this.head.length * 2;
    const child = new Int32Array(capacity * 4);
    child.set(this.child);
    this.child = child;
    const head = new Int32Array(capacity);
    head.set(this.head);
    this.head = head;
    this.cx = grown(this.cx, capacity);
    this.cy = grown(this.cy, capacity);
    this.value = grown(this.value, capacity);
  }

  /** A new quad: a leaf holding `point` (and the points listed after it), INTERNAL or EMPTY. */
  private quad(point: number): number {
    if (this.size === this.head.length) this.grow();
    const q = this.size;
    this.size += 1;
    this.child.fill(-1, q * 4, q * 4 + 4);
    this.head[q] = point;
    return q;
  }

  /** The quad's `i`th child, -1 for none. */
  childOf(q: number, i: number): number {
    return this.child[q * 4 + i] ?? -1;
  }

  /** A leaf's first point; INTERNAL or EMPTY otherwise. */
  firstPoint(q: number): number {
    return this.head[q] ?? INTERNAL;
  }

  nextPoint(p: number): number {
    return this.next[p] ?? -1;
  }

  build(x: Float64Array, y: Float64Array): void {
    const n = x.length;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i += 1) {
      const px = x[i] ?? 0;
      const py = y[i] ?? 0;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
    }
    this.x0 = n > 0 ? x0 : 0;
    this.y0 = n > 0 ? y0 : 0;
    // A hair wider, so the far edge falls inside.
    this.width = n > 0 ? Math.max(x1 - x0, y1 - y0, 1) * (1 + 1e-9) : 1;
    this.size = 0;
    this.quad(EMPTY);
    for (let i = 0; i < n; i += 1) this.insert(i, x[i] ?? 0, y[i] ?? 0, x, y);
  }

  private insert(p: number, px: number, py: number, x: Float64Array, y: Float64Array): void {
    this.next[p] = -1;
    let q = 0;
    let qx = this.x0;
    let qy = this.y0;
    let w = this.width;
    for (let depth = 0; ; depth += 1) {
      const first = this.head[q] ?? INTERNAL;
      if (first === EMPTY) {
        this.head[q] = p;
        return;
      }
      const h = w / 2;
      if (first >= 0) {
        const fx = x[first] ?? 0;
        const fy = y[first] ?? 0;
        if ((fx === px && fy === py) || depth >= MAX_DEPTH) {
          this.next[p] = this.next[first] ?? -1;
          this.next[first] = p;
          return;
        }
        // Split: the leaf's points move one level down, into their quadrant.
        this.head[q] = INTERNAL;
        const i = (fx >= qx + h ? 1 : 0) | (fy >= qy + h ? 2 : 0);
        this.child[q * 4 + i] = this.quad(first);
      }
      const right = px >= qx + h;
      const below = py >= qy + h;
      const i = (right ? 1 : 0) | (below ? 2 : 0);
      if (right) qx += h;
      if (below) qy += h;
      w = h;
      const c = this.child[q * 4 + i] ?? -1;
      if (c < 0) {
        this.child[q * 4 + i] = this.quad(p);
        return;
      }
      q = c;
    }
  }
}

/** Summed strength and strength-weighted centre of every quad, children before parents. */
function accumulateCharge(tree: Quadtree, x: Float64Array, y: Float64Array, charge: number): void {
  for (let q = tree.size - 1; q >= 0; q -= 1) {
    const first = tree.firstPoint(q);
    if (first >= 0) {
      let count = 0;
      for (let p = first; p >= 0; p = tree.nextPoint(p)) count += 1;
      tree.cx[q] = x[first] ?? 0;
      tree.cy[q] = y[first] ?? 0;
      tree.value[q] = charge * count;
      continue;
    }
    let value = 0;
    let weight = 0;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < 4; i += 1) {
      const c = tree.childOf(q, i);
      if (c < 0) continue;
      const v = tree.value[c] ?? 0;
      const a = Math.abs(v);
      if (a === 0) continue;
      value += v;
      weight += a;
      sx += a * (tree.cx[c] ?? 0);
      sy += a * (tree.cy[c] ?? 0);
    }
    tree.value[q] = value;
    tree.cx[q] = weight > 0 ? sx / weight : 0;
    tree.cy[q] = weight > 0 ? sy / weight : 0;
  }
}

/** Biggest radius under every quad, children before parents. */
function accumulateRadius(tree: Quadtree, radius: Float64Array): void {
  for (let q = tree.size - 1; q >= 0; q -= 1) {
    const first = tree.firstPoint(q);
    let r = 0;
    if (first >= 0) {
      for (let p = first; p >= 0; p = tree.nextPoint(p)) r = Math.max(r, radius[p] ?? 0);
    } else {
      for (let i = 0; i < 4; i += 1) {
        const c = tree.childOf(q, i);
        if (c >= 0) r = Math.max(r, tree.value[c] ?? 0);
      }
    }
    tree.value[q] = r;
  }
}

/** A tiny deterministic nudge for coincident points (d3 uses a seeded random one). */
function nudge(i: number, j: number): number {
  return (((i * 31 + j * 17) % 13) - 6) * 1e-7 || 1e-7;
}

/**
 * Runs `settings.ticks` ticks over `graph` (positions updated in place) and returns how many ran:
 * fewer when the wall clock passes `budgetMs`.
 */
export function runForcePass(
  graph: ForceGraph,
  settings: ForceSettings,
  now: () => number = Date.now,
): number {
  const began = now();
  const { x, y, fixed, ends } = graph;
  const n = x.length;
  const m = ends.length >> 1;
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  // Springs as d3's forceLink: bias by degree, strength 1 / the smaller degree.
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e += 1) {
    degree[ends[2 * e] ?? 0] = (degree[ends[2 * e] ?? 0] ?? 0) + 1;
    degree[ends[2 * e + 1] ?? 0] = (degree[ends[2 * e + 1] ?? 0] ?? 0) + 1;
  }
  const bias = new Float64Array(m);
  const strength = new Float64Array(m);
  for (let e = 0; e < m; e += 1) {
    const ds = degree[ends[2 * e] ?? 0] ?? 1;
    const dt = degree[ends[2 * e + 1] ?? 0] ?? 1;
    bias[e] = ds / (ds + dt);
    strength[e] = 1 / Math.max(1, Math.min(ds, dt));
  }
  const tree = new Quadtree(n);
  const stack = new Int32Array(MAX_DEPTH * 4 + 8);
  const stackX = new Float64Array(stack.length);
  const stackY = new Float64Array(stack.length);
  const stackW = new Float64Array(stack.length);
  const theta2 = settings.theta * settings.theta;
  const distanceMax2 = settings.distanceMax * settings.distanceMax;
  const ticks = Math.max(1, Math.floor(settings.ticks));
  const decay =
    1 - Math.pow(ALPHA_MIN / Math.max(settings.alpha, ALPHA_MIN * 2), 1 / Math.max(1, ticks));
  let alpha = settings.alpha;
  let ran = 0;
  for (let tick = 0; tick < ticks; tick += 1) {
    alpha -= alpha * decay;
    // Springs.
    for (let e = 0; e < m; e += 1) {
      const s = ends[2 * e] ?? 0;
      const t = ends[2 * e + 1] ?? 0;
      let dx = (x[t] ?? 0) + (vx[t] ?? 0) - (x[s] ?? 0) - (vx[s] ?? 0) || nudge(s, t);
      let dy = (y[t] ?? 0) + (vy[t] ?? 0) - (y[s] ?? 0) - (vy[s] ?? 0) || nudge(t, s);
      let l = Math.sqrt(dx * dx + dy * dy);
      l = ((l - settings.linkDistance) / l) * alpha * (strength[e] ?? 0);
      dx *= l;
      dy *= l;
      const b = bias[e] ?? 0.5;
      vx[t] = (vx[t] ?? 0) - dx * b;
      vy[t] = (vy[t] ?? 0) - dy * b;
      vx[s] = (vx[s] ?? 0) + dx * (1 - b);
      vy[s] = (vy[s] ?? 0) + dy * (1 - b);
    }
    // Barnes–Hut repulsion, as d3's forceManyBody.
    tree.build(x, y);
    accumulateCharge(tree, x, y, settings.charge);
    for (let i = 0; i < n; i += 1) {
      const xi = x[i] ?? 0;
      const yi = y[i] ?? 0;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[0] = 0;
      stackX[0] = tree.x0;
      stackY[0] = tree.y0;
      stackW[0] = tree.width;
      top = 1;
      while (top > 0) {
        top -= 1;
        const q = stack[top] ?? 0;
        const value = tree.value[q] ?? 0;
        if (value === 0) continue;
        const w = stackW[top] ?? 0;
        let dx = (tree.cx[q] ?? 0) - xi;
        let dy = (tree.cy[q] ?? 0) - yi;
        let l = dx * dx + dy * dy;
        const first = tree.firstPoint(q);
        if ((w * w) / theta2 < l) {
          if (l < distanceMax2) {
            if (l < DISTANCE_MIN2) l = Math.sqrt(DISTANCE_MIN2 * l);
            fx += (dx * value) / l;
            fy += (dy * value) / l;
          }
          continue;
        }
        if (first < 0) {
          const qx = stackX[top] ?? 0;
          const qy = stackY[top] ?? 0;
          const h = w / 2;
          for (let c = 3; c >= 0; c -= 1) {
            const child = tree.childOf(q, c);
            if (child < 0) continue;
            stack[top] = child;
            stackX[top] = qx + (c & 1 ? h : 0);
            stackY[top] = qy + (c & 2 ? h : 0);
            stackW[top] = h;
            top += 1;
          }
          continue;
        }
        if (l >= distanceMax2) continue;
        if (first !== i || tree.nextPoint(first) >= 0) {
          if (dx === 0) {
            dx = nudge(i, q);
            l += dx * dx;
          }
          if (dy === 0) {
            dy = nudge(q, i);
            l += dy * dy;
          }
          if (l < DISTANCE_MIN2) l = Math.sqrt(DISTANCE_MIN2 * l);
        }
        for (let p = first; p >= 0; p = tree.nextPoint(p)) {
          if (p === i) continue;
          fx += (dx * settings.charge) / l;
          fy += (dy * settings.charge) / l;
        }
      }
      vx[i] = (vx[i] ?? 0) + fx * alpha;
      vy[i] = (vy[i] ?? 0) + fy * alpha;
    }
    // Weak gravity.
    for (let i = 0; i < n; i += 1) {
      vx[i] = (vx[i] ?? 0) + (settings.gravityX - (x[i] ?? 0)) * settings.gravity * alpha;
      vy[i] = (vy[i] ?? 0) + (settings.gravityY - (y[i] ?? 0)) * settings.gravity * alpha;
    }
    if (tick >= ticks - settings.collideTicks) collide(graph, vx, vy, tree, settings);
    for (let i = 0; i < n; i += 1) {
      if (fixed[i] === 1) {
        vx[i] = 0;
        vy[i] = 0;
        continue;
      }
      vx[i] = (vx[i] ?? 0) * VELOCITY_KEEP;
      vy[i] = (vy[i] ?? 0) * VELOCITY_KEEP;
      x[i] = (x[i] ?? 0) + (vx[i] ?? 0);
      y[i] = (y[i] ?? 0) + (vy[i] ?? 0);
    }
    ran += 1;
    if (now() - began > settings.budgetMs) break;
  }
  return ran;
}

/** Pushes overlapping nodes apart as d3's forceCollide (one iteration), by velocity. */
function collide(
  graph: ForceGraph,
  vx: Float64Array,
  vy: Float64Array,
  tree: Quadtree,
  settings: ForceSettings,
): void {
  const { x, y, radius } = graph;
  const n = x.length;
  // As d3: the tree of where the nodes are headed.
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    px[i] = (x[i] ?? 0) + (vx[i] ?? 0);
    py[i] = (y[i] ?? 0) + (vy[i] ?? 0);
  }
  tree.build(px, py);
  accumulateRadius(tree, radius);
  const stack: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const ri = radius[i] ?? 0;
    const ri2 = ri * ri;
    const xi = (x[i] ?? 0) + (vx[i] ?? 0);
    const yi = (y[i] ?? 0) + (vy[i] ?? 0);
    stack.length = 0;
    stack.push(0, tree.x0, tree.y0, tree.width);
    while (stack.length > 0) {
      const w = stack.pop() ?? 0;
      const qy = stack.pop() ?? 0;
      const qx = stack.pop() ?? 0;
      const q = stack.pop() ?? 0;
      const reach = ri + (tree.value[q] ?? 0);
      if (qx > xi + reach || qx + w < xi - reach || qy > yi + reach || qy + w < yi - reach) {
        continue;
      }
      const first = tree.firstPoint(q);
      if (first < 0) {
        const h = w / 2;
        for (let c = 3; c >= 0; c -= 1) {
          const child = tree.childOf(q, c);
          if (child >= 0) stack.push(child, qx + (c & 1 ? h : 0), qy + (c & 2 ? h : 0), h);
        }
        continue;
      }
      for (let j = first; j >= 0; j = tree.nextPoint(j)) {
        if (j <= i) continue;
        const rj = radius[j] ?? 0;
        const r = ri + rj;
        let dx = xi - (x[j] ?? 0) - (vx[j] ?? 0);
        let dy = yi - (y[j] ?? 0) - (vy[j] ?? 0);
        let l = dx * dx + dy * dy;
        if (l >= r * r) continue;
        if (dx === 0) {
          dx = nudge(i, j);
          l += dx * dx;
        }
        if (dy === 0) {
          dy = nudge(j, i);
          l += dy * dy;
        }
        l = Math.sqrt(l);
        l = ((r - l) / l) * settings.collideStrength;
        dx *= l;
        dy *= l;
        const rj2 = rj * rj;
        const share = rj2 / (ri2 + rj2);
        vx[i] = (vx[i] ?? 0) + dx * share;
        vy[i] = (vy[i] ?? 0) + dy * share;
        vx[j] = (vx[j] ?? 0) - dx * (1 - share);
        vy[j] = (vy[j] ?? 0) - dy * (1 - share);
      }
    }
  }
}

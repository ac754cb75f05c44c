/**
 * Where the citation network's nodes go and which labels are drawn. Pure (no Cytoscape), so the
 * geometry is unit-tested; `citation-canvas.tsx` applies it. Positions are in container pixels
 * around the container's centre, so the drawing fills the canvas at zoom 1 without a fit.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A node as the layout sees it: citations made and received, and its drawn diameter. */
export interface LayoutNode {
  readonly id: string;
  readonly name: string;
  readonly cites: number;
  readonly citedBy: number;
  readonly size: number;
}

export interface LayoutLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly count: number;
}

/** Most citing sources that still make a star (they sit in the middle of the rings). */
export const MAX_HUBS = 4;
/** Share of the drawn links the hubs must make for the rings; below it, a force layout. */
export const HUB_SHARE = 0.8;
/** Widest node label in screen pixels (longer names end in an ellipsis). */
export const LABEL_MAX_WIDTH = 130;
/** Free space between the outermost nodes' centres and the container's edges, for the labels. */
export interface Inset {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
}
/** Rings: labels point outward, so a whole label beside the outermost nodes, one above or below. */
export const RING_INSET: Inset = Object.freeze({ x: LABEL_MAX_WIDTH + 10, top: 40, bottom: 40 });
/** Force layout: labels hang below their nodes. */
export const FORCE_INSET: Inset = Object.freeze({
  x: LABEL_MAX_WIDTH / 2 + 5,
  top: 24,
  bottom: 40,
});

/** Where a node's label sits relative to it. */
export type LabelSide = 'top' | 'bottom' | 'left' | 'right';
export type Placement = Point & { readonly side: LabelSide };
/** |cos| of a ring angle beyond which a label goes beside its node rather than above or below. */
const BESIDE = 0.8;
/** Arc length per node on the inner rings: room for a label beside its neighbours'. */
const TARGET_ARC = 90;
/** Least space between two neighbours on a ring, beyond their radii. */
const NODE_GAP = 4;
/** Radial room a ring needs: a large node plus its label. */
const RING_GAP = 56;
/** Innermost ring, as a fraction of the outermost, when there are several. */
const INNER_RING = 0.34;
/** Radius of the hubs' own small ring (when several), as a fraction of the outermost. */
const HUB_RING = 0.14;
/** Largest ratio between the horizontal and vertical stretch of a force layout. */
const MAX_STRETCH_RATIO = 3;

export type LayoutPlan =
  { readonly kind: 'rings'; readonly hubs: readonly string[] } | { readonly kind: 'force' };

function weight(n: LayoutNode): number {
  return n.cites + n.citedBy;
}

/** Heaviest first (most citations made and received), then by name and id: stable. */
export function byWeight(a: LayoutNode, b: LayoutNode): number {
  return (
    weight(b) - weight(a) ||
    a.name.localeCompare(b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Rings around the citing sources when one or a few of them make nearly every link (KCNA citing
 * a hundred outlets), a force layout when citing is spread over many sources.
 */
export function chooseLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
): LayoutPlan {
  const citing = nodes.filter((n) => n.cites > 0);
  citing.sort((a, b) => b.cites - a.cites || byWeight(a, b));
  const hubs = citing.slice(0, MAX_HUBS).map((n) => n.id);
  if (citing.length <= MAX_HUBS) return { kind: 'rings', hubs };
  const hubSet = new Set(hubs);
  const fromHubs = links.filter((l) => hubSet.has(l.source)).length;
  return fromHubs >= HUB_SHARE * links.length ? { kind: 'rings', hubs } : { kind: 'force' };
}

/** Ramanujan's approximation of an ellipse's perimeter. */
function perimeter(a: number, b: number): number {
  return Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));
}

/** The drawable half-axes of a container: what is left inside the inset. */
function halfAxes(box: Size, inset: Inset): { a: number; b: number; dy: number } {
  const a = Math.max(1, box.width / 2 - inset.x);
  const b = Math.max(1, (box.height - inset.top - inset.bottom) / 2);
  // An uneven inset moves the centre by half the difference.
  return { a, b, dy: (inset.top - inset.bottom) / 2 };
}

/** The label side pointing away from the middle, for a node at parametric angle `angle`. */
function outward(angle: number): LabelSide {
  const cos = Math.cos(angle);
  if (Math.abs(cos) >= BESIDE) return cos > 0 ? 'right' : 'left';
  return Math.sin(angle) < 0 ? 'top' : 'bottom';
}

/** Ring fractions (of the outermost ellipse) for k rings. */
function ringFractions(k: number): number[] {
  if (k === 1) return [1];
  return Array.from({ length: k }, (_, i) => INNER_RING + ((1 - INNER_RING) * i) / (k - 1));
}

/** Positions in model units, and the zoom that shows them filling the container. */
export interface Layout {
  readonly positions: Map<string, Placement>;
  readonly zoom: number;
}

/** Zoom steps tried when the nodes do not fit a small container at zoom 1. */
const ZOOM_STEP = 0.85;
const MIN_ZOOM = 0.25;

/**
 * Concentric ellipses shaped like the container: the hubs in the middle, every other node on a
 * ring, the most cited nearest the middle. Adds rings until nodes are spaced for their labels
 * (or no further ring has radial room); each ring is turned half a step from the one inside so
 * arrows to it tend to pass between the inner ring's nodes. A container too small for the nodes
 * at zoom 1 gets a lower zoom (labels keep their size on screen, so the inset does too).
 */
export function ringLayout(
  nodes: readonly LayoutNode[],
  hubs: readonly string[],
  box: Size,
): Layout {
  let zoom = 1;
  for (;;) {
    const { positions, fits } = ringPositions(nodes, hubs, box, zoom);
    if (fits || zoom * ZOOM_STEP < MIN_ZOOM)
      return { positions: spread(positions, box, zoom), zoom };
    zoom *= ZOOM_STEP;
  }
}

/**
 * Stretches a few ring nodes (two outlets on a diagonal) out to the drawable area's edges, each
 * axis apart and only outward, so a small network does not sit in the middle of the canvas.
 */
function spread(
  positions: Map<string, Placement>,
  box: Size,
  zoom: number,
): Map<string, Placement> {
  const { a, b, dy } = halfAxes(box, RING_INSET);
  let x = 0;
  let y = 0;
  for (const p of positions.values()) {
    x = Math.max(x, Math.abs(p.x));
    y = Math.max(y, Math.abs(p.y - dy / zoom));
  }
  const sx = x > 1 ? Math.max(1, a / zoom / x) : 1;
  const sy = y > 1 ? Math.max(1, b / zoom / y) : 1;
  if (sx === 1 && sy === 1) return positions;
  const out = new Map<string, Placement>();
  for (const [id, p] of positions)
    out.set(id, { ...p, x: p.x * sx, y: dy / zoom + (p.y - dy / zoom) * sy });
  return out;
}

function ringPositions(
  nodes: readonly LayoutNode[],
  hubs: readonly string[],
  box: Size,
  zoom: number,
): { positions: Map<string, Placement>; fits: boolean } {
  const screen = halfAxes(box, RING_INSET);
  const [a, b, dy] = [screen.a / zoom, screen.b / zoom, screen.dy / zoom];
  const positions = new Map<string, Placement>();
  const hubSet = new Set(hubs);
  // Several hubs start on the long axis, so two of them sit side by side.
  hubs.forEach((id, i) => {
    const angle = Math.PI + (2 * Math.PI * i) / hubs.length;
    const r = hubs.length === 1 ? 0 : HUB_RING;
    positions.set(id, {
      x: r * a * Math.cos(angle),
      y: dy + r * b * Math.sin(angle),
      side: hubs.length === 1 ? 'bottom' : outward(angle),
    });
  });
  const rest = nodes.filter((n) => !hubSet.has(n.id)).sort(byWeight);
  if (rest.length === 0) return { positions, fits: true };

  // Inner rings hold the heavier nodes, spaced for their labels; the outermost takes the rest,
  // however tight, so the weakest are the ones whose labels give way.
  const maxRings = Math.max(1, Math.floor(((1 - INNER_RING) * b) / RING_GAP) + 1);
  let fractions = [1];
  let perimeters = [perimeter(a, b)];
  for (let k = 1; k <= maxRings; k++) {
    fractions = ringFractions(k);
    perimeters = fractions.map((t) => perimeter(t * a, t * b));
    const roomy = perimeters.reduce((s, p) => s + Math.floor(p / TARGET_ARC), 0);
    if (roomy >= rest.length) break;
  }
  let left = rest.length;
  const counts = perimeters.map((p, i) => {
    const count = i === perimeters.length - 1 ? left : Math.min(left, Math.floor(p / TARGET_ARC));
    left -= count;
    return count;
  });

  const hubSize = Math.max(0, ...nodes.filter((n) => hubSet.has(n.id)).map((n) => n.size));
  // How far out (as a fraction of the short half-axis) the ring inside reaches.
  let inside = ((hubs.length > 1 ? HUB_RING * b : 0) + hubSize / 2) / b;
  let fits = true;
  let start = 0;
  let turn = -Math.PI / 2;
  counts.forEach((count, ring) => {
    const t = fractions[ring] ?? 1;
    const step = (2 * Math.PI) / Math.max(1, count);
    // A quarter step off the vertical: two or three nodes do not line up with the hubs.
    turn += ring > 0 ? step / 2 : step / 4;
    const members = rest.slice(start, start + count);
    start += count;
    // Parametric angles crowd the ends of the long axis (spacing there is the short half-axis
    // times the step). Too tight for the biggest node: every other node moves one node inward.
    const need = Math.max(0, ...members.map((n) => n.size)) + NODE_GAP;
    const along = Math.min(t * a, t * b) * step;
    const zigzag = count > 1 && along < need ? need / b : 0;
    const alongRoom = zigzag > 0 ? 2 * along : along;
    const radialRoom = (t - zigzag - inside) * b;
    if ((count > 1 && alongRoom < need) || radialRoom < need) fits = false;
    inside = t;
    members.forEach((n, i) => {
      const angle = turn + step * i;
      const r = t - (i % 2 === 1 ? zigzag : 0);
      positions.set(n.id, {
        x: r * a * Math.cos(angle),
        y: dy + r * b * Math.sin(angle),
        side: outward(angle),
      });
    });
  });
  return { positions, fits };
}

/**
 * Scales positions (a force layout's) so their extent fills the container's drawable area,
 * horizontally and vertically apart, but never one more than `MAX_STRETCH_RATIO` times the other.
 * Never squeezes them below the force layout's own spacing: a lower zoom shows them instead.
 */
export function stretchToBox(positions: ReadonlyMap<string, Point>, box: Size): Layout {
  const screen = halfAxes(box, FORCE_INSET);
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions.values()) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const out = new Map<string, Placement>();
  if (positions.size === 0) return { positions: out, zoom: 1 };
  let sx = x2 > x1 ? (2 * screen.a) / (x2 - x1) : Infinity;
  let sy = y2 > y1 ? (2 * screen.b) / (y2 - y1) : Infinity;
  if (sx === Infinity) sx = sy === Infinity ? 1 : sy;
  if (sy === Infinity) sy = sx;
  sx = Math.min(sx, sy * MAX_STRETCH_RATIO);
  sy = Math.min(sy, sx * MAX_STRETCH_RATIO);
  const zoom = Math.max(MIN_ZOOM, Math.min(1, sx, sy));
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  for (const [id, p] of positions)
    out.set(id, {
      x: ((p.x - cx) * sx) / zoom,
      y: (screen.dy + (p.y - cy) * sy) / zoom,
      side: 'bottom',
    });
  return { positions: out, zoom };
}

function overlaps(r: Rect, s: Rect): boolean {
  return r.x1 < s.x2 && s.x1 < r.x2 && r.y1 < s.y2 && s.y1 < r.y2;
}

/** The middle of a node's box, without the corners a round or hexagonal body leaves empty. */
function core(r: Rect): Rect {
  const dx = (r.x2 - r.x1) * BODY_CORNER;
  const dy = (r.y2 - r.y1) * BODY_CORNER;
  return { x1: r.x1 + dx, y1: r.y1 + dy, x2: r.x2 - dx, y2: r.y2 - dy };
}
const BODY_CORNER = 0.15;

/** Grid cell size for the overlap test, in the boxes' units (pixels): about a label's width. */
const CELL = 96;

/** Sides tried, after a label's own, when its own is taken. */
const SIDES: readonly LabelSide[] = ['top', 'bottom', 'right', 'left'];
/** Margin around a label moved to another side: its drawn box may differ by a pixel or two. */
const MOVED_PAD = 4;

/** Where a label of w x h would go on `side` of a body, padded by MOVED_PAD. */
function labelBox(body: Rect, side: LabelSide, w: number, h: number): Rect {
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  const p = MOVED_PAD;
  switch (side) {
    case 'top':
      return { x1: cx - w / 2 - p, y1: body.y1 - h - 2 * p, x2: cx + w / 2 + p, y2: body.y1 };
    case 'bottom':
      return { x1: cx - w / 2 - p, y1: body.y2, x2: cx + w / 2 + p, y2: body.y2 + h + 2 * p };
    case 'left':
      return { x1: body.x1 - w - 2 * p, y1: cy - h / 2 - p, x2: body.x1, y2: cy + h / 2 + p };
    case 'right':
      return { x1: body.x2, y1: cy - h / 2 - p, x2: body.x2 + w + 2 * p, y2: cy + h / 2 + p };
  }
}

/**
 * Which labels to draw, and on which side: candidates in priority order, each kept on its own
 * side, else on the first other side, where its box lies in `view` and overlaps no kept label
 * and no other node's body. Boxes are clipped to the view and looked up in a uniform grid, so
 * the work is about linear in the number of nodes.
 */
export function pickLabels(
  candidates: readonly {
    readonly id: string;
    readonly label: Rect;
    readonly body: Rect;
    readonly side: LabelSide;
  }[],
  view: Rect,
): Map<string, LabelSide> {
  const grid = new Map<string, { owner: string; rect: Rect }[]>();
  const cells = function* (r: Rect): Generator<string> {
    const x1 = Math.floor(Math.max(r.x1, view.x1) / CELL);
    const x2 = Math.floor(Math.min(r.x2, view.x2) / CELL);
    const y1 = Math.floor(Math.max(r.y1, view.y1) / CELL);
    const y2 = Math.floor(Math.min(r.y2, view.y2) / CELL);
    for (let i = x1; i <= x2; i++) for (let j = y1; j <= y2; j++) yield `${i},${j}`;
  };
  const insert = (owner: string, rect: Rect) => {
    for (const key of cells(rect)) {
      let list = grid.get(key);
      if (list === undefined) grid.set(key, (list = []));
      list.push({ owner, rect });
    }
  };
  const free = (owner: string, l: Rect) => {
    if (l.x1 < view.x1 || l.y1 < view.y1 || l.x2 > view.x2 || l.y2 > view.y2) return false;
    for (const key of cells(l))
      if (grid.get(key)?.some((o) => o.owner !== owner && overlaps(o.rect, l)) === true)
        return false;
    return true;
  };
  // A round body leaves its box's corners empty: only its middle blocks a label.
  for (const c of candidates) insert(c.id, core(c.body));
  const kept = new Map<string, LabelSide>();
  for (const c of candidates) {
    const w = c.label.x2 - c.label.x1;
    const h = c.label.y2 - c.label.y1;
    const options: [LabelSide, Rect][] = [
      [c.side, c.label],
      ...SIDES.filter((s) => s !== c.side).map((s): [LabelSide, Rect] => [
        s,
        labelBox(c.body, s, w, h),
      ]),
    ];
    const fit = options.find(([, rect]) => free(c.id, rect));
    if (fit === undefined) continue;
    kept.set(c.id, fit[0]);
    insert(c.id, fit[1]);
  }
  return kept;
}

/** The link a click on a node opens: its strongest (most citations, then id), or null. */
export function strongestLink(nodeId: string, links: readonly LayoutLink[]): string | null {
  let best: LayoutLink | null = null;
  for (const l of links) {
    if (l.source !== nodeId && l.target !== nodeId) continue;
    if (best === null || l.count > best.count || (l.count === best.count && l.id < best.id))
      best = l;
  }
  return best?.id ?? null;
}

/** An edge as drawn: a quadratic curve from its source endpoint through its midpoint. */
export interface EdgePath {
  readonly id: string;
  readonly from: Point;
  readonly mid: Point;
  readonly to: Point;
}

/** The point at t (0..1) of the quadratic curve through from, mid (at t = 0.5) and to. */
export function pointOnEdge(e: EdgePath, t: number): Point {
  // The control point of the quadratic that passes through `mid` at t = 0.5.
  const cx = 2 * e.mid.x - (e.from.x + e.to.x) / 2;
  const cy = 2 * e.mid.y - (e.from.y + e.to.y) / 2;
  const u = 1 - t;
  return {
    x: u * u * e.from.x + 2 * u * t * cx + t * t * e.to.x,
    y: u * u * e.from.y + 2 * u * t * cy + t * t * e.to.y,
  };
}

/** Samples along an edge, midpoint first then outward, for hit tests. */
const SAMPLES = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];

/**
 * The edge passing nearest a point, if within `tolerance`: a click beside a thin arrow still
 * selects it. Sampled, so the distance is approximate to a few pixels on long edges.
 */
export function nearestEdge(
  point: Point,
  edges: readonly EdgePath[],
  tolerance: number,
): string | null {
  let best: string | null = null;
  let bestDistance = tolerance;
  for (const e of edges) {
    for (let i = 0; i <= 20; i++) {
      const p = pointOnEdge(e, i / 20);
      const d = Math.hypot(p.x - point.x, p.y - point.y);
      if (d <= bestDistance) {
        bestDistance = d;
        best = e.id;
      }
    }
  }
  return best;
}

/** A point on an edge that no node covers (midpoint first), or null when every sample is covered. */
export function uncoveredPoint(e: EdgePath, bodies: readonly Rect[], margin: number): Point | null {
  for (const t of SAMPLES) {
    const p = pointOnEdge(e, t);
    const covered = bodies.some(
      (r) =>
        p.x > r.x1 - margin && p.x < r.x2 + margin && p.y > r.y1 - margin && p.y < r.y2 + margin,
    );
    if (!covered) return p;
  }
  return null;
}

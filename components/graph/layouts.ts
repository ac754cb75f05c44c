import type { LayoutOptions } from 'cytoscape';
import type { NodeKind } from '@/model/graph-model';
import type { LayoutName } from '@/model/view-state';
import type { RefineSpec } from './big-layout';

/**
 * Layout option objects (frozen: callers spread them, never mutate) and the pure `timeline`
 * layout. Which layout runs where (worker or main thread) is the canvas's business.
 */

/** From this many nodes on, fcose runs without animation, off the main thread where possible. */
export const BIG_GRAPH_NODES = 300;

/**
 * From this many nodes on, the worker runs big-layout.ts (a spectral start and a bounded force
 * pass, about a second at 2,000 nodes) instead of fcose. Below it the worker affords fcose at
 * `default` quality (seconds at 500 nodes, 14 s under load in bench:ui, against 4 s for bare
 * Cytoscape's draft; minutes at 2,000, since fcose iterates at least five times per node).
 * fcose's `draft` alone is no answer: it puts nodes with the same neighbours (articles of one
 * outlet naming one actor) on the very same spot — 48 distinct positions for 441 nodes in our
 * smoke test.
 */
export const SPECTRAL_FROM_NODES = 400;

/** The force pass of a big view's full layout (big-layout.ts `RefineSpec`). */
export const BIG_LAYOUT_SPEC: RefineSpec = Object.freeze({
  // 8 ticks from a hotter start (the last with collisions, which costs twice a plain tick) keep
  // stress, crossings and overlaps below fcose draft's in bench:ui's synthetic views at 500 to
  // 5,000 nodes, in about half the time of 15 ticks with 2: the layout was the longest step
  // before a big view's first paint (docs/explorer.md has the figures).
  ticks: 8,
  collideTicks: 1,
  alpha: 0.5,
  idealEdgeLength: 80,
  // A slow machine stops early with a rougher layout rather than keep the analyst waiting.
  budgetMs: 1500,
});

/** A few nodes joined a laid-out big view: polish from where everything is, keep the map. */
export const BIG_LAYOUT_INCREMENTAL_SPEC: RefineSpec = Object.freeze({
  ...BIG_LAYOUT_SPEC,
  ticks: 25,
  collideTicks: 10,
  alpha: 0.1,
  fromCurrent: true,
});

/** Animation is pleasant for small graphs only; beyond this it costs more than it explains. */
export const ANIMATE_MAX_NODES = 150;

export const FIT_PADDING = 30;

/** fcose for small and medium graphs: good quality, animated. */
export const FCOSE_OPTIONS = Object.freeze({
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: true,
  animationDuration: 500,
  fit: true,
  padding: FIT_PADDING,
  nodeDimensionsIncludeLabels: false,
  // Packing needs cytoscape-layout-utilities, which we do not ship; fcose tiles components itself.
  packComponents: false,
  nodeRepulsion: 6500,
  idealEdgeLength: 80,
  edgeElasticity: 0.45,
  numIter: 2500,
  tile: true,
});

/** fcose for big graphs: spectral (draft) pass only, no animation. */
export const FCOSE_DRAFT_OPTIONS = Object.freeze({
  ...FCOSE_OPTIONS,
  quality: 'draft',
  randomize: true,
  animate: false,
  numIter: 1000,
});

/** Concentric rings by degree: hubs in the middle. */
export const CONCENTRIC_OPTIONS = Object.freeze({
  name: 'concentric',
  fit: true,
  padding: FIT_PADDING,
  animate: false,
  avoidOverlap: true,
  minNodeSpacing: 12,
  // Bucket degrees so rings are few: one ring per power of two of the degree.
  levelWidth: () => 1,
  concentric: (node: { data(key: string): unknown }) => {
    const degree = node.data('degree');
    return Math.floor(Math.log2(1 + (typeof degree === 'number' ? degree : 0)));
  },
});

/** Breadth-first tree from the seeds (roots are supplied at run time). */
export const BREADTHFIRST_OPTIONS = Object.freeze({
  name: 'breadthfirst',
  fit: true,
  padding: FIT_PADDING,
  animate: false,
  directed: false,
  spacingFactor: 1.1,
  avoidOverlap: true,
});

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface LayoutContext {
  readonly nodeCount: number;
  /** Roots for breadthfirst (the seeds present in the graph). */
  readonly roots?: readonly string[];
  /** Pinned node positions that fcose must keep. */
  readonly fixed?: ReadonlyArray<{ readonly nodeId: string; readonly position: Position }>;
  /** Positions for the `timeline` preset layout. */
  readonly positions?: Readonly<Record<string, Position>>;
  /** True when only a few nodes were added: keep existing positions and refine. */
  readonly incremental?: boolean;
  /** True when the layout runs in a worker, where a slower, better fcose does not block input. */
  readonly offMainThread?: boolean;
}

/**
 * The Cytoscape option object for a layout name in a context. Pure: returns fresh objects built
 * from the frozen defaults.
 */
export function layoutOptions(name: LayoutName, ctx: LayoutContext): LayoutOptions {
  const animate = ctx.nodeCount <= ANIMATE_MAX_NODES;
  switch (name) {
    case 'fcose': {
      const big = ctx.nodeCount >= BIG_GRAPH_NODES;
      // (From SPECTRAL_FROM_NODES on the worker runs bigLayoutSpec instead; draft is its fallback.)
      const draft = big && (ctx.offMainThread !== true || ctx.nodeCount >= SPECTRAL_FROM_NODES);
      const base = draft ? FCOSE_DRAFT_OPTIONS : FCOSE_OPTIONS;
      const options: Record<string, unknown> = {
        ...base,
        animate: base.animate && animate && !big,
      };
      // Refining from current positions keeps the analyst's mental map after an expansion.
      if (ctx.incremental === true && base === FCOSE_OPTIONS) options.randomize = false;
      if (ctx.fixed !== undefined && ctx.fixed.length > 0) {
        options.fixedNodeConstraint = ctx.fixed.map((f) => ({
          nodeId: f.nodeId,
          position: { x: f.position.x, y: f.position.y },
        }));
      }
      return options as unknown as LayoutOptions;
    }
    case 'concentric':
      return { ...CONCENTRIC_OPTIONS, animate };
    case 'breadthfirst':
      return {
        ...BREADTHFIRST_OPTIONS,
        animate,
        ...(ctx.roots !== undefined && ctx.roots.length > 0 ? { roots: [...ctx.roots] } : {}),
      };
    case 'timeline':
      return {
        name: 'preset',
        fit: true,
        padding: FIT_PADDING,
        animate,
        animationDuration: 400,
        positions: { ...(ctx.positions ?? {}) },
      } as unknown as LayoutOptions;
  }
}

/**
 * The big-layout.ts pass that replaces fcose for this layout, or undefined where fcose itself
 * runs: only fcose, only in the worker, only from SPECTRAL_FROM_NODES on.
 */
export function bigLayoutSpec(name: LayoutName, ctx: LayoutContext): RefineSpec | undefined {
  if (name !== 'fcose' || ctx.offMainThread !== true || ctx.nodeCount < SPECTRAL_FROM_NODES) {
    return undefined;
  }
  return ctx.incremental === true ? BIG_LAYOUT_INCREMENTAL_SPEC : BIG_LAYOUT_SPEC;
}

// ---- timeline ---------------------------------------------------------------------------------

/** Lane order top to bottom: who publishes, what is published, what is cited, who, which story. */
export const TIMELINE_LANES: readonly NodeKind[] = Object.freeze([
  'Source',
  'Article',
  'Event',
  'Actor',
  'Narrative',
]);

export const TIMELINE_DEFAULTS = Object.freeze({
  /** Horizontal extent of the dated range in model pixels. */
  width: 2400,
  /** Minimum horizontal gap between nodes in one row of a lane. */
  minGap: 46,
  /** Vertical gap between rows inside a lane. */
  rowGap: 44,
  /** Extra vertical gap between lanes. */
  laneGap: 90,
  /** Gap between the undated column and the dated range. */
  undatedGap: 140,
});

const UNDATED_PER_ROW = 6;

export interface TimelineNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly date: string | null;
}

export interface TimelineResult {
  readonly positions: Readonly<Record<string, Position>>;
  /** Top y of each non-empty lane, for drawing lane labels. */
  readonly lanes: ReadonlyArray<{ readonly kind: NodeKind; readonly y: number }>;
  /** Dated range the x axis spans (ISO dates), or null when nothing is dated. */
  readonly range: { readonly from: string; readonly to: string } | null;
}

function dayNumber(date: string | null): number | undefined {
  if (date === null) return undefined;
  const ms = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : undefined;
}

/**
 * Timeline layout: x is the node's date (linear in days), y is a lane per kind. Undated nodes
 * (actors, narratives) sit at the median x of their dated neighbours — near the articles that
 * name them — or, without any, in a column left of the range. Within a lane, nodes that would
 * overlap go to further rows. Deterministic for a given input.
 */
export function timelinePositions(
  nodes: readonly TimelineNode[],
  edges: ReadonlyArray<{ readonly source: string; readonly target: string }>,
  options: Partial<typeof TIMELINE_DEFAULTS> = {},
): TimelineResult {
  const o = { ...TIMELINE_DEFAULTS, ...options };
  const days = new Map<string, number>();
  for (const n of nodes) {
    const d = dayNumber(n.date);
    if (d !== undefined) days.set(n.id, d);
  }
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const d of days.values()) {
    minDay = Math.min(minDay, d);
    maxDay = Math.max(maxDay, d);
  }
  const span = maxDay - minDay;
  const xOfDay = (d: number) => (span > 0 ? ((d - minDay) / span) * o.width : o.width / 2);

  const x = new Map<string, number>();
  for (const [id, d] of days) x.set(id, xOfDay(d));

  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list === undefined) neighbours.set(a, [b]);
    else list.push(b);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const undatedX = -o.undatedGap;
  for (const n of nodes) {
    if (x.has(n.id)) continue;
    const xs = (neighbours.get(n.id) ?? [])
      .map((m) => x.get(m))
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b);
    x.set(n.id, xs.length > 0 ? (xs[Math.floor((xs.length - 1) / 2)] ?? undatedX) : undatedX);
  }

  const positions: Record<string, Position> = {};
  const lanes: Array<{ kind: NodeKind; y: number }> = [];
  let laneTop = 0;
  for (const kind of TIMELINE_LANES) {
    const members = nodes
      .filter((n) => n.kind === kind)
      .map((n) => ({ id: n.id, x: x.get(n.id) ?? undatedX }))
      .sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (members.length === 0) continue;
    // Greedy row packing: first row whose last node is far enough to the left.
    const rowEnds: number[] = [];
    let undated = 0;
    for (const m of members) {
      let placedX = m.x;
      let row: number;
      if (m.x === undatedX) {
        // The undated block grows leftwards, UNDATED_PER_ROW nodes per row.
        row = Math.floor(undated / UNDATED_PER_ROW);
        placedX = undatedX - (undated % UNDATED_PER_ROW) * o.minGap;
        undated += 1;
      } else {
        row = rowEnds.findIndex((end) => m.x - end >= o.minGap);
        if (row === -1) row = rowEnds.length;
        rowEnds[row] = m.x;
      }
      positions[m.id] = { x: Math.round(placedX), y: laneTop + row * o.rowGap };
    }
    lanes.push({ kind, y: laneTop });
    const rows = Math.max(rowEnds.length, Math.ceil(undated / UNDATED_PER_ROW), 1);
    laneTop += (rows - 1) * o.rowGap + o.laneGap;
  }

  const range =
    days.size === 0
      ? null
      : {
          from: new Date(minDay * 86_400_000).toISOString().slice(0, 10),
          to: new Date(maxDay * 86_400_000).toISOString().slice(0, 10),
        };
  return { positions, lanes, range };
}

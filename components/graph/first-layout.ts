import type { ElementDefinition } from 'cytoscape';
import type { LayoutRequest } from './layout-protocol';
import type { Position } from './layouts';
import type { RefineSpec } from './big-layout';

/**
 * Geometry of a big view's first draw. A big view is laid out before Cytoscape draws it: drawing
 * 2,000 nodes at temporary positions and again at their laid-out ones cost a second full render
 * (and its texture caches) on the main thread, which also delayed the layout worker's start.
 * Where that cannot happen (the layout is stopped or fails), the nodes are drawn on a sunflower.
 */

/** Sunflower spread: golden angle, about one node per SPREAD_STEP². */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
export const SPREAD_STEP = 40;

/** Positions of `ids` on a sunflower around `centre`, in order from the middle out. */
export function sunflowerPositions(
  ids: readonly string[],
  centre: Position = { x: 0, y: 0 },
): Record<string, Position> {
  const out: Record<string, Position> = {};
  ids.forEach((id, i) => {
    const r = SPREAD_STEP * Math.sqrt(i);
    const a = i * GOLDEN_ANGLE;
    out[id] = { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
  });
  return out;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: Position;
}

/**
 * The viewport that shows every position with `margin` model pixels around each (half the
 * biggest node) and `padding` screen pixels inside the canvas, centred, zoom at most `maxZoom`.
 * Computed from positions alone: Cytoscape's own fit measures every label, which costs hundreds of
 * milliseconds at 2,000 nodes.
 */
export function viewportFitting(
  positions: Iterable<Position>,
  canvas: { readonly width: number; readonly height: number },
  options: { readonly margin: number; readonly padding: number; readonly maxZoom: number },
): Viewport {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 > x2) return { zoom: 1, pan: { x: canvas.width / 2, y: canvas.height / 2 } };
  const width = x2 - x1 + 2 * options.margin;
  const height = y2 - y1 + 2 * options.margin;
  const room = {
    width: Math.max(1, canvas.width - 2 * options.padding),
    height: Math.max(1, canvas.height - 2 * options.padding),
  };
  const zoom = Math.min(room.width / width, room.height / height, options.maxZoom);
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  return {
    zoom,
    pan: { x: canvas.width / 2 - centre.x * zoom, y: canvas.height / 2 - centre.y * zoom },
  };
}

/** The worker's request for elements not drawn yet, each node starting at `start`. */
export function layoutRequestFor(
  jobId: number,
  elements: readonly ElementDefinition[],
  start: Readonly<Record<string, Position>>,
  options: Readonly<Record<string, unknown>>,
  refine: RefineSpec | undefined,
): LayoutRequest {
  const nodes: LayoutRequest['nodes'][number][] = [];
  const edges: LayoutRequest['edges'][number][] = [];
  for (const el of elements) {
    const id = String(el.data.id);
    if (el.group === 'edges') {
      edges.push({ id, source: String(el.data.source), target: String(el.data.target) });
      continue;
    }
    const p = start[id];
    nodes.push({ id, size: Number(el.data.size) || 20, ...(p !== undefined ? p : {}) });
  }
  return { jobId, nodes, edges, options, ...(refine !== undefined ? { refine } : {}) };
}

import { viewportFitting, type Viewport } from './first-layout';
import type { Position } from './layouts';
import {
  CYTOSCAPE_DEFAULT_COLOR,
  roundPolygonRadius,
  roundRectangleRadius,
  UNIT_POLYGONS,
} from './node-shapes';

/**
 * The first paint of a big view, drawn by the layout worker on a plain 2D canvas the moment its
 * positions are known (first-paint-preview.ts owns the canvas on the page): the nodes and edges
 * as the big views' stylesheet draws them (shape, size, colour, opacity; straight edges under the
 * nodes), in the viewport the canvas then fits, so Cytoscape's first frame replaces it without a
 * jump. Pure: it only calls the context it is given.
 */

export type PreviewShape = 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'round-triangle';

export interface PreviewNodeStyle {
  readonly shape: PreviewShape;
  readonly color: string;
  readonly opacity: number;
}

/** What the worker needs besides the layout request's nodes and edges, aligned with them. */
export interface PreviewScene {
  /** Index into `nodeStyles` per node of the request. */
  readonly nodeStyle: Uint8Array;
  readonly nodeStyles: readonly PreviewNodeStyle[];
  /** Index into `edgeColors` per edge of the request. */
  readonly edgeStyle: Uint8Array;
  readonly edgeColors: readonly string[];
  readonly edgeWidth: number;
  readonly edgeOpacity: number;
  /** The canvas in CSS pixels, and device pixels per CSS pixel of its bitmap. */
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  /** How the canvas fits a first draw (canvas-view.ts `FIT_OPTIONS`). */
  readonly fit: { readonly margin: number; readonly padding: number; readonly maxZoom: number };
}

/** The part of CanvasRenderingContext2D (or its offscreen twin) the preview uses. */
export type PreviewContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arcTo'
  | 'ellipse'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
>;

/** A polygon's path, corners rounded by `radius` (0: sharp). */
function polygonPath(
  ctx: PreviewContext,
  x: number,
  y: number,
  half: number,
  points: readonly (readonly [number, number])[],
  radius: number,
): void {
  const count = points.length;
  const at = (i: number) => {
    const [px = 0, py = 0] = points[((i % count) + count) % count] ?? [];
    return { x: x + half * px, y: y + half * py };
  };
  if (radius <= 0) {
    const first = at(0);
    ctx.moveTo(first.x, first.y);
    for (let i = 1; i < count; i += 1) {
      const p = at(i);
      ctx.lineTo(p.x, p.y);
    }
    ctx.closePath();
    return;
  }
  const last = at(count - 1);
  const first = at(0);
  ctx.moveTo((last.x + first.x) / 2, (last.y + first.y) / 2);
  for (let i = 0; i < count; i += 1) {
    const corner = at(i);
    const next = at(i + 1);
    ctx.arcTo(corner.x, corner.y, (corner.x + next.x) / 2, (corner.y + next.y) / 2, radius);
  }
  ctx.closePath();
}

/** The unit square as `round-rectangle` corners, in drawing order. */
const SQUARE = [
  [1, -1],
  [1, 1],
  [-1, 1],
  [-1, -1],
] as const;

function nodePath(ctx: PreviewContext, shape: PreviewShape, p: Position, size: number): void {
  const half = size / 2;
  switch (shape) {
    case 'ellipse':
      ctx.moveTo(p.x + half, p.y);
      ctx.ellipse(p.x, p.y, half, half, 0, 0, 2 * Math.PI);
      return;
    case 'round-rectangle':
      polygonPath(ctx, p.x, p.y, half, SQUARE, roundRectangleRadius(size, size));
      return;
    case 'round-triangle':
      polygonPath(ctx, p.x, p.y, half, UNIT_POLYGONS[shape], roundPolygonRadius(size, size));
      return;
    default:
      polygonPath(ctx, p.x, p.y, half, UNIT_POLYGONS[shape], 0);
  }
}

/**
 * Paints `nodes` and `edges` at `positions` on `ctx` (a canvas of `scene.width` × `scene.height`
 * CSS pixels) in the viewport that fits them, and returns that viewport. Edges first, one stroke
 * each as Cytoscape draws them (overlaps darken alike), then nodes in request order.
 */
export function paintPreview(
  ctx: PreviewContext,
  nodes: readonly { readonly id: string; readonly size: number }[],
  edges: readonly { readonly source: string; readonly target: string }[],
  positions: Readonly<Record<string, Position>>,
  scene: PreviewScene,
): Viewport {
  const viewport = viewportFitting(Object.values(positions), scene, scene.fit);
  const ratio = scene.pixelRatio;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, scene.width * ratio, scene.height * ratio);
  const scale = ratio * viewport.zoom;
  ctx.setTransform(scale, 0, 0, scale, ratio * viewport.pan.x, ratio * viewport.pan.y);
  ctx.lineWidth = scene.edgeWidth;
  ctx.globalAlpha = scene.edgeOpacity;
  edges.forEach((edge, i) => {
    const s = positions[edge.source];
    const t = positions[edge.target];
    if (s === undefined || t === undefined || edge.source === edge.target) return;
    ctx.strokeStyle = scene.edgeColors[scene.edgeStyle[i] ?? 0] ?? CYTOSCAPE_DEFAULT_COLOR;
    ctx.beginPath();
    ctx.moveTo(s.x, s.y);
    ctx.lineTo(t.x, t.y);
    ctx.stroke();
  });
  nodes.forEach((node, i) => {
    const p = positions[node.id];
    const style = scene.nodeStyles[scene.nodeStyle[i] ?? 0];
    if (p === undefined || style === undefined) return;
    ctx.globalAlpha = style.opacity;
    ctx.fillStyle = style.color;
    ctx.beginPath();
    nodePath(ctx, style.shape, p, node.size);
    ctx.fill();
  });
  ctx.globalAlpha = 1;
  return viewport;
}

import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { escapeXml } from '@/model/xml-text';
import { CYTOSCAPE_DEFAULT_COLOR, roundRectangleRadius, UNIT_POLYGONS } from './node-shapes';

/**
 * Our own SVG export: the drawn graph as a vector document. Written here rather than taken from
 * cytoscape-svg because that package is GPL-3.0 and Narragraph is Apache-2.0. Two steps: read a
 * plain scene from cy (what the stylesheet resolved for each drawn element), then write the scene
 * as SVG with a pure function that tests can check without a browser.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type SvgNodeShape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'diamond'
  | 'hexagon'
  | 'triangle'
  | 'round-triangle';

export interface SvgNode {
  readonly id: string;
  /** Centre, in model coordinates. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly shape: SvgNodeShape;
  readonly fill: string;
  readonly borderColor: string;
  readonly borderWidth: number;
  readonly opacity: number;
  /** The label as drawn (already shortened); empty for none. Drawn below the node. */
  readonly label: string;
  readonly fontSize: number;
  readonly fontFamily: string;
  readonly labelColor: string;
}

export interface SvgEdge {
  readonly id: string;
  /** Where the line leaves the source and meets the target (arrow tip). */
  readonly source: Point;
  readonly target: Point;
  /** Quadratic bezier control points between them; empty for a straight line. */
  readonly controlPoints: readonly Point[];
  readonly color: string;
  readonly width: number;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
  readonly opacity: number;
  /** Arrowhead at the target, with Cytoscape's `arrow-scale`; 0 for none. */
  readonly arrowScale: number;
  readonly arrowColor: string;
}

export interface SvgScene {
  readonly nodes: readonly SvgNode[];
  readonly edges: readonly SvgEdge[];
  readonly background: string;
}

/** Margin around the drawing, in model pixels. */
const PADDING = 20;
/** Space between a node's bottom and its label (the stylesheet's `text-margin-y`). */
const LABEL_MARGIN = 3;
/** Width of the white halo behind labels (the stylesheet's `text-outline-width`). */
const LABEL_OUTLINE = 2;

function num(value: number): string {
  // Two decimals are sub-pixel at any sensible zoom and keep the file small.
  return String(Math.round(value * 100) / 100);
}

function finitePoint(p: Point | undefined): p is Point {
  return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
}

const POLYGONS: Partial<Record<SvgNodeShape, readonly (readonly [number, number])[]>> =
  UNIT_POLYGONS;

function shapeElement(n: SvgNode): string {
  const style =
    `fill="${escapeXml(n.fill)}" stroke="${escapeXml(n.borderColor)}" ` +
    `stroke-width="${num(n.borderWidth)}"`;
  const rx = n.width / 2;
  const ry = n.height / 2;
  const corners = POLYGONS[n.shape];
  if (corners !== undefined) {
    const points = corners.map(([px, py]) => `${num(n.x + px * rx)},${num(n.y + py * ry)}`);
    // Rounded variants: a round join is the closest plain SVG gets to Cytoscape's rounded corners.
    const join = n.shape.startsWith('round-') ? ' stroke-linejoin="round"' : '';
    return `<polygon points="${points.join(' ')}" ${style}${join}/>`;
  }
  if (n.shape === 'rectangle' || n.shape === 'round-rectangle') {
    const r = n.shape === 'round-rectangle' ? roundRectangleRadius(n.width, n.height) : 0;
    return (
      `<rect x="${num(n.x - rx)}" y="${num(n.y - ry)}" width="${num(n.width)}" ` +
      `height="${num(n.height)}"${r > 0 ? ` rx="${num(r)}"` : ''} ${style}/>`
    );
  }
  return `<ellipse cx="${num(n.x)}" cy="${num(n.y)}" rx="${num(rx)}" ry="${num(ry)}" ${style}/>`;
}

function labelElement(n: SvgNode): string {
  if (n.label === '') return '';
  // Baseline of one line of text whose top sits LABEL_MARGIN under the node.
  const y = n.y + n.height / 2 + LABEL_MARGIN + n.fontSize * 0.9;
  return (
    `<text x="${num(n.x)}" y="${num(y)}" text-anchor="middle" ` +
    `font-family="${escapeXml(n.fontFamily)}" font-size="${num(n.fontSize)}" ` +
    `fill="${escapeXml(n.labelColor)}" stroke="#ffffff" stroke-width="${LABEL_OUTLINE * 2}" ` +
    `stroke-linejoin="round" paint-order="stroke">${escapeXml(n.label)}</text>`
  );
}

/**
 * The path through the control points as Cytoscape draws a bezier: one quadratic segment per
 * control point, joined at the midpoints between consecutive control points.
 */
export function edgePath(e: Pick<SvgEdge, 'source' | 'target' | 'controlPoints'>): string {
  const { source, target } = e;
  const cps = e.controlPoints.filter(finitePoint);
  let d = `M${num(source.x)},${num(source.y)}`;
  if (cps.length === 0) return `${d} L${num(target.x)},${num(target.y)}`;
  cps.forEach((cp, i) => {
    const next = cps[i + 1];
    const end = next === undefined ? target : { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 };
    d += ` Q${num(cp.x)},${num(cp.y)} ${num(end.x)},${num(end.y)}`;
  });
  return d;
}

/** Length of an arrowhead in model pixels, as Cytoscape sizes it from the edge width. */
export function arrowLength(width: number, scale: number): number {
  return 0.3 * Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

/** Triangle corners with the tip at the target, pointing along the curve's last tangent. */
function arrowPoints(e: SvgEdge): string | undefined {
  if (e.arrowScale <= 0) return undefined;
  const from = [...e.controlPoints].reverse().find(finitePoint) ?? e.source;
  const dx = e.target.x - from.x;
  const dy = e.target.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return undefined;
  const ux = dx / len;
  const uy = dy / len;
  const length = arrowLength(e.width, e.arrowScale);
  const half = length / 2;
  const bx = e.target.x - ux * length;
  const by = e.target.y - uy * length;
  const corners = [
    [e.target.x, e.target.y],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
  return corners.map(([x = 0, y = 0]) => `${num(x)},${num(y)}`).join(' ');
}

function dashArray(e: SvgEdge): string {
  if (e.lineStyle === 'dashed')
    return ` stroke-dasharray="${num(6 * e.width)} ${num(3 * e.width)}"`;
  if (e.lineStyle === 'dotted') return ` stroke-dasharray="${num(e.width)} ${num(2 * e.width)}"`;
  return '';
}

function edgeElement(e: SvgEdge): string {
  const arrow = arrowPoints(e);
  return (
    `<g class="edge" data-id="${escapeXml(e.id)}" opacity="${num(e.opacity)}">` +
    `<path d="${edgePath(e)}" fill="none" stroke="${escapeXml(e.color)}" ` +
    `stroke-width="${num(e.width)}"${dashArray(e)}/>` +
    (arrow !== undefined ? `<polygon points="${arrow}" fill="${escapeXml(e.arrowColor)}"/>` : '') +
    '</g>'
  );
}

/** Bounding box of everything drawn, labels included (estimated: no font metrics here). */
function extent(scene: SvgScene): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const take = (x: number, y: number) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  };
  for (const n of scene.nodes) {
    const labelHalf = (n.label.length * n.fontSize * GLYPH_WIDTH) / 2;
    const halfWidth = Math.max(n.width / 2, labelHalf);
    take(n.x - halfWidth, n.y - n.height / 2);
    const labelBottom = n.label === '' ? 0 : LABEL_MARGIN + n.fontSize * 1.2;
    take(n.x + halfWidth, n.y + n.height / 2 + labelBottom);
  }
  for (const e of scene.edges) {
    for (const p of [e.source, e.target, ...e.controlPoints]) take(p.x, p.y);
  }
  if (x1 > x2) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return { x1, y1, x2, y2 };
}

/**
 * The scene as a standalone SVG document: edges under nodes, labels on top (the canvas order),
 * sized to the drawing plus a margin. Every text and attribute value is escaped.
 */
export function sceneToSvg(scene: SvgScene): string {
  const box = extent(scene);
  const x = box.x1 - PADDING;
  const y = box.y1 - PADDING;
  const width = box.x2 - box.x1 + 2 * PADDING;
  const height = box.y2 - box.y1 + 2 * PADDING;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" ` +
      `viewBox="${num(x)} ${num(y)} ${num(width)} ${num(height)}">`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" ` +
      `fill="${escapeXml(scene.background)}"/>`,
    '<g class="edges">',
    ...scene.edges.map(edgeElement),
    '</g>',
    '<g class="nodes">',
  ];
  for (const n of scene.nodes) {
    out.push(
      `<g class="node" data-id="${escapeXml(n.id)}" opacity="${num(n.opacity)}">` +
        `<title>${escapeXml(n.label)}</title>${shapeElement(n)}${labelElement(n)}</g>`,
    );
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}

const SHAPES = new Set<string>([
  'ellipse',
  'rectangle',
  'round-rectangle',
  'diamond',
  'hexagon',
  'triangle',
  'round-triangle',
]);

/** `"2px"`, `2`, `"0.75"` → a number; `fallback` for anything else. */
function px(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/**
 * Endpoints and control points as the renderer computed them; a headless cy (tests) or an edge
 * not drawn yet has none, and falls back to the straight line between node centres.
 */
function edgeGeometry(e: EdgeSingular): Pick<SvgEdge, 'source' | 'target' | 'controlPoints'> {
  const centre = (n: NodeSingular): Point => ({ x: n.position('x'), y: n.position('y') });
  let source: Point | undefined;
  let target: Point | undefined;
  let controlPoints: Point[] = [];
  try {
    source = e.sourceEndpoint();
    target = e.targetEndpoint();
    controlPoints = e.controlPoints() ?? [];
  } catch {
    // Not rendered: keep the fallback.
  }
  return {
    source: finitePoint(source) ? { x: source.x, y: source.y } : centre(e.source()),
    target: finitePoint(target) ? { x: target.x, y: target.y } : centre(e.target()),
    controlPoints: controlPoints.filter(finitePoint).map((p) => ({ x: p.x, y: p.y })),
  };
}

/** Average glyph width of a sans-serif font as a share of its size: SVG has no font metrics here. */
const GLYPH_WIDTH = 0.55;

/**
 * A label cut the way `text-wrap: ellipsis` with `text-max-width` cuts it on the canvas, with the
 * width estimated from the character count (the canvas measures; an export cannot).
 */
export function ellipsize(label: string, maxWidth: number, fontSize: number): string {
  if (!Number.isFinite(maxWidth) || maxWidth <= 0 || fontSize <= 0) return label;
  const fits = Math.max(1, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH)));
  const chars = [...label];
  return chars.length <= fits
    ? label
    : `${chars
        .slice(0, fits - 1)
        .join('')
        .trimEnd()}…`;
}

/** What cy draws now (visible elements, with their resolved styles), as a plain scene. */
export function sceneFromCy(cy: Core, background = '#ffffff'): SvgScene {
  const nodes: SvgNode[] = [];
  cy.nodes().forEach((n) => {
    if (!n.visible()) return;
    const shape = String(n.style('shape'));
    const fontSize = px(n.style('font-size'), 11);
    // A label the canvas does not draw (culled where it would overlap another) is not written.
    const drawn = px(n.style('text-opacity'), 1) > 0;
    const label = drawn && typeof n.style('label') === 'string' ? String(n.style('label')) : '';
    const wrap = String(n.style('text-wrap'));
    nodes.push({
      id: n.id(),
      x: n.position('x'),
      y: n.position('y'),
      width: n.width(),
      height: n.height(),
      shape: (SHAPES.has(shape) ? shape : 'ellipse') as SvgNodeShape,
      fill: text(n.style('background-color'), CYTOSCAPE_DEFAULT_COLOR),
      borderColor: text(n.style('border-color'), '#ffffff'),
      borderWidth: px(n.style('border-width'), 0),
      opacity: px(n.style('opacity'), 1),
      label:
        wrap === 'ellipsis'
          ? ellipsize(label, px(n.style('text-max-width'), Infinity), fontSize)
          : label,
      fontSize,
      fontFamily: text(n.style('font-family'), 'sans-serif'),
      labelColor: text(n.style('color'), '#000000'),
    });
  });
  const edges: SvgEdge[] = [];
  cy.edges().forEach((e) => {
    if (!e.visible()) return;
    const lineStyle = String(e.style('line-style'));
    const arrow = String(e.style('target-arrow-shape'));
    edges.push({
      id: e.id(),
      ...edgeGeometry(e),
      color: text(e.style('line-color'), CYTOSCAPE_DEFAULT_COLOR),
      width: px(e.style('width'), 1),
      lineStyle: lineStyle === 'dashed' || lineStyle === 'dotted' ? lineStyle : 'solid',
      opacity: px(e.style('opacity'), 1),
      arrowScale: arrow === 'none' ? 0 : px(e.style('arrow-scale'), 1),
      arrowColor: text(e.style('target-arrow-color'), CYTOSCAPE_DEFAULT_COLOR),
    });
  });
  return { nodes, edges, background };
}

/** SVG of the whole drawn graph on white, as a download-ready Blob. */
export function svgBlob(cy: Core): Blob {
  return new Blob([sceneToSvg(sceneFromCy(cy))], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * Cytoscape's node shapes and default colour as its canvas renderer (3.34) draws them, for the two
 * drawings made without it: the SVG export (export-svg.ts) and the layout worker's first paint
 * (preview-paint.ts). Pure data, so the worker can load it without Cytoscape.
 */

/** Cytoscape's colour for a node fill or an edge line its stylesheet does not set. */
export const CYTOSCAPE_DEFAULT_COLOR = '#999999';

/** Polygon corners of a shape in a unit box [-1, 1]², y down, in drawing order. */
export const UNIT_POLYGONS = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  'round-triangle': [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

export type PolygonShape = keyof typeof UNIT_POLYGONS;

/** The corner radius of a `round-rectangle`: a quarter of the smaller side, at most 8. */
export const roundRectangleRadius = (width: number, height: number): number =>
  Math.min(width / 4, height / 4, 8);

/** The corner radius of Cytoscape's round polygons (`round-triangle`, ...). */
export const roundPolygonRadius = (width: number, height: number): number =>
  Math.min(width / 10, height / 10, 8);

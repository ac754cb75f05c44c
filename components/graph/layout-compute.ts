import cytoscape from 'cytoscape';
import {
  answerWith,
  bigLayoutOf,
  type LayoutRequest,
  type LayoutResponse,
} from './layout-protocol';
import { registerExtensions } from './register-extensions';

/**
 * A layout computed on a throwaway headless Cytoscape: the body of the layout worker, and the
 * main-thread fallback where workers are unavailable. Only plain data crosses the boundary.
 */

/** The positions `request` asks for, computed synchronously. Throws on failure. */
export function layoutPositions(request: LayoutRequest): Record<string, { x: number; y: number }> {
  return request.refine === undefined ? runCytoscapeLayout(request) : bigLayoutOf(request);
}

/** Runs the layout synchronously and returns the positions it chose. */
export function computeLayout(request: LayoutRequest): LayoutResponse {
  return answerWith(request, layoutPositions);
}

/** The layout of `request.options` on a throwaway headless Cytoscape. Throws on failure. */
function runCytoscapeLayout(request: LayoutRequest): Record<string, { x: number; y: number }> {
  registerExtensions();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Sizes matter to fcose's overlap removal; everything else about style does not.
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    // Without this the default 'null' layout would move every given position to the origin.
    layout: { name: 'preset' },
    elements: [
      ...request.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, size: n.size },
        ...(n.x !== undefined && n.y !== undefined ? { position: { x: n.x, y: n.y } } : {}),
        locked: n.locked === true,
      })),
      ...request.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target },
      })),
    ],
  });
  try {
    const options = {
      ...request.options,
      name: String(request.options.name),
      animate: false,
      fit: false,
    };
    cy.layout(options).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: p.x, y: p.y };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}

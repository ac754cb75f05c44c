import cytoscape from 'cytoscape';
import { bigLayout, type RefineSpec } from './big-layout';
import { registerExtensions } from './register-extensions';

/**
 * A layout computed on a throwaway headless Cytoscape: the body of the layout worker, and the
 * main-thread fallback where workers are unavailable. Only plain data crosses the boundary.
 */

export interface LayoutRequest {
  readonly jobId: number;
  readonly nodes: ReadonlyArray<{
    readonly id: string;
    readonly size: number;
    readonly x?: number;
    readonly y?: number;
    readonly locked?: boolean;
  }>;
  readonly edges: ReadonlyArray<{
    readonly id: string;
    readonly source: string;
    readonly target: string;
  }>;
  /** Structured-cloneable layout options (no functions). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Big views: the spectral start and bounded force pass of big-layout.ts instead of `options`. */
  readonly refine?: RefineSpec;
}

export type LayoutResponse =
  | {
      readonly jobId: number;
      readonly ok: true;
      readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
      readonly ms: number;
    }
  | { readonly jobId: number; readonly ok: false; readonly error: string };

/** Runs the layout synchronously and returns the positions it chose. */
export function computeLayout(request: LayoutRequest): LayoutResponse {
  const started = Date.now();
  try {
    const positions =
      request.refine === undefined
        ? runCytoscapeLayout(request)
        : bigLayout(request.nodes, request.edges, request.refine);
    return { jobId: request.jobId, ok: true, positions, ms: Date.now() - started };
  } catch (error) {
    return {
      jobId: request.jobId,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
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

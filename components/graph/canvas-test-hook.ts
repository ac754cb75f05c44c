import type { Core, NodeCollection } from 'cytoscape';
import { LABEL_BOX } from './canvas-view';
import type { Position } from './layouts';
import { LABEL_CULLED_CLASS } from './stylesheet';
import type { FirstPaint } from './use-layout-jobs';

export interface TestHook {
  nodes(): Array<{ id: string; x: number; y: number }>;
  /**
   * Each node's body (shape and border, no label) in pixels from the canvas's corner: what a box
   * selection must contain for the node to join it (Cytoscape's default `box-selection: contain`).
   */
  nodeBodies(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
  edges(): string[];
  /** Ids of the selected elements and of the pinned (locked) nodes. */
  selected(): string[];
  pinned(): string[];
  readonly layoutRunning: boolean;
  /**
   * No data on its way, the latest data drawn, no layout running and the labels culled for the
   * current positions: what a test waits for after a step, instead of a pause.
   */
  readonly settled: boolean;
  viewport(): { zoom: number; pan: Position };
  /**
   * What a big first draw's preview painted (first-paint-preview.ts): the viewport the layout
   * worker painted in, the positions it painted, and whether Cytoscape has taken over.
   */
  firstPaint(): FirstPaint | undefined;
  /**
   * Every node's label: full text, the text given to the canvas (it may still cut it with an
   * ellipsis at `text-max-width`), whether culling hid it, its font size in model units and
   * the box Cytoscape measures for it, in pixels from the canvas's corner.
   */
  labels(): Array<{
    id: string;
    label: string;
    text: string;
    culled: boolean;
    fontSize: number;
    minZoomedFontSize: number;
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }>;
}

declare global {
  interface Window {
    /** Read-only hook for end-to-end tests: what the canvas draws, without pixel scraping. */
    __narragraph?: TestHook;
  }
}

/** What only the canvas knows about its own progress. */
export interface CanvasProgress {
  layoutRunning(): boolean;
  settled(): boolean;
  /** A big first draw is held back until its layout is done (not drawn, perhaps not added). */
  waitingToDraw(): boolean;
  firstPaint(): FirstPaint | undefined;
}

/** Exposes `cy` read-only as `window.__narragraph`; returns the function that removes it. */
export function installTestHook(cy: Core, progress: CanvasProgress): () => void {
  // What is drawn: a big first draw waiting for its layout is in Cytoscape, not drawn.
  const nodes = (): NodeCollection =>
    progress.waitingToDraw() ? cy.collection().nodes() : cy.nodes();
  window.__narragraph = {
    nodes: () => nodes().map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y') })),
    nodeBodies: () =>
      nodes().map((n) => {
        const { x1, y1, x2, y2 } = n.renderedBoundingBox({
          includeNodes: true,
          includeEdges: false,
          includeLabels: false,
        });
        return { id: n.id(), x1, y1, x2, y2 };
      }),
    edges: () =>
      nodes()
        .connectedEdges()
        .map((e) => e.id()),
    selected: () => cy.$(':selected').map((e) => e.id()),
    pinned: () => cy.nodes(':locked').map((n) => n.id()),
    get layoutRunning() {
      return progress.layoutRunning();
    },
    get settled() {
      return progress.settled();
    },
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    firstPaint: () => {
      const paint = progress.firstPaint();
      return paint === undefined ? undefined : { ...paint };
    },
    labels: () =>
      nodes().map((n) => {
        const { x1, y1, x2, y2 } = n.renderedBoundingBox(LABEL_BOX);
        return {
          id: n.id(),
          label: String(n.data('label') ?? ''),
          text: String(n.style('label') ?? ''),
          culled: n.hasClass(LABEL_CULLED_CLASS),
          fontSize: parseFloat(String(n.style('font-size'))),
          minZoomedFontSize: parseFloat(String(n.style('min-zoomed-font-size'))),
          x1,
          y1,
          x2,
          y2,
        };
      }),
  };
  return () => {
    delete window.__narragraph;
  };
}

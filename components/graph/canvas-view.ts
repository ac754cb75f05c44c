import type { Core } from 'cytoscape';
import { viewportFitting, type Viewport } from './first-layout';
import { labelsToHide, type LabelCandidate } from './label-culling';
import { FIT_PADDING, type Position } from './layouts';
import { LABEL_CULLED_CLASS, NODE_LABEL, NODE_SIZE } from './stylesheet';
import { fnv1a } from '@/model/string-hash';

/**
 * What the canvas does to a Cytoscape instance it owns: fitting the viewport, culling labels,
 * reading positions. Plain functions of `cy`, so the component and the layout jobs share them.
 */

/** Fitting never zooms past this: two nodes alone would otherwise fill the canvas. */
const FIT_MAX_ZOOM = 1.5;

/** Shows the whole graph, centred, at most at FIT_MAX_ZOOM. */
export function fitView(cy: Core): void {
  cy.fit(undefined, FIT_PADDING);
  if (cy.zoom() > FIT_MAX_ZOOM)
    cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** How fitPositions fits: half the biggest node around each position, FIT_PADDING inside. */
export const FIT_OPTIONS = Object.freeze({
  margin: NODE_SIZE.max / 2,
  padding: FIT_PADDING,
  maxZoom: FIT_MAX_ZOOM,
});

/** Like fitView, from `positions` alone (no label measuring): for big first draws. */
export function fitPositions(cy: Core, positions: Iterable<Position>): void {
  const viewport: Viewport = viewportFitting(
    positions,
    { width: cy.width(), height: cy.height() },
    FIT_OPTIONS,
  );
  cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
}

/** A node's main label alone, as Cytoscape measures it (outline and margins included). */
export const LABEL_BOX = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

/**
 * Whether node labels can be drawn at this zoom. Cytoscape rounds the scale up to a power of
 * two before comparing with `min-zoomed-font-size`, so twice the zoom errs on the drawn side.
 */
export function labelsLegible(cy: Core): boolean {
  const scale = cy.zoom() * 2 * (window.devicePixelRatio || 1);
  return NODE_LABEL.fontSize * scale >= NODE_LABEL.minZoomedFontSize;
}

/**
 * Hides the labels that would overlap a higher-ranked one (label-culling.ts): the selection,
 * seeds and pins first, then hubs. Measuring labels the first time is costly (see
 * docs/explorer.md), so it waits until labels can be drawn at all. Big views label only what
 * lod-labels.ts picks, and cull those.
 */
export function cullLabels(cy: Core, favoured: ReadonlySet<string>): void {
  const candidates: LabelCandidate[] = [];
  cy.nodes().forEach((n) => {
    const { x1, y1, x2, y2 } = n.boundingBox(LABEL_BOX);
    candidates.push({
      id: n.id(),
      x1,
      y1,
      x2,
      y2,
      favoured: favoured.has(n.id()) || n.selected(),
      degree: Number(n.data('degree')) || 0,
    });
  });
  const hide = labelsToHide(candidates);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const culled = hide.has(n.id());
      if (culled !== n.hasClass(LABEL_CULLED_CLASS)) n.toggleClass(LABEL_CULLED_CLASS, culled);
    });
  });
}

/** Quiet time Cytoscape waits after a change to the elements before it builds layer textures. */
const LAYER_SKIP_MS = 250;

/**
 * Asks for one more frame once a big draw has settled. Cytoscape pans and zooms a big view cheaply
 * only from its layer textures (the whole scene in a few bitmaps), which it builds in idle frames
 * after a frame that asks for them more than LAYER_SKIP_MS after the last change to the elements.
 * The first frame of new positions is itself such a change (their rendered style), so without
 * another frame the layers wait for the analyst's first pan, whose frames then draw every element.
 */
export function refillLayersWhenSettled(cy: Core): void {
  // Frame 1 draws, frame 2 takes in what drawing changed; then the quiet time.
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        if (!cy.destroyed()) cy.forceRender();
      }, LAYER_SKIP_MS + 50),
    ),
  );
}

export function currentPositions(cy: Core): Record<string, Position> {
  const out: Record<string, Position> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

// Deterministic jitter so new nodes next to the same neighbour do not land on one spot.
export function jitter(id: string): Position {
  const h = fnv1a(id);
  const angle = (h % 360) * (Math.PI / 180);
  const r = 40 + ((h >>> 9) % 40);
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}

import type { Core } from 'cytoscape';
import { LABEL_BOX } from './canvas-view';
import { labelsToHide, type LabelCandidate } from './label-culling';
import {
  BIG_VIEW_MIN_FONT,
  LABEL_CULLED_CLASS,
  LOD_LABEL_CLASS,
  NODE_LABEL,
  NODE_SIZE,
} from './stylesheet';

/**
 * Level of detail for the labels of big views: only nodes on screen get one, and only once the
 * zoom makes it legible, at most MAX_LOD_LABELS at a time, then culled against each other
 * (label-culling.ts) so that no two drawn labels overlap. Run after a gesture ends, never per
 * frame: labels are not drawn while panning or zooming (`hideLabelsOnViewport`).
 */

/** More labels than fit on a screen only cost measuring. */
export const MAX_LOD_LABELS = 300;

export interface LodNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly degree: number;
  readonly favoured: boolean;
}

export interface Extent {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * The nodes to label: positions inside `extent` (widened by the biggest node), favoured ones
 * first, then by degree, then by id; at most `max`. One pass over the nodes plus a sort of those
 * on screen.
 */
export function lodCandidates(
  nodes: Iterable<LodNode>,
  extent: Extent,
  max = MAX_LOD_LABELS,
): string[] {
  const margin = NODE_SIZE.max;
  const inside: LodNode[] = [];
  for (const n of nodes) {
    if (
      n.x >= extent.x1 - margin &&
      n.x <= extent.x2 + margin &&
      n.y >= extent.y1 - margin &&
      n.y <= extent.y2 + margin
    )
      inside.push(n);
  }
  inside.sort(
    (a, b) =>
      Number(b.favoured) - Number(a.favoured) ||
      b.degree - a.degree ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return inside.slice(0, max).map((n) => n.id);
}

/**
 * Whether a big view's labels can be drawn at this zoom. Cytoscape rounds the scale up to a power
 * of two before comparing with `min-zoomed-font-size`, so twice the zoom errs on the drawn side.
 */
function legible(cy: Core): boolean {
  return NODE_LABEL.fontSize * cy.zoom() * 2 * (window.devicePixelRatio || 1) >= BIG_VIEW_MIN_FONT;
}

/**
 * Gives the on-screen, legible nodes of a big view their labels, and culls overlapping ones.
 * `labelled` holds the ids labelled now and is updated, so a view without labels costs nothing.
 * Returns whether any node's classes changed (which invalidates Cytoscape's layer textures).
 */
export function refreshLodLabels(
  cy: Core,
  favoured: ReadonlySet<string>,
  labelled: Set<string>,
): boolean {
  const wanted = new Set<string>();
  if (legible(cy)) {
    const nodes: LodNode[] = [];
    cy.nodes().forEach((n) => {
      const p = n.position();
      nodes.push({
        id: n.id(),
        x: p.x,
        y: p.y,
        degree: Number(n.data('degree')) || 0,
        favoured: favoured.has(n.id()) || n.selected(),
      });
    });
    for (const id of lodCandidates(nodes, cy.extent())) wanted.add(id);
  }
  if (wanted.size === 0 && labelled.size === 0) return false;
  let changed = false;
  cy.batch(() => {
    for (const id of labelled) {
      if (wanted.has(id)) continue;
      cy.getElementById(id).removeClass(LOD_LABEL_CLASS);
      changed = true;
    }
    for (const id of wanted) {
      if (labelled.has(id)) continue;
      cy.getElementById(id).addClass(LOD_LABEL_CLASS);
      changed = true;
    }
  });
  labelled.clear();
  for (const id of wanted) labelled.add(id);
  if (wanted.size === 0) return changed;
  // Measured after the batch, when the labels are part of the style.
  const candidates: LabelCandidate[] = [];
  for (const id of wanted) {
    const n = cy.getElementById(id);
    const { x1, y1, x2, y2 } = n.boundingBox(LABEL_BOX);
    candidates.push({
      id,
      x1,
      y1,
      x2,
      y2,
      favoured: favoured.has(id) || n.selected(),
      degree: Number(n.data('degree')) || 0,
    });
  }
  const hide = labelsToHide(candidates);
  cy.batch(() => {
    for (const id of wanted) {
      const n = cy.getElementById(id);
      const culled = hide.has(id);
      if (culled === n.hasClass(LABEL_CULLED_CLASS)) continue;
      n.toggleClass(LABEL_CULLED_CLASS, culled);
      changed = true;
    }
  });
  return changed;
}

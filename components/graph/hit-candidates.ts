import type { Core } from 'cytoscape';

/**
 * Which element is under the pointer, without testing every element. Cytoscape answers each
 * press and each pointer move before a drag (and every hover move) by testing all elements one by
 * one, each with its bounding box, label boxes and arrows read again: at 5,000 nodes and 15,000
 * edges that is about 100 ms on this machine, the first frame of every drag. Here the elements'
 * bounding boxes (labels included) are kept in one typed array, in Cytoscape's z-order, rebuilt
 * in an idle moment after a change; a test first keeps the elements whose box, widened by
 * Cytoscape's own hit tolerance, holds the point (a few comparisons each), and Cytoscape's test then
 * runs on those alone, so it finds what it would have found among all of them. While the boxes
 * are stale, Cytoscape tests everything, as before.
 */

/** Elements as `getCachedZSortedEles` lists them: the z-ordered array and its interactive part. */
type ZSorted<E> = E[] & { interactive: E[] };

interface HitRenderer<E> {
  findNearestElements: (
    this: HitRenderer<E>,
    x: number,
    y: number,
    interactiveOnly: boolean,
    isTouch: boolean,
  ) => E[];
  getCachedZSortedEles: (this: HitRenderer<E>) => ZSorted<E>;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The boxes of `elements`, in their order, four numbers each. */
export interface BoxIndex<E> {
  readonly elements: readonly E[];
  readonly boxes: Float64Array;
}

export function boxIndex<E>(elements: readonly E[], boxOf: (e: E) => Box): BoxIndex<E> {
  const boxes = new Float64Array(elements.length * 4);
  elements.forEach((e, i) => {
    const b = boxOf(e);
    boxes[i * 4] = b.x1;
    boxes[i * 4 + 1] = b.y1;
    boxes[i * 4 + 2] = b.x2;
    boxes[i * 4 + 3] = b.y2;
  });
  return { elements, boxes };
}

/** The elements whose box, widened by `margin` on every side, holds (x, y), in index order. */
export function elementsAt<E>(index: BoxIndex<E>, x: number, y: number, margin: number): E[] {
  const out: E[] = [];
  const { boxes, elements } = index;
  for (let i = 0; i < elements.length; i += 1) {
    const o = i * 4;
    if (
      x >= (boxes[o] ?? 0) - margin &&
      x <= (boxes[o + 2] ?? 0) + margin &&
      y >= (boxes[o + 1] ?? 0) - margin &&
      y <= (boxes[o + 3] ?? 0) + margin
    ) {
      const e = elements[i];
      if (e !== undefined) out.push(e);
    }
  }
  return out;
}

/**
 * Cytoscape's widest hit tolerance in model units, its edge threshold (8 px, 24 for touch, divided
 * by the zoom), and one unit for rounding: an edge's box holds its line, half its width on each
 * side and its arrows, so a point Cytoscape's test would hit on it lies within that of the box.
 */
export function hitMargin(zoom: number, isTouch: boolean): number {
  return (isTouch ? 24 : 8) / zoom + 1;
}

/** How long after the last change the boxes are read again (ms). */
const REBUILD_AFTER_MS = 300;

/**
 * Makes `cy`'s hit tests look only at the elements near the point (see the module comment).
 * Returns the function that undoes it.
 */
export function indexHitTests(cy: Core): () => void {
  type Ele = { boundingBox(): Box };
  const r = (cy as unknown as { renderer(): HitRenderer<Ele> | undefined }).renderer();
  if (r === undefined || typeof r.findNearestElements !== 'function') return () => undefined;
  const renderer = r;
  let index: BoxIndex<Ele> | undefined;
  let timer: number | undefined;
  let changedAt = 0;
  const rebuild = () => {
    timer = undefined;
    if (cy.destroyed()) return;
    const quiet = performance.now() - changedAt;
    if (quiet < REBUILD_AFTER_MS) {
      timer = window.setTimeout(rebuild, REBUILD_AFTER_MS - quiet);
      return;
    }
    index = boxIndex(renderer.getCachedZSortedEles().interactive, (e) => e.boundingBox());
  };
  // Called once per element changed (a layout step moves them all): kept to a store and a check.
  const stale = () => {
    index = undefined;
    changedAt = performance.now();
    if (timer === undefined) timer = window.setTimeout(rebuild, REBUILD_AFTER_MS);
  };
  cy.on('add remove position style data', stale);
  stale();

  const findAll = renderer.findNearestElements;
  const ownZSorted = Object.prototype.hasOwnProperty.call(renderer, 'getCachedZSortedEles');
  const zSorted = renderer.getCachedZSortedEles;
  renderer.findNearestElements = function nearestOfCandidates(x, y, interactiveOnly, isTouch) {
    if (index === undefined || !interactiveOnly) {
      return findAll.call(this, x, y, interactiveOnly, isTouch);
    }
    const near = elementsAt(index, x, y, hitMargin(cy.zoom(), isTouch));
    const candidates = Object.assign(near, { interactive: near });
    renderer.getCachedZSortedEles = () => candidates;
    try {
      return findAll.call(this, x, y, interactiveOnly, isTouch);
    } finally {
      if (ownZSorted) renderer.getCachedZSortedEles = zSorted;
      else delete (renderer as Partial<HitRenderer<Ele>>).getCachedZSortedEles;
    }
  };
  return () => {
    cy.off('add remove position style data', stale);
    window.clearTimeout(timer);
    renderer.findNearestElements = findAll;
  };
}

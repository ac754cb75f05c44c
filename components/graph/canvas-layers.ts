import type { Core } from 'cytoscape';

/**
 * What a frame of Cytoscape's canvas renderer costs the browser, and the two ways the canvas cuts
 * it. Cytoscape draws on three stacked canvases the size of the container: elements
 * (`layer2-node`), the nodes being dragged (`layer1-drag`) and the box selection
 * (`layer0-selectbox`). Each viewport change clears and redraws all three, and the browser then
 * rasterizes, copies and composites each of them, though the upper two are empty except during a
 * node drag or a box selection. The canvas hides them (`display: none`, which the browser skips)
 * outside those gestures. Cytoscape's press feedback on the background (a faint disc on the
 * selection canvas) goes with them.
 *
 * A pan frame of a big view draws the scene from Cytoscape's layer bitmaps, made at the power of
 * two at or above the zoom, so it is scaled down by up to half, with filtering. While a big view
 * moves, the canvas draws them unfiltered (nearest pixel, as Cytoscape itself draws element
 * bitmaps into those layers), and filtered again in the frame after it comes to rest. See
 * docs/explorer.md for the measured cost of each.
 */

/** Cytoscape's `data-id` of each of its canvases (canvas renderer, 3.x). */
const NODE_CANVAS = 'layer2-node';
const DRAG_CANVAS = 'layer1-drag';
const SELECT_BOX_CANVAS = 'layer0-selectbox';

function canvasOf(container: HTMLElement, id: string): HTMLCanvasElement | null {
  return container.querySelector<HTMLCanvasElement>(`canvas[data-id="${id}"]`);
}

function show(canvas: HTMLCanvasElement | null, shown: boolean): void {
  if (canvas !== null) canvas.style.display = shown ? '' : 'none';
}

/**
 * Hides the drag and box-selection canvases of `cy` (in `container`) except while a node is
 * grabbed or a box is drawn. Returns the function that shows them again for good.
 */
export function hideIdleOverlays(cy: Core, container: HTMLElement): () => void {
  const drag = canvasOf(container, DRAG_CANVAS);
  const box = canvasOf(container, SELECT_BOX_CANVAS);
  show(drag, false);
  show(box, false);
  // Each is shown in the task that begins the gesture, before the frame that draws it.
  const onGrab = () => show(drag, true);
  const onFree = () => show(drag, false);
  const onBoxStart = () => show(box, true);
  const onBoxEnd = () => show(box, false);
  cy.on('grab', 'node', onGrab);
  cy.on('free', 'node', onFree);
  cy.on('boxstart', onBoxStart);
  cy.on('boxend', onBoxEnd);
  return () => {
    cy.off('grab', 'node', onGrab);
    cy.off('free', 'node', onFree);
    cy.off('boxstart', onBoxStart);
    cy.off('boxend', onBoxEnd);
    show(drag, true);
    show(box, true);
  };
}

/** Whether the elements' canvas filters the layer bitmaps it scales (off while a big view moves). */
export function filterLayers(container: HTMLElement, filtered: boolean): void {
  const context = canvasOf(container, NODE_CANVAS)?.getContext('2d');
  if (context !== null && context !== undefined) context.imageSmoothingEnabled = filtered;
}

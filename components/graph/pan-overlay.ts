import type { Core } from 'cytoscape';

/**
 * A big view pans by moving a picture, not by drawing one. Each frame of a pan, Cytoscape clears
 * its elements' canvas and draws its layer bitmaps onto it again, and the browser then rasterizes
 * and copies that canvas and composites it (docs/explorer.md, "A moving frame"): the frame's cost
 * is the canvas's size, however little moved. Here, when a frame only pans, the scene is drawn
 * once from the same layer bitmaps onto a canvas of our own, MARGIN_PX larger on every side, and
 * the frames after that move it with a CSS transform, which the compositor alone applies; the
 * elements' canvas is hidden and Cytoscape's drawing skipped meanwhile. It is drawn again when the
 * pan has moved it by MARGIN_PX, and handed back to Cytoscape on the first frame that zooms or whose
 * elements changed (the layers were invalidated), and when the view comes to rest
 * (`settle`). What the picture shows is what Cytoscape's frame would: the same bitmaps, the same
 * transform, filtered as a resting frame is; labels are in those bitmaps, so none is added, dropped
 * or moved.
 */

/** How far (CSS px) a pan may move the picture before it is drawn again. */
export const MARGIN_PX = 256;

/** A bitmap of Cytoscape's layered texture cache (canvas renderer, 3.x). */
interface LayerBitmap {
  readonly canvas: CanvasImageSource;
  readonly bb: { readonly x1: number; readonly y1: number; readonly w: number; readonly h: number };
}

/** The canvas renderer's parts this module uses (Cytoscape 3.34). */
interface CanvasRenderer {
  render: (this: CanvasRenderer, options?: { readonly forcedContext?: unknown }) => void;
  getPixelRatio(): number;
  getCachedZSortedEles(): { readonly nondrag: unknown };
  readonly NODE: number;
  readonly data: {
    readonly canvasContainer?: HTMLElement;
    readonly canvases?: readonly HTMLCanvasElement[];
    readonly lyrTxrCache?: {
      getLayers(eles: unknown, pixelRatio: number): LayerBitmap[] | null;
      readonly lastInvalidationTime: number;
    };
  };
}

/** What the picture was drawn from: it stays valid while these hold. */
interface Drawn {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly invalidated: number;
}

export interface PanOverlay {
  /** The viewport changed: frames until `settle` may pan the picture. */
  moving(): void;
  /** The view came to rest: the next frame drawn is Cytoscape's own. */
  settle(): void;
  dispose(): void;
}

/**
 * Where the picture goes, in CSS px, at pan `pan` when it was drawn at `drawn` (its top left
 * corner sits MARGIN_PX above and left of the viewport's), or undefined when that would uncover
 * the viewport.
 */
export function overlayOffset(
  drawn: { readonly x: number; readonly y: number },
  pan: { readonly x: number; readonly y: number },
): { x: number; y: number } | undefined {
  const dx = pan.x - drawn.x;
  const dy = pan.y - drawn.y;
  if (Math.abs(dx) > MARGIN_PX || Math.abs(dy) > MARGIN_PX) return undefined;
  return { x: dx - MARGIN_PX, y: dy - MARGIN_PX };
}

/**
 * Lets `cy`'s pans move a picture (see the module comment). A no-op where Cytoscape's canvas
 * renderer or its layer cache is not there (the WebGL renderer).
 */
export function panOnOverlay(cy: Core): PanOverlay {
  const r = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  const layersOf = r?.data.lyrTxrCache;
  const elementsCanvas = r?.data.canvases?.[r.NODE];
  const host = r?.data.canvasContainer;
  if (
    r === undefined ||
    layersOf === undefined ||
    elementsCanvas === undefined ||
    host === undefined
  ) {
    return { moving: () => undefined, settle: () => undefined, dispose: () => undefined };
  }
  const picture = document.createElement('canvas');
  picture.setAttribute('data-id', 'pan-overlay');
  Object.assign(picture.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    display: 'none',
    pointerEvents: 'none',
    zIndex: elementsCanvas.style.zIndex,
    willChange: 'transform',
  });
  host.insertBefore(picture, elementsCanvas.nextSibling);

  let moving = false;
  let drawn: Drawn | undefined;
  let shown = false;
  /** The viewport of the last frame, whoever drew it: the picture serves only frames that pan. */
  let lastZoom = cy.zoom();
  let lastPan = { ...cy.pan() };

  const show = (onPicture: boolean) => {
    if (onPicture === shown) return;
    shown = onPicture;
    picture.style.display = onPicture ? '' : 'none';
    elementsCanvas.style.visibility = onPicture ? 'hidden' : '';
  };

  const place = (at: { x: number; y: number }) => {
    picture.style.transform = `translate(${at.x}px, ${at.y}px)`;
  };

  /** Draws the scene on the picture as Cytoscape's frame would, or says it cannot. */
  const draw = (): boolean => {
    const pixelRatio = r.getPixelRatio();
    const layers = layersOf.getLayers(r.getCachedZSortedEles().nondrag, pixelRatio);
    if (layers === null) return false;
    const width = cy.width();
    const height = cy.height();
    const cssWidth = width + 2 * MARGIN_PX;
    const cssHeight = height + 2 * MARGIN_PX;
    const pixelWidth = Math.round(cssWidth * pixelRatio);
    const pixelHeight = Math.round(cssHeight * pixelRatio);
    if (picture.width !== pixelWidth || picture.height !== pixelHeight) {
      picture.width = pixelWidth;
      picture.height = pixelHeight;
      picture.style.width = `${cssWidth}px`;
      picture.style.height = `${cssHeight}px`;
    }
    const context = picture.getContext('2d');
    if (context === null) return false;
    const zoom = cy.zoom();
    const pan = cy.pan();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, pixelWidth, pixelHeight);
    context.imageSmoothingEnabled = true;
    context.setTransform(
      zoom * pixelRatio,
      0,
      0,
      zoom * pixelRatio,
      (pan.x + MARGIN_PX) * pixelRatio,
      (pan.y + MARGIN_PX) * pixelRatio,
    );
    for (const layer of layers) {
      if (layer.bb.w === 0 || layer.bb.h === 0) continue;
      context.drawImage(layer.canvas, layer.bb.x1, layer.bb.y1, layer.bb.w, layer.bb.h);
    }
    drawn = {
      zoom,
      pan: { x: pan.x, y: pan.y },
      width,
      height,
      pixelRatio,
      invalidated: layersOf.lastInvalidationTime,
    };
    return true;
  };

  /** This frame on the picture, drawing it if need be; false: Cytoscape draws the frame. */
  const panPicture = (): boolean => {
    const zoom = cy.zoom();
    const pan = cy.pan();
    // A frame that zooms, or that does not move (a node dragged, a box drawn), is Cytoscape's.
    const pans = zoom === lastZoom && (pan.x !== lastPan.x || pan.y !== lastPan.y);
    lastZoom = zoom;
    lastPan = { x: pan.x, y: pan.y };
    if (!moving || !pans) return false;
    const valid =
      drawn !== undefined &&
      drawn.zoom === zoom &&
      drawn.width === cy.width() &&
      drawn.height === cy.height() &&
      drawn.pixelRatio === r.getPixelRatio() &&
      drawn.invalidated === layersOf.lastInvalidationTime;
    let at = valid && drawn !== undefined ? overlayOffset(drawn.pan, pan) : undefined;
    if (at === undefined) {
      if (!draw()) return false;
      at = { x: -MARGIN_PX, y: -MARGIN_PX };
    }
    place(at);
    show(true);
    return true;
  };

  const render = r.render;
  r.render = function renderOrPan(this: CanvasRenderer, options) {
    // Exports and Cytoscape's own snapshots draw into a context of their own.
    if (options?.forcedContext !== undefined) {
      render.call(this, options);
      return;
    }
    if (panPicture()) return;
    render.call(this, options);
    show(false);
  };

  return {
    moving() {
      moving = true;
    },
    settle() {
      moving = false;
      drawn = undefined;
    },
    dispose() {
      r.render = render;
      show(false);
      picture.remove();
    },
  };
}

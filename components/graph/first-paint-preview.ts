import type { Core, ElementDefinition } from 'cytoscape';
import type { Viewport } from './first-layout';
import { CYTOSCAPE_DEFAULT_COLOR } from './node-shapes';
import type { PreviewNodeStyle, PreviewScene, PreviewShape } from './preview-paint';
import {
  BIG_VIEW_EDGE,
  GROUP_NODE_OPACITY,
  GROUP_SUBTYPE,
  KIND_STYLES,
  RELATION_STYLES,
} from './stylesheet';

/**
 * The read-only layer that shows a big view's first paint before Cytoscape can: a canvas over
 * Cytoscape's own, handed to the layout worker (`transferControlToOffscreen`), which paints the
 * laid-out view with preview-paint.ts as soon as its positions are known, while the main thread
 * is still adding, styling and drawing them in Cytoscape (seconds at 5,000 nodes). Cytoscape stays
 * the one owner of the interactive view: once it has drawn its first frame, the layer is removed.
 *
 * Until then the layer takes the pointer: a press on it (the view is visible, not yet pannable)
 * is kept and replayed on Cytoscape at handover, as a held press or a whole click, so a drag
 * begun on the preview goes on as a pan of the same view. A wheel turn meanwhile is dropped.
 */

/** Node and edge styles of `elements` as the big views' stylesheet draws them, deduplicated. */
export function previewStyles(
  elements: readonly ElementDefinition[],
): Pick<PreviewScene, 'nodeStyle' | 'nodeStyles' | 'edgeStyle' | 'edgeColors'> {
  const nodeStyles: PreviewNodeStyle[] = [];
  const nodeKeys = new Map<string, number>();
  const edgeColors: string[] = [];
  const edgeKeys = new Map<string, number>();
  const nodeStyle: number[] = [];
  const edgeStyle: number[] = [];
  for (const el of elements) {
    if (el.group === 'edges') {
      const color =
        RELATION_STYLES[el.data.type as keyof typeof RELATION_STYLES]?.color ??
        CYTOSCAPE_DEFAULT_COLOR;
      let index = edgeKeys.get(color);
      if (index === undefined) {
        index = edgeColors.push(color) - 1;
        edgeKeys.set(color, index);
      }
      edgeStyle.push(index);
      continue;
    }
    const kind = KIND_STYLES[el.data.kind as keyof typeof KIND_STYLES];
    const style: PreviewNodeStyle = {
      shape: (kind?.shape ?? 'ellipse') satisfies PreviewShape,
      color: kind?.color ?? CYTOSCAPE_DEFAULT_COLOR,
      opacity: el.data.subtype === GROUP_SUBTYPE ? GROUP_NODE_OPACITY : 1,
    };
    const key = `${style.shape}|${style.color}|${style.opacity}`;
    let index = nodeKeys.get(key);
    if (index === undefined) {
      index = nodeStyles.push(style) - 1;
      nodeKeys.set(key, index);
    }
    nodeStyle.push(index);
  }
  return {
    nodeStyle: Uint8Array.from(nodeStyle),
    nodeStyles,
    edgeStyle: Uint8Array.from(edgeStyle),
    edgeColors,
  };
}

/** The edge look of big views, as PreviewScene carries it. */
export const PREVIEW_EDGE = { edgeWidth: BIG_VIEW_EDGE.width, edgeOpacity: BIG_VIEW_EDGE.opacity };

/** True where a page canvas can be handed to a worker. */
export function offscreenPreviewAvailable(): boolean {
  return (
    typeof document !== 'undefined' &&
    typeof HTMLCanvasElement !== 'undefined' &&
    'transferControlToOffscreen' in HTMLCanvasElement.prototype
  );
}

interface HeldPress {
  readonly init: MouseEventInit;
  /** Where the pointer was let go, once it was. */
  release: { readonly clientX: number; readonly clientY: number } | null;
}

/** What the preview showed, for the test hook: the viewport the worker painted in. */
export interface PreviewShown {
  readonly viewport: Viewport;
  /** ms since navigation start. */
  readonly at: number;
}

export class FirstPaintPreview {
  private press: HeldPress | null = null;
  private removed = false;
  private readonly unbind: () => void;

  private constructor(
    private readonly canvas: HTMLCanvasElement,
    readonly offscreen: OffscreenCanvas,
  ) {
    const onDown = (event: MouseEvent) => {
      event.stopPropagation();
      this.press = {
        init: {
          bubbles: true,
          cancelable: true,
          view: window,
          clientX: event.clientX,
          clientY: event.clientY,
          screenX: event.screenX,
          screenY: event.screenY,
          button: event.button,
          buttons: event.buttons,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
        },
        release: null,
      };
    };
    const onUp = (event: MouseEvent) => {
      if (this.press !== null && this.press.release === null)
        this.press.release = { clientX: event.clientX, clientY: event.clientY };
    };
    const onWheel = (event: WheelEvent) => event.stopPropagation();
    canvas.addEventListener('mousedown', onDown);
    canvas.addEventListener('wheel', onWheel);
    window.addEventListener('mouseup', onUp, true);
    this.unbind = () => {
      canvas.removeEventListener('mousedown', onDown);
      canvas.removeEventListener('wheel', onWheel);
      window.removeEventListener('mouseup', onUp, true);
    };
  }

  /** A layer over `container`'s content, `width` × `height` CSS pixels; undefined if unsupported. */
  static over(
    container: HTMLElement,
    width: number,
    height: number,
    pixelRatio: number,
  ): FirstPaintPreview | undefined {
    if (!offscreenPreviewAvailable() || width <= 0 || height <= 0) return undefined;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    canvas.setAttribute('aria-hidden', 'true');
    canvas.dataset.testid = 'first-paint-preview';
    // No z-index: after Cytoscape's layers in the container, so above them, and under the
    // overlays the page puts over the canvas (the selection bar, menus).
    Object.assign(canvas.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      width: `${width}px`,
      height: `${height}px`,
    });
    container.appendChild(canvas);
    try {
      return new FirstPaintPreview(canvas, canvas.transferControlToOffscreen());
    } catch {
      canvas.remove();
      return undefined;
    }
  }

  /**
   * Removes the layer once Cytoscape has drawn the view under it (the frame after its first
   * render, so both show the same picture in between), then replays a press taken meanwhile.
   * `done` runs after removal (the worker that painted can go).
   */
  handOver(cy: Core, done: () => void): void {
    cy.one('render', () =>
      requestAnimationFrame(() => {
        this.remove();
        done();
        this.replay();
      }),
    );
  }

  private replay(): void {
    const press = this.press;
    this.press = null;
    if (press === null) return;
    const { clientX = 0, clientY = 0 } = press.init;
    const target = document.elementFromPoint(clientX, clientY);
    if (target === null) return;
    target.dispatchEvent(new MouseEvent('mousedown', press.init));
    // Let go meanwhile: the whole gesture, a click or a drag to where it ended.
    const release = press.release;
    if (release === null) return;
    const end = { ...press.init, ...release };
    if (release.clientX !== clientX || release.clientY !== clientY)
      target.dispatchEvent(new MouseEvent('mousemove', end));
    target.dispatchEvent(new MouseEvent('mouseup', end));
  }

  /** Takes the layer away now (the view went away, or drew without a handover). */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    this.unbind();
    this.canvas.remove();
  }
}

import type { Core, EventObject, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import type { GlobalId } from '@/model/graph-slice';
import { filterLayers, hideIdleOverlays } from './canvas-layers';
import { cullLabels, fitView, labelsLegible, refillLayersWhenSettled } from './canvas-view';
import { indexHitTests } from './hit-candidates';
import { refreshLodLabels } from './lod-labels';
import { panOnOverlay } from './pan-overlay';
import { BIG_VIEW_NODES } from './stylesheet';

/** A pan or zoom has come to rest after this long without a viewport change. */
const VIEWPORT_REST_MS = 150;

/** What the events report to, and read from, the canvas that owns `cy` (latest props). */
export interface CanvasEventHost {
  props(): {
    readonly seeds?: readonly GlobalId[] | undefined;
    readonly pinned: readonly GlobalId[];
    readonly selected?: GlobalId | undefined;
    readonly onSelectNode?: ((id: GlobalId | null) => void) | undefined;
    readonly onSelectEdge?: ((id: string) => void) | undefined;
    readonly onExpand?: ((id: GlobalId) => void) | undefined;
    readonly onBoxSelect?: ((ids: readonly GlobalId[]) => void) | undefined;
  };
  /** The viewport is one of our own fits and the user has not moved it since. */
  autoFitted(): boolean;
  userMoved(): void;
}

export interface CanvasEvents {
  /** Culls labels again before the next frame (once per burst of changes). */
  scheduleCull(): void;
  readonly cullPending: boolean;
  unbind(): void;
}

/**
 * The canvas's listeners on `cy` and its container: taps and box selections out as callbacks,
 * refits on resize, label culling after changes, the full label on hover.
 */
export function bindCanvasEvents(
  cy: Core,
  container: HTMLElement,
  host: CanvasEventHost,
): CanvasEvents {
  const id = (e: EventObject) => (e.target as SingularElementReturnValue).id();
  let boxBuffer: string[] = [];
  let boxTimer: number | undefined;
  cy.on('tap', 'node', (e) => host.props().onSelectNode?.(id(e)));
  cy.on('tap', 'edge', (e) => host.props().onSelectEdge?.(id(e)));
  cy.on('tap', (e) => {
    if (e.target === cy) host.props().onSelectNode?.(null);
  });
  cy.on('dbltap', 'node', (e) => host.props().onExpand?.(id(e)));
  // 'boxselect' fires once per element: collect them and report one list.
  cy.on('boxselect', 'node', (e) => {
    boxBuffer.push(id(e));
    window.clearTimeout(boxTimer);
    boxTimer = window.setTimeout(() => {
      const ids = [...new Set(boxBuffer)];
      boxBuffer = [];
      host.props().onBoxSelect?.(ids);
    }, 30);
  });

  // The canvas changes size without a window resize when the inspector opens or closes.
  // Cytoscape only measures its container on window resizes, so tell it; a view that was
  // fitted automatically (and not moved since) is fitted again to the new size.
  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(() => {
          cy.resize();
          if (host.autoFitted() && cy.nodes().nonempty()) fitView(cy);
        });
  resizeObserver?.observe(container);
  cy.on('dragpan scrollzoom pinchzoom', () => host.userMoved());

  // Labels are culled again once per burst of changes (a layout step moves every node), in a
  // microtask: before the next frame is drawn.
  let cullPending = false;
  // Whether the view is big (labels by level of detail), as of the last change of elements.
  let big = false;
  const lodLabelled = new Set<string>();
  const scheduleCull = () => {
    if (cullPending) return;
    cullPending = true;
    queueMicrotask(() => {
      cullPending = false;
      if (cy.destroyed()) return;
      big = cy.nodes().length >= BIG_VIEW_NODES;
      if (!big) lodLabelled.clear();
      if (!big && !labelsLegible(cy)) return;
      const { seeds = [], pinned, selected } = host.props();
      const favoured = new Set([
        ...seeds,
        ...pinned,
        ...(selected !== undefined ? [selected] : []),
      ]);
      // New labels restyle their nodes, which throws away the layers pans are drawn from.
      if (big) {
        if (refreshLodLabels(cy, favoured, lodLabelled)) refillLayersWhenSettled(cy);
      } else cullLabels(cy, favoured);
    });
  };
  cy.on('add remove position data select unselect', scheduleCull);
  const showOverlays = hideIdleOverlays(cy, container);
  const unindexHitTests = indexHitTests(cy);
  // A big view moves unfiltered (canvas-layers.ts) and labels what is on screen: once a pan or
  // zoom has come to rest, it draws filtered again and looks for labels.
  // Its pans move a picture of the scene rather than draw it (pan-overlay.ts).
  const overlay = panOnOverlay(cy);
  let restTimer: number | undefined;
  cy.on('viewport', () => {
    if (!big) return;
    if (restTimer === undefined) filterLayers(container, false);
    overlay.moving();
    window.clearTimeout(restTimer);
    restTimer = window.setTimeout(() => {
      restTimer = undefined;
      filterLayers(container, true);
      overlay.settle();
      cy.forceRender();
      scheduleCull();
    }, VIEWPORT_REST_MS);
  });
  // Zooming changes no overlap (font sizes are model units) but can make labels drawable.
  let legible = labelsLegible(cy);
  cy.on('zoom', () => {
    const now = labelsLegible(cy);
    if (now && !legible) scheduleCull();
    legible = now;
  });
  // A culled (or cut) label's whole text shows on hover, as the inspector shows it.
  cy.on('mouseover', 'node', (e) => {
    container.title = String((e.target as NodeSingular).data('label') ?? '');
  });
  cy.on('mouseout', 'node', () => container.removeAttribute('title'));

  return {
    scheduleCull,
    get cullPending() {
      return cullPending || restTimer !== undefined;
    },
    unbind() {
      showOverlays();
      overlay.dispose();
      unindexHitTests();
      resizeObserver?.disconnect();
      window.clearTimeout(boxTimer);
      window.clearTimeout(restTimer);
    },
  };
}

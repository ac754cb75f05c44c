'use client';

import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import type { NodeKind } from '@/model/graph-model';
import type { GlobalId, GraphSlice } from '@/model/graph-slice';
import type { LayoutName, ViewFilters } from '@/model/view-state';
import { filterSlice } from '@/components/explorer/filter-elements';
import {
  cytoscapeJsonBlob,
  downloadBlob,
  exportFileName,
  graphmlBlob,
  pngBlob,
  type ExportFormat,
} from './export-graph';
import { svgBlob } from './export-svg';
import {
  layoutRequestFor,
  sunflowerPositions,
  viewportFitting,
  type Viewport,
} from './first-layout';
import type { LayoutRequest } from './layout-compute';
import { runLayoutInWorker, workersAvailable, type LayoutJob } from './layout-runner';
import {
  BIG_GRAPH_NODES,
  FIT_PADDING,
  bigLayoutSpec,
  layoutOptions,
  timelinePositions,
  type LayoutContext,
  type Position,
} from './layouts';
import { labelsToHide, type LabelCandidate } from './label-culling';
import { registerExtensions } from './register-extensions';
import {
  BIG_VIEW_NODES,
  BIG_VIEW_STYLESHEET,
  GRAPH_STYLESHEET,
  LABEL_CULLED_CLASS,
  NODE_LABEL,
  NODE_SIZE,
} from './stylesheet';
import { diffElements } from './to-elements';

/** Fitting never zooms past this: two nodes alone would otherwise fill the canvas. */
const FIT_MAX_ZOOM = 1.5;

/** Shows the whole graph, centred, at most at FIT_MAX_ZOOM. */
function fitView(cy: Core): void {
  cy.fit(undefined, FIT_PADDING);
  if (cy.zoom() > FIT_MAX_ZOOM)
    cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

type LayoutPositions = Readonly<Record<string, Position>>;

/** A node's main label alone, as Cytoscape measures it (outline and margins included). */
const LABEL_BOX = {
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
function labelsLegible(cy: Core): boolean {
  const scale = cy.zoom() * 2 * (window.devicePixelRatio || 1);
  return NODE_LABEL.fontSize * scale >= NODE_LABEL.minZoomedFontSize;
}

/**
 * Hides the labels that would overlap a higher-ranked one (label-culling.ts): the selection,
 * seeds and pins first, then hubs. Measuring labels the first time is costly (see
 * docs/explorer.md), so it waits until labels can be drawn at all; big views (their own stylesheet)
 * are not culled.
 */
function cullLabels(cy: Core, favoured: ReadonlySet<string>): void {
  if (cy.nodes().length >= BIG_VIEW_NODES) {
    cy.nodes(`.${LABEL_CULLED_CLASS}`).removeClass(LABEL_CULLED_CLASS);
    return;
  }
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

/** Like fitView, from `positions` alone (no label measuring): for big first draws. */
function fitPositions(cy: Core, positions: Iterable<Position>): void {
  const viewport: Viewport = viewportFitting(
    positions,
    { width: cy.width(), height: cy.height() },
    { margin: NODE_SIZE.max / 2, padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM },
  );
  cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
}

/**
 * The one component that owns the Cytoscape instance. Everything else talks to it through props
 * (data in) and callbacks (events out), or the imperative handle (fit, zoom, export, stop).
 * Prop changes become `cy.batch()` diffs; the instance is never rebuilt for new data.
 */

export interface LayoutStatus {
  readonly running: boolean;
  /** Where the layout runs: `worker` keeps input responsive, `main` blocks briefly. */
  readonly where?: 'worker' | 'main';
  readonly startedAt?: number;
  readonly error?: string;
}

export interface GraphCanvasHandle {
  fit(): void;
  /** Multiplies the zoom around the viewport centre. */
  zoomBy(factor: number): void;
  /** Runs the current layout again from scratch. */
  relayout(): void;
  stopLayout(): void;
  /** Downloads the graph; `slice` (default: the drawn one) supplies what data formats write. */
  exportAs(format: ExportFormat, slice?: GraphSlice): void;
  /** Current node positions, for saving a view. */
  positions(): Record<string, Position>;
  viewport(): { zoom: number; pan: Position };
  /** Centres on a node and selects it (accessible list, mention clicks). */
  focusNode(id: GlobalId): void;
}

export interface GraphCanvasProps {
  /** Everything fetched; the canvas draws what filters and `hidden` leave of it. */
  readonly slice: GraphSlice;
  readonly layout: LayoutName;
  readonly filters: ViewFilters;
  readonly hidden: readonly GlobalId[];
  readonly pinned: readonly GlobalId[];
  /** Seeds: roots of breadthfirst, kept by relation filters. */
  readonly seeds?: readonly GlobalId[];
  readonly selected?: GlobalId | undefined;
  /** Nodes of a box selection, kept selected alongside `selected`. */
  readonly multiSelected?: readonly GlobalId[];
  /** Positions to start from (saved snapshot views). */
  readonly initialPositions?: Readonly<Record<string, Position>>;
  /** Viewport of the first draw (saved views); otherwise the first draw fits the graph. */
  readonly initialViewport?: { readonly zoom: number; readonly pan: Position };
  /**
   * Experimental WebGL renderer (Cytoscape ≥ 3.31). Read at mount only: remount (change `key`)
   * to switch.
   */
  readonly webgl?: boolean;
  readonly onSelectNode?: (id: GlobalId | null) => void;
  readonly onSelectEdge?: (id: string) => void;
  /** Double-click (double-tap) on a node. */
  readonly onExpand?: (id: GlobalId) => void;
  readonly onBoxSelect?: (ids: readonly GlobalId[]) => void;
  readonly onLayoutStatus?: (status: LayoutStatus) => void;
  /** Data for the view is still on its way (the test hook reports the canvas as unsettled). */
  readonly busy?: boolean;
  readonly ref?: Ref<GraphCanvasHandle>;
  readonly className?: string;
}

interface TestHook {
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

// Deterministic jitter so new nodes next to the same neighbour do not land on one spot.
function jitter(id: string): Position {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 360) * (Math.PI / 180);
  const r = 40 + ((h >>> 9) % 40);
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}

function currentPositions(cy: Core): Record<string, Position> {
  const out: Record<string, Position> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/** The Cytoscape canvas. See the module comment for the ownership rules. */
export function GraphCanvas(props: GraphCanvasProps) {
  const {
    slice,
    layout,
    filters,
    hidden,
    pinned,
    seeds,
    selected,
    multiSelected,
    initialPositions,
    webgl = false,
    ref,
    className,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // Latest props for event handlers bound once at mount.
  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });
  const jobRef = useRef<{ id: number; stop: () => void } | null>(null);
  const jobCounter = useRef(0);
  const runningRef = useRef(false);
  // Positions of nodes a filter removed, so they come back where they were.
  const positionCache = useRef(new Map<string, Position>());
  const lastLayout = useRef<LayoutName | null>(null);
  /** The viewport is one of our own fits and the user has not moved it since. */
  const autoFitted = useRef(false);
  const webglAtMount = useRef(webgl);
  const initialPositionsRef = useRef(initialPositions);
  const initialViewportRef = useRef(props.initialViewport);

  const anchors = useMemo(() => [...(seeds ?? []), ...pinned], [seeds, pinned]);
  const visible = useMemo(
    () => filterSlice(slice, { filters, hidden, anchors }).slice,
    [slice, filters, hidden, anchors],
  );
  const visibleAtMount = useRef(visible.nodes.length);
  // What should be drawn (set at commit, before any test hook poll can run) and what the data
  // effect drew last: equal once the canvas has caught up.
  const wantedRef = useRef(visible);
  const drawnRef = useRef<typeof visible | null>(null);
  const busyRef = useRef(props.busy === true);
  useLayoutEffect(() => {
    wantedRef.current = visible;
    busyRef.current = props.busy === true;
  });
  const cullPending = useRef(false);
  const scheduleCullRef = useRef<() => void>(() => undefined);
  // Whether BIG_VIEW_STYLESHEET is the one applied.
  const bigStyleRef = useRef(false);

  const setRunning = (status: LayoutStatus) => {
    runningRef.current = status.running;
    propsRef.current.onLayoutStatus?.(status);
  };

  /** Selects what the `selected` and `multiSelected` props name, and nothing else. */
  const applySelection = (cy: Core) => {
    const wanted = new Set(propsRef.current.multiSelected);
    const one = propsRef.current.selected;
    if (one !== undefined) wanted.add(one);
    cy.batch(() => {
      cy.$(':selected').forEach((e) => {
        if (!wanted.has(e.id())) e.unselect();
      });
      for (const id of wanted) {
        const el = cy.getElementById(id);
        if (el.nonempty() && !el.selected()) el.select();
      }
    });
  };

  /** A big view's elements waiting for their layout before their first draw. */
  const pendingRef = useRef<{
    readonly id: number;
    readonly elements: readonly ElementDefinition[];
    readonly start: Readonly<Record<string, Position>>;
  } | null>(null);

  /** Draws pending elements at `positions` (their start when the layout gave none), fitted. */
  const drawPending = (cy: Core, positions: LayoutPositions | undefined) => {
    const pending = pendingRef.current;
    if (pending === null) return;
    pendingRef.current = null;
    const at = positions ?? pending.start;
    cy.batch(() => {
      cy.add(
        pending.elements.map((el) => {
          const p = el.group === 'nodes' ? at[String(el.data.id)] : undefined;
          return p !== undefined ? { ...el, position: { ...p } } : el;
        }),
      );
    });
    fitPositions(cy, Object.values(at));
    autoFitted.current = true;
    applySelection(cy);
  };

  const stopLayout = () => {
    const job = jobRef.current;
    jobRef.current = null;
    if (job !== null) {
      job.stop();
      // Stopped before its first draw: show the nodes where they started.
      const cy = cyRef.current;
      if (cy !== null) drawPending(cy, undefined);
      setRunning({ running: false });
    }
  };

  /**
   * A big first draw laid out before it is drawn (see first-layout.ts): the worker gets the
   * elements, Cytoscape gets them once, at their final positions. False when no worker can run
   * or the layout is not the fast big-view one.
   */
  const layoutBeforeDrawing = (cy: Core, elements: readonly ElementDefinition[]): boolean => {
    const nodeIds = elements.filter((el) => el.group === 'nodes').map((el) => String(el.data.id));
    const ids = new Set(nodeIds);
    const ctx: LayoutContext = {
      nodeCount: nodeIds.length,
      incremental: false,
      fixed: [],
      roots: (propsRef.current.seeds ?? []).filter((s) => ids.has(s)),
      offMainThread: true,
    };
    // Only the big views' spectral layout takes about a second; fcose takes seconds at a few
    // hundred nodes, and the user should see those nodes meanwhile.
    const refine = bigLayoutSpec('fcose', ctx);
    if (refine === undefined) return false;
    const id = ++jobCounter.current;
    const start = sunflowerPositions(nodeIds);
    const request = layoutRequestFor(
      id,
      elements,
      start,
      { ...(layoutOptions('fcose', ctx) as unknown as Record<string, unknown>) },
      refine,
    );
    let job: LayoutJob;
    try {
      job = runLayoutInWorker(request);
    } catch (error) {
      console.warn('layout worker unavailable, drawing first', error);
      return false;
    }
    pendingRef.current = { id, elements, start };
    jobRef.current = { id, stop: () => job.stop() };
    lastLayout.current = 'fcose';
    setRunning({ running: true, where: 'worker', startedAt: Date.now() });
    // Laid out: drawn there. Stopped (null) or failed: drawn where the nodes started.
    const finish = (positions: LayoutPositions | undefined, error?: string) => {
      if (pendingRef.current?.id !== id || cyRef.current !== cy) return;
      jobRef.current = null;
      drawPending(cy, positions);
      setRunning(error === undefined ? { running: false } : { running: false, error });
    };
    job.result.then(
      (response) =>
        response?.ok === false ? finish(undefined, response.error) : finish(response?.positions),
      (error: unknown) => finish(undefined, error instanceof Error ? error.message : String(error)),
    );
    return true;
  };

  /** Runs `name` over the drawn graph; `incremental` keeps current positions as the start. */
  const runLayout = (name: LayoutName, incremental: boolean) => {
    const cy = cyRef.current;
    if (cy === null) return;
    // A pending first draw is drawn first (where it started); this layout then replaces it.
    stopLayout();
    const nodes = cy.nodes();
    if (nodes.empty()) return;
    const id = ++jobCounter.current;
    const pinnedNodes = nodes.filter((n) => n.locked());
    const fixed = pinnedNodes
      .nodes()
      .map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const positions =
      name === 'timeline'
        ? timelinePositions(
            nodes.map((n) => ({
              id: n.id(),
              kind: n.data('kind') as NodeKind,
              date: n.data('date') as string | null,
            })),
            cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
          ).positions
        : undefined;
    const useWorker = name === 'fcose' && nodes.length >= BIG_GRAPH_NODES && workersAvailable();
    const ctx: LayoutContext = {
      nodeCount: nodes.length,
      incremental,
      fixed,
      roots: (propsRef.current.seeds ?? []).filter((s) => cy.getElementById(s).nonempty()),
      ...(positions !== undefined ? { positions } : {}),
    };
    const options = layoutOptions(name, { ...ctx, offMainThread: useWorker });
    const refine = bigLayoutSpec(name, { ...ctx, offMainThread: useWorker });

    if (useWorker) {
      const request: LayoutRequest = {
        jobId: id,
        nodes: nodes.map((n) => ({
          id: n.id(),
          size: Number(n.data('size')) || 20,
          x: n.position('x'),
          y: n.position('y'),
          locked: n.locked(),
        })),
        edges: cy
          .edges()
          .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
        options: { ...(options as unknown as Record<string, unknown>) },
        ...(refine !== undefined ? { refine: { ...refine } } : {}),
      };
      let job: LayoutJob;
      try {
        job = runLayoutInWorker(request);
      } catch (error) {
        // Bundles without worker support fall back to the main thread below.
        console.warn('layout worker unavailable, running on the main thread', error);
        runOnMainThread(cy, id, layoutOptions(name, ctx));
        return;
      }
      jobRef.current = { id, stop: () => job.stop() };
      setRunning({ running: true, where: 'worker', startedAt: Date.now() });
      job.result.then(
        (response) => {
          if (jobRef.current?.id !== id || cyRef.current !== cy || response === null) return;
          jobRef.current = null;
          if (!response.ok) {
            setRunning({ running: false, error: response.error });
            return;
          }
          cy.batch(() => {
            cy.nodes().forEach((n) => {
              const p = response.positions[n.id()];
              if (p !== undefined && !n.locked()) n.position(p);
            });
          });
          fitView(cy);
          autoFitted.current = true;
          setRunning({ running: false });
        },
        (error: unknown) => {
          if (jobRef.current?.id !== id) return;
          jobRef.current = null;
          setRunning({
            running: false,
            error: error instanceof Error ? error.message : String(error),
          });
        },
      );
      return;
    }
    runOnMainThread(cy, id, options);
  };

  const runOnMainThread = (cy: Core, id: number, options: cytoscape.LayoutOptions) => {
    const l = cy.layout(options);
    jobRef.current = { id, stop: () => l.stop() };
    setRunning({ running: true, where: 'main', startedAt: Date.now() });
    l.one('layoutstop', () => {
      if (jobRef.current?.id !== id) return;
      jobRef.current = null;
      if ((options as { fit?: boolean }).fit === true) {
        fitView(cy);
        autoFitted.current = true;
      }
      setRunning({ running: false });
    });
    // Yield one frame first so the "Layout running" state paints before a synchronous layout.
    window.setTimeout(() => {
      if (jobRef.current?.id !== id || cyRef.current !== cy) return;
      try {
        l.run();
      } catch (error) {
        jobRef.current = null;
        setRunning({
          running: false,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }, 16);
  };

  // Mount: create the instance once, bind events, expose the test hook.
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    registerExtensions();
    // Renderer options are fixed at mount: a view that starts big (a saved view, a deep link)
    // gets the cheap viewport handling; the stylesheet follows the size later as well.
    const bigAtMount = visibleAtMount.current >= BIG_VIEW_NODES;
    bigStyleRef.current = bigAtMount;
    const cy = cytoscape({
      container,
      style: bigAtMount ? BIG_VIEW_STYLESHEET : GRAPH_STYLESHEET,
      // Elements arrive through the diff effect; 'preset' keeps given positions.
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: true,
      selectionType: 'single',
      // Labels are the costliest part of a frame; skip them while panning and zooming.
      hideLabelsOnViewport: true,
      // Big views: edges hidden and the scene moved as a bitmap while dragging or zooming, and
      // one device pixel per CSS pixel. Small views keep full-quality frames.
      hideEdgesOnViewport: bigAtMount,
      textureOnViewport: bigAtMount,
      motionBlur: false,
      ...(bigAtMount ? { pixelRatio: 1 } : {}),
      ...(webglAtMount.current ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;

    let boxBuffer: string[] = [];
    let boxTimer: number | undefined;
    cy.on('tap', 'node', (e: EventObject) =>
      propsRef.current.onSelectNode?.((e.target as cytoscape.SingularElementReturnValue).id()),
    );
    cy.on('tap', 'edge', (e: EventObject) =>
      propsRef.current.onSelectEdge?.((e.target as cytoscape.SingularElementReturnValue).id()),
    );
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) propsRef.current.onSelectNode?.(null);
    });
    cy.on('dbltap', 'node', (e: EventObject) =>
      propsRef.current.onExpand?.((e.target as cytoscape.SingularElementReturnValue).id()),
    );
    // 'boxselect' fires once per element: collect them and report one list.
    cy.on('boxselect', 'node', (e: EventObject) => {
      boxBuffer.push((e.target as cytoscape.SingularElementReturnValue).id());
      window.clearTimeout(boxTimer);
      boxTimer = window.setTimeout(() => {
        const ids = [...new Set(boxBuffer)];
        boxBuffer = [];
        propsRef.current.onBoxSelect?.(ids);
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
            if (autoFitted.current && cy.nodes().nonempty()) fitView(cy);
          });
    resizeObserver?.observe(container);
    cy.on('dragpan scrollzoom pinchzoom', () => {
      autoFitted.current = false;
    });

    // Labels are culled again once per burst of changes (a layout step moves every node), in a
    // microtask: before the next frame is drawn.
    const scheduleCull = () => {
      if (cullPending.current) return;
      cullPending.current = true;
      queueMicrotask(() => {
        cullPending.current = false;
        if (cy.destroyed() || !labelsLegible(cy)) return;
        const { seeds: seedIds = [], pinned: pins, selected: one } = propsRef.current;
        cullLabels(cy, new Set([...seedIds, ...pins, ...(one !== undefined ? [one] : [])]));
      });
    };
    scheduleCullRef.current = scheduleCull;
    cy.on('add remove position data select unselect', scheduleCull);
    // Zooming changes no overlap (font sizes are model units) but can make labels drawable.
    let legible = labelsLegible(cy);
    cy.on('zoom', () => {
      const now = labelsLegible(cy);
      if (now && !legible) scheduleCull();
      legible = now;
    });
    // A culled (or cut) label's whole text shows on hover, as the inspector shows it.
    cy.on('mouseover', 'node', (e: EventObject) => {
      container.title = String((e.target as cytoscape.NodeSingular).data('label') ?? '');
    });
    cy.on('mouseout', 'node', () => container.removeAttribute('title'));

    window.__narragraph = {
      nodes: () => cy.nodes().map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y') })),
      nodeBodies: () =>
        cy.nodes().map((n) => {
          const { x1, y1, x2, y2 } = n.renderedBoundingBox({
            includeNodes: true,
            includeEdges: false,
            includeLabels: false,
          });
          return { id: n.id(), x1, y1, x2, y2 };
        }),
      edges: () => cy.edges().map((e) => e.id()),
      selected: () => cy.$(':selected').map((e) => e.id()),
      pinned: () => cy.nodes(':locked').map((n) => n.id()),
      get layoutRunning() {
        return runningRef.current;
      },
      get settled() {
        return (
          !busyRef.current &&
          drawnRef.current === wantedRef.current &&
          !runningRef.current &&
          pendingRef.current === null &&
          !cullPending.current
        );
      },
      viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
      labels: () =>
        cy.nodes().map((n) => {
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
      resizeObserver?.disconnect();
      window.clearTimeout(boxTimer);
      jobRef.current?.stop();
      jobRef.current = null;
      // Its elements belonged to this instance; a remount (Strict Mode) draws from the data again.
      pendingRef.current = null;
      runningRef.current = false;
      drawnRef.current = null;
      cyRef.current = null;
      lastLayout.current = null;
      cy.destroy();
      delete window.__narragraph;
    };
  }, []);

  // Data: apply the diff between what is drawn and what should be.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    drawnRef.current = visible;
    // New data while a first draw waits for its layout: draw it now, lay everything out again.
    const interrupted = pendingRef.current !== null;
    if (interrupted) stopLayout();
    const pinnedSet = new Set(pinned);
    const diff = diffElements(
      cy.elements().map((e) => e.id()),
      visible,
      {
        currentData: (id) => cy.getElementById(id).data() as Record<string, unknown>,
        pinned: pinnedSet,
      },
    );
    const hadNodes = cy.nodes().length;
    let added: string[] = [];
    const big = visible.nodes.length >= BIG_VIEW_NODES;
    if (big !== bigStyleRef.current) {
      bigStyleRef.current = big;
      cy.style(big ? BIG_VIEW_STYLESHEET : GRAPH_STYLESHEET);
    }
    const saved = initialPositionsRef.current;
    const addedNodes = diff.add.filter((el) => el.group === 'nodes');
    if (
      hadNodes === 0 &&
      addedNodes.length >= BIG_GRAPH_NODES &&
      propsRef.current.layout === 'fcose' &&
      workersAvailable() &&
      addedNodes.every((el) => {
        const id = String(el.data.id);
        return !pinnedSet.has(id) && !positionCache.current.has(id) && saved?.[id] === undefined;
      }) &&
      layoutBeforeDrawing(cy, diff.add)
    ) {
      return;
    }
    cy.batch(() => {
      if (diff.remove.length > 0) {
        let gone = cy.collection();
        for (const id of diff.remove) gone = gone.union(cy.getElementById(id));
        gone.nodes().forEach((n) => {
          positionCache.current.set(n.id(), { ...n.position() });
        });
        cy.remove(gone);
      }
      if (diff.add.length > 0) {
        const addedEles = cy.add(
          diff.add.map((el) => {
            const id = String(el.data.id);
            const p = positionCache.current.get(id) ?? saved?.[id];
            return p !== undefined && el.group === 'nodes' ? { ...el, position: { ...p } } : el;
          }),
        );
        const fresh = addedEles
          .nodes()
          .filter((n) => !positionCache.current.has(n.id()) && saved?.[n.id()] === undefined);
        // New nodes start next to their drawn neighbours, so an incremental layout only refines.
        // Mean of positions, not boundingBox(): that measures labels and cost seconds at 1,500 nodes.
        const freshIds = new Set(fresh.map((n) => n.id()));
        const ext = cy.extent();
        const centre = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
        if (hadNodes === 0 && fresh.length >= BIG_GRAPH_NODES) {
          // A big first draw, before its layout: a sunflower spread rather than one heap, so the
          // fitted zoom hides the labels (min-zoomed-font-size) and the frame draws quickly.
          const spread = sunflowerPositions(
            fresh.map((n) => n.id()),
            centre,
          );
          fresh.forEach((n) => {
            const p = spread[n.id()];
            if (p !== undefined) n.position(p);
          });
          // Show all of it without cy.fit(), whose bounding box measures every label.
          fitPositions(cy, Object.values(spread));
          added = fresh.map((n) => n.id());
          for (const u of diff.update) cy.getElementById(u.id).data(u.data);
          return;
        }
        fresh.forEach((n) => {
          let sx = 0;
          let sy = 0;
          let count = 0;
          n.neighborhood('node').forEach((m) => {
            if (freshIds.has(m.id())) return;
            const p = m.position();
            sx += p.x;
            sy += p.y;
            count += 1;
          });
          const j = jitter(n.id());
          const base = count > 0 ? { x: sx / count, y: sy / count } : centre;
          n.position({ x: base.x + j.x, y: base.y + j.y });
        });
        added = fresh.map((n) => n.id());
      }
      for (const u of diff.update) cy.getElementById(u.id).data(u.data);
    });
    cy.nodes().forEach((n) => {
      if (pinnedSet.has(n.id()) && !n.locked()) n.addClass('pinned').lock();
    });
    if (added.length === 0 && interrupted) {
      lastLayout.current = propsRef.current.layout;
      runLayout(propsRef.current.layout, false);
      return;
    }
    if (added.length === 0) {
      if (hadNodes === 0 && cy.nodes().nonempty()) {
        // A saved view is shown exactly as saved, once; later draws fit as usual.
        // Everything came with saved positions: that is the layout; the layout effect must not
        // treat the first draw as a layout switch and run one over them.
        lastLayout.current = propsRef.current.layout;
        const saved = initialViewportRef.current;
        initialViewportRef.current = undefined;
        if (saved !== undefined) cy.viewport({ zoom: saved.zoom, pan: { ...saved.pan } });
        else {
          fitView(cy);
          autoFitted.current = true;
        }
      }
      return;
    }
    const name = propsRef.current.layout;
    // A few nodes joining a laid-out graph: refine from current positions; otherwise start over.
    const incremental = !interrupted && hadNodes > 0 && added.length < cy.nodes().length;
    lastLayout.current = name;
    runLayout(name, incremental);
    // runLayout reads everything through refs; re-running it on identity changes would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible]);

  // Pins: lock so neither layouts nor drags move them.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    const pinnedSet = new Set(pinned);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const should = pinnedSet.has(n.id());
        if (should && !n.locked()) n.addClass('pinned').lock();
        if (!should && n.locked()) n.unlock().removeClass('pinned');
      });
    });
    // Pins rank first in the culling.
    scheduleCullRef.current();
  }, [pinned]);

  // Layout switch: rerun from scratch.
  useEffect(() => {
    if (cyRef.current === null || lastLayout.current === layout) return;
    lastLayout.current = layout;
    runLayout(layout, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

  // Selection follows the `selected` and `multiSelected` props (state), not the other way round.
  useEffect(() => {
    const cy = cyRef.current;
    // applySelection reads them through propsRef; these say when.
    if (cy !== null) applySelection(cy);
  }, [selected, multiSelected, visible]);

  useImperativeHandle(
    ref,
    (): GraphCanvasHandle => ({
      fit: () => {
        const cy = cyRef.current;
        if (cy) fitView(cy);
      },
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (cy === null) return;
        const w = cy.width();
        const h = cy.height();
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: w / 2, y: h / 2 } });
      },
      relayout: () => runLayout(propsRef.current.layout, false),
      stopLayout,
      exportAs: (format, slice) => {
        const cy = cyRef.current;
        if (cy === null) return;
        const current = slice ?? propsRef.current.slice;
        const blob =
          format === 'png'
            ? pngBlob(cy)
            : format === 'svg'
              ? svgBlob(cy)
              : format === 'json'
                ? cytoscapeJsonBlob(cy, current)
                : graphmlBlob(cy, current);
        downloadBlob(blob, exportFileName(format));
      },
      positions: () => (cyRef.current === null ? {} : currentPositions(cyRef.current)),
      viewport: () => {
        const cy = cyRef.current;
        return cy === null
          ? { zoom: 1, pan: { x: 0, y: 0 } }
          : { zoom: cy.zoom(), pan: { ...cy.pan() } };
      },
      focusNode: (id) => {
        const cy = cyRef.current;
        const el = cy?.getElementById(id);
        if (cy === null || cy === undefined || el === undefined || el.empty()) return;
        cy.animate({ center: { eles: el }, duration: 250 });
      },
    }),
    // Handle methods read refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <div
      ref={containerRef}
      // Cytoscape caches where its container is; the page moving it without a resize (the home
      // intro hiding, the view switch) would offset taps and box selections. Re-measure first.
      onPointerDownCapture={() => cyRef.current?.resize()}
      className={className ?? 'graph-canvas'}
      data-testid="graph-canvas"
      role="img"
      aria-label={`Graph of ${visible.nodes.length} nodes and ${visible.edges.length} relations. The same content is listed in the accessible list.`}
    />
  );
}

'use client';

import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import type { GlobalId, GraphSlice } from '@/model/graph-slice';
import type { LayoutName, ViewFilters } from '@/model/view-state';
import { filterSlice } from '@/components/explorer/filter-elements';
import { bindCanvasEvents } from './canvas-events';
import { installTestHook } from './canvas-test-hook';
import { currentPositions, fitPositions, fitView, jitter } from './canvas-view';
import {
  cytoscapeJsonBlob,
  downloadBlob,
  exportFileName,
  graphmlBlob,
  pngBlob,
  type ExportFormat,
} from './export-graph';
import { svgBlob } from './export-svg';
import { markFirstDraw } from './first-draw-marks';
import { sunflowerPositions } from './first-layout';
import { prewarmBigLayoutWorker, workersAvailable } from './layout-runner';
import { BIG_GRAPH_NODES, type Position } from './layouts';
import { registerExtensions } from './register-extensions';
import { BIG_VIEW_NODES, BIG_VIEW_STYLESHEET, GRAPH_STYLESHEET } from './stylesheet';
import { diffElements } from './to-elements';
import { useLayoutJobs, type LayoutStatus } from './use-layout-jobs';

export type { LayoutStatus } from './use-layout-jobs';

/** Device pixels per CSS pixel of a view that is big at mount: fewer pixels to fill. */
const BIG_VIEW_PIXEL_RATIO = 1;

// A big first draw finds its layout worker running (layout-runner.ts).
prewarmBigLayoutWorker();
if (typeof window !== 'undefined') markFirstDraw('canvas-module');

/**
 * The one component that owns the Cytoscape instance. Everything else talks to it through props
 * (data in) and callbacks (events out), or the imperative handle (fit, zoom, export, stop).
 * Prop changes become `cy.batch()` diffs; the instance is never rebuilt for new data.
 */

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
  // Positions of nodes a filter removed, so they come back where they were.
  const positionCache = useRef(new Map<string, Position>());
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
  const scheduleCullRef = useRef<() => void>(() => undefined);
  // Whether BIG_VIEW_STYLESHEET is the one applied.
  const bigStyleRef = useRef(false);

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

  const jobs = useLayoutJobs({
    cy: () => cyRef.current,
    seeds: () => propsRef.current.seeds ?? [],
    status: (status: LayoutStatus) => propsRef.current.onLayoutStatus?.(status),
    fitted: () => {
      autoFitted.current = true;
    },
    drawn: (cy) => applySelection(cy),
    // As the mount below configures Cytoscape.
    pixelRatio: () =>
      visibleAtMount.current >= BIG_VIEW_NODES
        ? BIG_VIEW_PIXEL_RATIO
        : window.devicePixelRatio || 1,
  });
  const runLayout = (name: LayoutName, incremental: boolean) => jobs.run(name, incremental);
  const stopLayout = () => jobs.stop();

  useLayoutEffect(() => markFirstDraw('canvas-committed'), []);

  // Mount: create the instance once, bind events, expose the test hook.
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    markFirstDraw('canvas-mounting');
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
      // Big views pan and zoom from Cytoscape's layer textures, as bare Cytoscape does; no
      // `textureOnViewport`: its snapshot draws at twice the pixel ratio, which queues new
      // element textures whose drawing restyles the nodes and so throws the layers away after
      // every gesture (the next pans then drew all 20,000 elements a frame, docs/explorer.md).
      // No `hideEdgesOnViewport` either: a frame without edges cannot use the layers.
      motionBlur: false,
      // One device pixel per CSS pixel for big views.
      ...(bigAtMount ? { pixelRatio: BIG_VIEW_PIXEL_RATIO } : {}),
      ...(webglAtMount.current ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    markFirstDraw('canvas-mounted');
    const events = bindCanvasEvents(cy, container, {
      props: () => propsRef.current,
      autoFitted: () => autoFitted.current,
      userMoved: () => {
        autoFitted.current = false;
      },
    });
    scheduleCullRef.current = () => events.scheduleCull();
    const removeTestHook = installTestHook(cy, {
      layoutRunning: () => jobs.running,
      waitingToDraw: () => jobs.waitingToDraw,
      firstPaint: () => jobs.firstPaint,
      settled: () =>
        !busyRef.current &&
        drawnRef.current === wantedRef.current &&
        !jobs.running &&
        !jobs.waitingToDraw &&
        !events.cullPending,
    });
    return () => {
      events.unbind();
      jobs.dispose();
      drawnRef.current = null;
      cyRef.current = null;
      cy.destroy();
      removeTestHook();
    };
  }, [jobs]);

  // Data: apply the diff between what is drawn and what should be.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    drawnRef.current = visible;
    // New data while a first draw waits for its layout: draw it now, lay everything out again.
    const interrupted = jobs.waitingToDraw;
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
      jobs.layoutBeforeDrawing(cy, diff.add)
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
      jobs.lastLayout = propsRef.current.layout;
      runLayout(propsRef.current.layout, false);
      return;
    }
    if (added.length === 0) {
      if (hadNodes === 0 && cy.nodes().nonempty()) {
        // A saved view is shown exactly as saved, once; later draws fit as usual.
        // Everything came with saved positions: that is the layout; the layout effect must not
        // treat the first draw as a layout switch and run one over them.
        jobs.lastLayout = propsRef.current.layout;
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
    jobs.lastLayout = name;
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
    if (cyRef.current === null || jobs.lastLayout === layout) return;
    jobs.lastLayout = layout;
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

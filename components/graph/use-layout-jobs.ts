import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { useState } from 'react';
import type { NodeKind } from '@/model/graph-model';
import type { GlobalId } from '@/model/graph-slice';
import type { LayoutName } from '@/model/view-state';
import { FIT_OPTIONS, fitPositions, fitView, refillLayersWhenSettled } from './canvas-view';
import { markFirstDraw } from './first-draw-marks';
import { layoutRequestFor, sunflowerPositions, type Viewport } from './first-layout';
import { FirstPaintPreview, PREVIEW_EDGE, previewStyles } from './first-paint-preview';
import type { LayoutRequest } from './layout-protocol';
import { runLayoutInWorker, workersAvailable, type LayoutJob } from './layout-runner';
import {
  BIG_GRAPH_NODES,
  bigLayoutSpec,
  layoutOptions,
  timelinePositions,
  type LayoutContext,
  type Position,
} from './layouts';
import { BIG_VIEW_NODES } from './stylesheet';

export interface LayoutStatus {
  readonly running: boolean;
  /** Where the layout runs: `worker` keeps input responsive, `main` blocks briefly. */
  readonly where?: 'worker' | 'main';
  readonly startedAt?: number;
  readonly error?: string;
}

type LayoutPositions = Readonly<Record<string, Position>>;

/** What the layout jobs need from the canvas that owns `cy`. */
export interface LayoutHost {
  cy(): Core | null;
  /** Roots of breadthfirst. */
  seeds(): readonly GlobalId[];
  status(status: LayoutStatus): void;
  /** A job fitted the viewport to its result. */
  fitted(): void;
  /** Elements held back for their layout were drawn (selection applies to them now). */
  drawn(cy: Core): void;
  /** Device pixels per CSS pixel of Cytoscape's canvases. */
  pixelRatio(): number;
}

/** What a big first draw's preview showed (first-paint-preview.ts), for the test hook. */
export interface FirstPaint {
  readonly viewport: Viewport;
  readonly positions: LayoutPositions;
  /** The preview is gone and Cytoscape draws the view. */
  handedOver: boolean;
}

/**
 * The layout runs of one canvas: at most one at a time, on the main thread or in a worker, and a
 * big first draw held back until its layout is done (first-layout.ts). A newer job replaces an
 * older one; a job's result is applied only while it is the current job on the same instance.
 */
export class LayoutJobs {
  private job: { readonly id: number; stop(): void } | null = null;
  private counter = 0;
  private isRunning = false;
  /**
   * A big view's first draw, held back until its layout is done. Meanwhile `cy` is batching
   * (nothing draws) and the elements are added and styled once the worker runs (`added`).
   */
  private pending: {
    readonly id: number;
    readonly start: LayoutPositions;
    readonly elements: readonly ElementDefinition[];
    added: boolean;
  } | null = null;
  /** The preview layer of the first draw, until Cytoscape has drawn under it. */
  private preview: { readonly layer: FirstPaintPreview; readonly job: LayoutJob } | null = null;
  /** The last big first draw's preview, once painted. */
  firstPaint: FirstPaint | undefined;
  /** The layout the drawn positions come from; a switch to another one reruns. */
  lastLayout: LayoutName | null = null;

  constructor(private readonly host: LayoutHost) {}

  get running(): boolean {
    return this.isRunning;
  }

  /** Elements are held back until their layout is done. */
  get waitingToDraw(): boolean {
    return this.pending !== null;
  }

  private setStatus(status: LayoutStatus): void {
    this.isRunning = status.running;
    this.host.status(status);
  }

  /**
   * Adds a big first draw's elements at their start and styles them (most of a first draw's
   * main-thread work) while the worker lays them out. Nodes are styled before any edge hangs on
   * them: each property a node's first style sets would otherwise dirty the style of all its
   * edges again (hubs: thousands of times).
   */
  private addStyled(
    cy: Core,
    elements: readonly ElementDefinition[],
    start: LayoutPositions,
  ): void {
    const nodes: ElementDefinition[] = [];
    const edges: ElementDefinition[] = [];
    for (const el of elements) {
      if (el.group === 'edges') {
        edges.push(el);
        continue;
      }
      const p = start[String(el.data.id)];
      nodes.push(p !== undefined ? { ...el, position: { ...p } } : el);
    }
    const styled = (eles: unknown) => (eles as { cleanStyle(): void }).cleanStyle();
    styled(cy.add(nodes));
    // The renderer would style edges only when it first draws them, after the layout.
    styled(cy.add(edges));
  }

  /**
   * Adds and styles a pending first draw while the renderer stays held (an open batch), so that
   * it draws the elements once, at their laid-out positions: no hidden state to undo (a class
   * change would style every node again) and no draw at the start positions. Styles are applied
   * outside the batch: styles of elements added in a batch are applied again when it ends.
   */
  private addPending(cy: Core): void {
    const pending = this.pending;
    if (pending === null || pending.added) return;
    pending.added = true;
    cy.endBatch();
    this.addStyled(cy, pending.elements, pending.start);
    markFirstDraw('styled');
    // In the same task: the renderer cannot draw in between.
    cy.startBatch();
  }

  /** Draws the pending elements at `positions` (their start when the layout gave none), fitted. */
  private drawPending(cy: Core, positions: LayoutPositions | undefined): void {
    const pending = this.pending;
    if (pending === null) return;
    this.addPending(cy);
    this.pending = null;
    const at = positions ?? pending.start;
    cy.batch(() => {
      cy.nodes().positions((n) => {
        const p = at[n.id()];
        return p !== undefined ? { ...p } : n.position();
      });
    });
    fitPositions(cy, Object.values(at));
    cy.endBatch();
    markFirstDraw('released');
    cy.one('render', () => markFirstDraw('first-frame'));
    const preview = this.preview;
    preview?.layer.handOver(cy, () => {
      if (this.preview === preview) this.preview = null;
      preview.job.stop();
      if (this.firstPaint !== undefined) this.firstPaint.handedOver = true;
    });
    refillLayersWhenSettled(cy);
    this.host.fitted();
    this.host.drawn(cy);
  }

  stop(): void {
    const job = this.job;
    this.job = null;
    if (job !== null) {
      job.stop();
      // Stopped before its first draw: show the nodes where they started.
      const cy = this.host.cy();
      if (cy !== null) this.drawPending(cy, undefined);
      this.setStatus({ running: false });
    }
  }

  /** The instance is going away: forget every job without reporting. */
  dispose(): void {
    this.job?.stop();
    this.job = null;
    // Its elements belong to that instance; a remount (Strict Mode) draws from the data again.
    const cy = this.host.cy();
    if (this.pending !== null && cy !== null && !cy.destroyed()) cy.endBatch();
    this.pending = null;
    this.preview?.layer.remove();
    this.preview?.job.stop();
    this.preview = null;
    this.isRunning = false;
    this.lastLayout = null;
  }

  /**
   * A big first draw laid out before it is drawn (see first-layout.ts): the worker gets the
   * elements, Cytoscape gets them once, at their final positions. False when no worker can run
   * or the layout is not the fast big-view one.
   */
  layoutBeforeDrawing(cy: Core, elements: readonly ElementDefinition[]): boolean {
    const nodeIds = elements.filter((el) => el.group === 'nodes').map((el) => String(el.data.id));
    const ids = new Set(nodeIds);
    const ctx: LayoutContext = {
      nodeCount: nodeIds.length,
      incremental: false,
      fixed: [],
      roots: this.host.seeds().filter((s) => ids.has(s)),
      offMainThread: true,
    };
    // Only the big views' spectral layout takes about a second; fcose takes seconds at a few
    // hundred nodes, and the user should see those nodes meanwhile.
    const refine = bigLayoutSpec('fcose', ctx);
    if (refine === undefined) return false;
    const id = ++this.counter;
    const start = sunflowerPositions(nodeIds);
    const request = layoutRequestFor(
      id,
      elements,
      start,
      { ...(layoutOptions('fcose', ctx) as unknown as Record<string, unknown>) },
      refine,
    );
    // Big views are painted by the worker first (first-paint-preview.ts).
    const container = cy.container();
    const ratio = this.host.pixelRatio();
    const layer =
      nodeIds.length >= BIG_VIEW_NODES && container !== null
        ? FirstPaintPreview.over(container, cy.width(), cy.height(), ratio)
        : undefined;
    let job: LayoutJob;
    try {
      job = runLayoutInWorker(
        layer === undefined
          ? request
          : {
              ...request,
              preview: {
                canvas: layer.offscreen,
                scene: {
                  ...previewStyles(elements),
                  ...PREVIEW_EDGE,
                  width: cy.width(),
                  height: cy.height(),
                  pixelRatio: ratio,
                  fit: FIT_OPTIONS,
                },
              },
            },
      );
    } catch (error) {
      layer?.remove();
      console.warn('layout worker unavailable, drawing first', error);
      return false;
    }
    markFirstDraw('layout-posted');
    void job.started.then(() => {
      if (job.readyAt !== undefined)
        markFirstDraw('worker-ready', job.readyAt - performance.timeOrigin);
    });
    if (layer !== undefined) {
      const preview = { layer, job };
      this.preview = preview;
      void Promise.all([job.previewPainted, job.result]).then(([painted, response]) => {
        if (this.host.cy() !== cy || response?.ok !== true) return;
        markFirstDraw('preview-painted', painted.paintedAt - performance.timeOrigin);
        markFirstDraw('preview-shown', painted.shownAt - performance.timeOrigin);
        this.firstPaint = {
          viewport: painted.viewport,
          positions: response.positions,
          handedOver: this.preview !== preview,
        };
      });
    }
    const pending = { id, start, elements, added: false };
    this.pending = pending;
    cy.startBatch();
    this.job = { id, stop: () => job.stop() };
    this.lastLayout = 'fcose';
    this.setStatus({ running: true, where: 'worker', startedAt: Date.now() });
    // Without a preview nothing shows before Cytoscape draws, so styling (the main thread's
    // longest task) starts once the worker runs, beside the layout. With one, the preview is what
    // the user sees first, and styling beside the layout took the cores the layout and the paint
    // needed (docs/benchmarks.md, "Where a big first draw spends its time"): it waits for the
    // positions and runs while the worker paints.
    if (layer === undefined) {
      const add = () => {
        markFirstDraw('worker-started');
        if (this.pending === pending && this.host.cy() === cy) this.addPending(cy);
      };
      if (job.isStarted) add();
      else void job.started.then(add);
    } else void job.started.then(() => markFirstDraw('worker-started'));
    // The worker readies its canvas through this thread, and the page shows the layer only from a
    // frame drawn after it was added: both before the long styling task.
    const layerShown =
      layer === undefined
        ? Promise.resolve()
        : job.previewReady.then(
            () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
          );
    // Laid out: drawn there. Stopped (null) or failed: drawn where the nodes started.
    const finish = (positions: LayoutPositions | undefined, error?: string) => {
      if (this.pending?.id !== id || this.host.cy() !== cy) return;
      markFirstDraw('positions');
      this.job = null;
      this.drawPending(cy, positions);
      this.setStatus(error === undefined ? { running: false } : { running: false, error });
    };
    job.result.then(
      (response) => {
        if (response?.ok === true) {
          markFirstDraw('layout-received', response.receivedAt - performance.timeOrigin);
          markFirstDraw('layout-started', response.startedAt - performance.timeOrigin);
          markFirstDraw('layout-done', response.finishedAt - performance.timeOrigin);
          void layerShown.then(() => finish(response.positions));
        } else if (response?.ok === false) finish(undefined, response.error);
        else finish(undefined);
      },
      (error: unknown) => finish(undefined, error instanceof Error ? error.message : String(error)),
    );
    return true;
  }

  /** Runs `name` over the drawn graph; `incremental` keeps current positions as the start. */
  run(name: LayoutName, incremental: boolean): void {
    const cy = this.host.cy();
    if (cy === null) return;
    // A pending first draw is drawn first (where it started); this layout then replaces it.
    this.stop();
    const nodes = cy.nodes();
    if (nodes.empty()) return;
    const id = ++this.counter;
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
      roots: this.host.seeds().filter((s) => cy.getElementById(s).nonempty()),
      ...(positions !== undefined ? { positions } : {}),
    };
    const options = layoutOptions(name, { ...ctx, offMainThread: useWorker });
    const refine = bigLayoutSpec(name, { ...ctx, offMainThread: useWorker });

    if (!useWorker) {
      this.runOnMainThread(cy, id, options);
      return;
    }
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
      // Bundles without worker support fall back to the main thread.
      console.warn('layout worker unavailable, running on the main thread', error);
      this.runOnMainThread(cy, id, layoutOptions(name, ctx));
      return;
    }
    this.job = { id, stop: () => job.stop() };
    this.setStatus({ running: true, where: 'worker', startedAt: Date.now() });
    job.result.then(
      (response) => {
        if (this.job?.id !== id || this.host.cy() !== cy || response === null) return;
        this.job = null;
        if (!response.ok) {
          this.setStatus({ running: false, error: response.error });
          return;
        }
        cy.batch(() => {
          cy.nodes().forEach((n) => {
            const p = response.positions[n.id()];
            if (p !== undefined && !n.locked()) n.position(p);
          });
        });
        fitView(cy);
        refillLayersWhenSettled(cy);
        this.host.fitted();
        this.setStatus({ running: false });
      },
      (error: unknown) => {
        if (this.job?.id !== id) return;
        this.job = null;
        this.setStatus({
          running: false,
          error: error instanceof Error ? error.message : String(error),
        });
      },
    );
  }

  private runOnMainThread(cy: Core, id: number, options: LayoutOptions): void {
    const l = cy.layout(options);
    this.job = { id, stop: () => l.stop() };
    this.setStatus({ running: true, where: 'main', startedAt: Date.now() });
    l.one('layoutstop', () => {
      if (this.job?.id !== id) return;
      this.job = null;
      if ((options as { fit?: boolean }).fit === true) {
        fitView(cy);
        this.host.fitted();
      }
      this.setStatus({ running: false });
    });
    // Yield one frame first so the "Layout running" state paints before a synchronous layout.
    window.setTimeout(() => {
      if (this.job?.id !== id || this.host.cy() !== cy) return;
      try {
        l.run();
      } catch (error) {
        this.job = null;
        this.setStatus({
          running: false,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }, 16);
  }
}

/** One LayoutJobs for the lifetime of the component; `host` is read through refs, never stale. */
export function useLayoutJobs(host: LayoutHost): LayoutJobs {
  const [jobs] = useState(() => new LayoutJobs(host));
  return jobs;
}

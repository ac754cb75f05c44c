/**
 * User-timing marks of a big view's first draw (`performance.mark`), so a profile or bench reads
 * where the time from navigation went: `narragraph:<phase>`, in the order they happen.
 */
export type FirstDrawPhase =
  /** The canvas's module is evaluated (the page's scripts run; hydration has not begun). */
  | 'canvas-module'
  /** React committed the canvas (layout effects; its mount effect runs after). */
  | 'canvas-committed'
  /** The canvas's mount effect begins (the page is hydrated). */
  | 'canvas-mounting'
  /** Cytoscape instance created (the page is hydrated and the canvas mounted). */
  | 'canvas-mounted'
  /** The layout request is posted to the worker. */
  | 'layout-posted'
  /** The big-layout worker's script began to run, before its warm-up (time taken from the worker). */
  | 'worker-ready'
  /** The worker runs (without a preview, the main thread starts adding and styling). */
  | 'worker-started'
  /** The worker got the layout request (time taken from the worker). */
  | 'layout-received'
  /** The worker began the layout, its preview canvas readied (time taken from the worker). */
  | 'layout-started'
  /** Cytoscape's add and style are done (renderer still held). */
  | 'styled'
  /** The worker finished the layout (time taken from the worker). */
  | 'layout-done'
  /** The worker's positions reached the main thread (with a preview, it starts adding and styling). */
  | 'positions'
  /** The worker finished painting its preview (time taken from the worker). */
  | 'preview-painted'
  /** The worker's next frame after painting: the preview is shown (time taken from the worker). */
  | 'preview-shown'
  /** Positions set and the renderer released. */
  | 'released'
  /** Cytoscape drew its first frame of the view. */
  | 'first-frame';

export const FIRST_DRAW_MARK_PREFIX = 'narragraph:';

/** Marks `phase` now, or at `at` (ms since navigation start) when it happened elsewhere. */
export function markFirstDraw(phase: FirstDrawPhase, at?: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(`${FIRST_DRAW_MARK_PREFIX}${phase}`, at === undefined ? {} : { startTime: at });
}

import { bigLayout } from './big-layout';
import type { RefineSpec } from './big-layout';
import type { Viewport } from './first-layout';
import { paintPreview, type PreviewScene } from './preview-paint';

/**
 * What crosses to a layout worker and back: plain data only. `answerWith` wraps a computation
 * into the response both worker entries send.
 */

export interface LayoutRequest {
  readonly jobId: number;
  readonly nodes: ReadonlyArray<{
    readonly id: string;
    readonly size: number;
    readonly x?: number;
    readonly y?: number;
    readonly locked?: boolean;
  }>;
  readonly edges: ReadonlyArray<{
    readonly id: string;
    readonly source: string;
    readonly target: string;
  }>;
  /** Structured-cloneable layout options (no functions). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Big views: the spectral start and bounded force pass of big-layout.ts instead of `options`. */
  readonly refine?: RefineSpec;
  /** A page canvas (transferred) to paint the laid-out view on at once (preview-paint.ts). */
  readonly preview?: { readonly canvas: OffscreenCanvas; readonly scene: PreviewScene };
}

export type LayoutResponse =
  | {
      readonly jobId: number;
      readonly ok: true;
      readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
      readonly ms: number;
      /**
       * When the worker got the request, began the layout (its canvas readied) and finished, in
       * ms since the epoch (`epochNow`).
       */
      readonly receivedAt: number;
      readonly startedAt: number;
      readonly finishedAt: number;
    }
  | { readonly jobId: number; readonly ok: false; readonly error: string };

/** A worker's first message: its script runs, so requests are served without the page's help. */
export interface WorkerReady {
  readonly ready: true;
  /** When the worker's script began to run, in ms since the epoch (`epochNow`). */
  readonly at: number;
}

/**
 * A preview's canvas is ready: the worker has drawn on it once. Chromium sets an offscreen canvas
 * up through the page's main thread on its first drawing, so that must happen while the page is
 * free; from then on the worker paints and presents it however busy the page is.
 */
export interface PreviewCanvasReady {
  readonly jobId: number;
  readonly canvasReady: true;
}

/** After the response: the preview is painted, in `viewport`, and a frame has begun since. */
export interface PreviewPainted {
  readonly jobId: number;
  readonly viewport: Viewport;
  /** Painting done, and the next frame begun: ms since the epoch (`epochNow`). */
  readonly paintedAt: number;
  readonly shownAt: number;
}

type Positions = Record<string, { x: number; y: number }>;

/**
 * Now in ms since the epoch, at sub-millisecond resolution: a worker's and the page's
 * `performance.now()` count from different origins, this is the same clock for both.
 */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Runs `compute` synchronously and wraps its positions (or its failure) into a response. */
export function answerWith(
  request: LayoutRequest,
  compute: (request: LayoutRequest) => Positions,
  receivedAt = epochNow(),
): LayoutResponse {
  const started = Date.now();
  const startedAt = epochNow();
  try {
    const positions = compute(request);
    return {
      jobId: request.jobId,
      ok: true,
      positions,
      ms: Date.now() - started,
      receivedAt,
      startedAt,
      finishedAt: epochNow(),
    };
  } catch (error) {
    return {
      jobId: request.jobId,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The big views' layout (big-layout.ts) of a request that carries a `refine` spec. */
export function bigLayoutOf(request: LayoutRequest): Positions {
  if (request.refine === undefined) throw new Error('not a big-view layout request');
  return bigLayout(request.nodes, request.edges, request.refine);
}

// Typed locally because tsconfig has no "webworker" lib.
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse | WorkerReady | PreviewCanvasReady | PreviewPainted): void;
  requestAnimationFrame?: (callback: () => void) => number;
}

/** Draws on `request`'s preview canvas once (an invisible pixel) and tells the page. */
function readyCanvas(
  scope: WorkerScope,
  request: LayoutRequest,
): OffscreenCanvasRenderingContext2D | undefined {
  const ctx = request.preview?.canvas.getContext('2d');
  if (ctx === null || ctx === undefined) return undefined;
  ctx.fillStyle = 'rgba(0, 0, 0, 0)';
  ctx.fillRect(0, 0, 1, 1);
  scope.postMessage({ jobId: request.jobId, canvasReady: true });
  return ctx;
}

/** Paints `request`'s preview at `positions`, then says so once the next frame has begun. */
function paintAndReport(
  scope: WorkerScope,
  request: LayoutRequest,
  ctx: OffscreenCanvasRenderingContext2D,
  positions: Positions,
): void {
  const preview = request.preview;
  if (preview === undefined) return;
  const viewport = paintPreview(ctx, request.nodes, request.edges, positions, preview.scene);
  const paintedAt = epochNow();
  // The canvas commits when this task ends; the next frame's start means it was presented.
  const report = () =>
    scope.postMessage({ jobId: request.jobId, viewport, paintedAt, shownAt: epochNow() });
  if (scope.requestAnimationFrame !== undefined) scope.requestAnimationFrame(report);
  else setTimeout(report, 0);
}

/**
 * A worker entry's body: says it is ready, then answers each request with `compute`. Call only
 * inside a worker.
 */
export function serveLayoutRequests(compute: (request: LayoutRequest) => Positions): void {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (event) => {
    const receivedAt = epochNow();
    const ctx = readyCanvas(scope, event.data);
    const response = answerWith(event.data, compute, receivedAt);
    // Positions first: the page can go on drawing them while this thread paints the preview.
    scope.postMessage(response);
    if (response.ok && ctx !== undefined)
      paintAndReport(scope, event.data, ctx, response.positions);
  };
  scope.postMessage({ ready: true, at: epochNow() });
}

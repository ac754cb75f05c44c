import { bigLayout } from './big-layout';
import type { RefineSpec } from './big-layout';

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
}

export type LayoutResponse =
  | {
      readonly jobId: number;
      readonly ok: true;
      readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
      readonly ms: number;
    }
  | { readonly jobId: number; readonly ok: false; readonly error: string };

/** A worker's first message: its script runs, so requests are served without the page's help. */
export interface WorkerReady {
  readonly ready: true;
}

type Positions = Record<string, { x: number; y: number }>;

/** Runs `compute` synchronously and wraps its positions (or its failure) into a response. */
export function answerWith(
  request: LayoutRequest,
  compute: (request: LayoutRequest) => Positions,
): LayoutResponse {
  const started = Date.now();
  try {
    const positions = compute(request);
    return { jobId: request.jobId, ok: true, positions, ms: Date.now() - started };
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
  postMessage(message: LayoutResponse | WorkerReady): void;
}

/**
 * A worker entry's body: says it is ready, then answers each request with `compute`. Call only
 * inside a worker.
 */
export function serveLayoutRequests(compute: (request: LayoutRequest) => Positions): void {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (event) => {
    scope.postMessage(answerWith(event.data, compute));
  };
  scope.postMessage({ ready: true });
}

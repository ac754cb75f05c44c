import type { LayoutRequest, LayoutResponse } from './layout-protocol';

/**
 * Runs a layout request in a dedicated web worker: the page stays responsive and Stop is a real
 * stop (the worker is terminated). One worker per job, since terminate is the only way to
 * interrupt fcose.
 */

export interface LayoutJob {
  /** Resolves with the positions, or with `null` when stopped. Rejects on a worker error. */
  readonly result: Promise<LayoutResponse | null>;
  stop(): void;
}

/** True where module workers can be created (browsers; not Node tests or old engines). */
export function workersAvailable(): boolean {
  return typeof window !== 'undefined' && typeof Worker !== 'undefined';
}

/** Starts `request` in a new worker. Call only when `workersAvailable()`. */
export function runLayoutInWorker(request: LayoutRequest): LayoutJob {
  // The literal `new Worker(new URL(...), { type: 'module' })` form is what Next's bundlers detect.
  // Big views get the entry without Cytoscape: it starts sooner.
  const worker =
    request.refine !== undefined
      ? new Worker(new URL('./big-layout-worker.ts', import.meta.url), { type: 'module' })
      : new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let settle: ((value: LayoutResponse | null) => void) | undefined;
  const result = new Promise<LayoutResponse | null>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'layout worker failed'));
    };
  });
  worker.postMessage(request);
  return {
    result,
    stop() {
      worker.terminate();
      settle?.(null);
    },
  };
}

import type {
  LayoutRequest,
  LayoutResponse,
  PreviewCanvasReady,
  PreviewPainted,
  WorkerReady,
} from './layout-protocol';

/**
 * Runs a layout request in a dedicated web worker: the page stays responsive and Stop is a real
 * stop (the worker is terminated). One worker per job, since terminate is the only way to
 * interrupt fcose.
 *
 * A worker starts only once the page's main thread has been free for some 20-50 ms, and a big
 * first draw keeps it busy for longer than the layout takes. So the big views' worker is started
 * ahead of need (prewarmBigLayoutWorker), and a job says when its worker runs (`started`): from
 * then on the main thread can take on long tasks without holding the layout back.
 */

export interface LayoutJob {
  /** Resolves with the positions, or with `null` when stopped. Rejects on a worker error. */
  readonly result: Promise<LayoutResponse | null>;
  /** Resolves once the worker's script runs; never when it fails to load (`result` rejects). */
  readonly started: Promise<void>;
  /** `started` has resolved: callers can go on in the same task. */
  readonly isStarted: boolean;
  /** When the worker's script began to run (ms since the epoch), once `started` has resolved. */
  readonly readyAt: number | undefined;
  /** Resolves once the worker can paint the request's preview without the page; never without one. */
  readonly previewReady: Promise<void>;
  /** Resolves once a request's preview is painted; never without one. */
  readonly previewPainted: Promise<PreviewPainted>;
  /** Ends the worker; a job with a preview keeps it (and so its canvas) until then. */
  stop(): void;
}

/** True where module workers can be created (browsers; not Node tests or old engines). */
export function workersAvailable(): boolean {
  return typeof window !== 'undefined' && typeof Worker !== 'undefined';
}

/** A worker and what it has said so far, before a job takes it. */
interface StartingWorker {
  readonly worker: Worker;
  readonly started: Promise<void>;
  isStarted: boolean;
  /** When its script began to run (ms since the epoch, `epochNow`), once it has. */
  readyAt?: number;
  markStarted(readyAt: number): void;
  /** Failed before a job took it: the job reports this. */
  failure?: Error;
}

function startWorker(big: boolean): StartingWorker {
  // The literal `new Worker(new URL(...), { type: 'module' })` form is what Next's bundlers detect.
  // Big views get the entry without Cytoscape: it starts sooner.
  const worker = big
    ? new Worker(new URL('./big-layout-worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let resolve: () => void = () => undefined;
  const handle: StartingWorker = {
    worker,
    started: new Promise<void>((r) => {
      resolve = r;
    }),
    isStarted: false,
    markStarted(readyAt) {
      handle.isStarted = true;
      handle.readyAt = readyAt;
      resolve();
    },
  };
  worker.onmessage = (event: MessageEvent<WorkerReady>) => {
    if (event.data.ready) handle.markStarted(event.data.at);
  };
  worker.onerror = (event) => {
    handle.failure = new Error(event.message || 'layout worker failed');
  };
  return handle;
}

/** The big-layout worker started ahead of the next big layout. */
let spare: StartingWorker | undefined;

/** Starts a big-layout worker now, for the next big layout to take. No-op outside browsers. */
export function prewarmBigLayoutWorker(): void {
  if (spare !== undefined || !workersAvailable()) return;
  try {
    spare = startWorker(true);
  } catch {
    // Bundles without worker support: jobs fall back when they try themselves.
  }
}

/** Starts `request` in a worker (the spare one for big views). Call only when `workersAvailable()`. */
export function runLayoutInWorker(request: LayoutRequest): LayoutJob {
  const big = request.refine !== undefined;
  let handle: StartingWorker;
  if (big && spare !== undefined) {
    handle = spare;
    spare = undefined;
  } else {
    handle = startWorker(big);
  }
  const { worker } = handle;
  let settle: ((value: LayoutResponse | null) => void) | undefined;
  let painted: (value: PreviewPainted) => void = () => undefined;
  let canvasReady: () => void = () => undefined;
  const previewReady = new Promise<void>((resolve) => {
    canvasReady = resolve;
  });
  const previewPainted = new Promise<PreviewPainted>((resolve) => {
    painted = resolve;
  });
  const result = new Promise<LayoutResponse | null>((resolve, reject) => {
    settle = resolve;
    if (handle.failure !== undefined) {
      worker.terminate();
      reject(handle.failure);
      return;
    }
    worker.onmessage = (
      event: MessageEvent<LayoutResponse | WorkerReady | PreviewCanvasReady | PreviewPainted>,
    ) => {
      const message = event.data;
      if ('ready' in message) {
        handle.markStarted(message.at);
        return;
      }
      if ('canvasReady' in message) {
        canvasReady();
        return;
      }
      if ('shownAt' in message) {
        painted(message);
        return;
      }
      // The preview's canvas is the worker's: it lives until the caller stops the job.
      if (request.preview === undefined) worker.terminate();
      resolve(message);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'layout worker failed'));
    };
  });
  worker.postMessage(request, request.preview !== undefined ? [request.preview.canvas] : []);
  // The next big layout (an expansion of this view) finds its worker running.
  if (big) void result.finally(prewarmBigLayoutWorker).catch(() => undefined);
  return {
    result,
    started: handle.started,
    get isStarted() {
      return handle.isStarted;
    },
    get readyAt() {
      return handle.readyAt;
    },
    previewReady,
    previewPainted,
    stop() {
      worker.terminate();
      settle?.(null);
    },
  };
}

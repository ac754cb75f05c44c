import { computeLayout, type LayoutRequest, type LayoutResponse } from './layout-compute';

// Web worker entry: fcose is synchronous, so big layouts run here to keep the page responsive.
// Stopping a layout terminates the worker. Typed locally because tsconfig has no "webworker" lib.
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  scope.postMessage(computeLayout(event.data));
};

import { layoutPositions } from './layout-compute';
import { serveLayoutRequests } from './layout-protocol';

// Web worker entry: fcose is synchronous, so big layouts run here to keep the page responsive.
// Stopping a layout terminates the worker.
serveLayoutRequests(layoutPositions);

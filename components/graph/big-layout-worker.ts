import { warmUpBigLayout } from './big-layout';
import { bigLayoutOf, serveLayoutRequests } from './layout-protocol';
import { BIG_LAYOUT_SPEC } from './layouts';

// Web worker entry for big views (requests with a `refine` spec): big-layout.ts alone, without
// Cytoscape and fcose, so the worker's script loads and starts in a fraction of layout-worker's.
serveLayoutRequests(bigLayoutOf);
// While the first request is on its way (it waits in the queue if it comes sooner).
warmUpBigLayout(BIG_LAYOUT_SPEC);

import { bigLayoutOf, serveLayoutRequests } from './layout-protocol';

// Web worker entry for big views (requests with a `refine` spec): big-layout.ts alone, without
// Cytoscape and fcose, so the worker's script loads and starts in a fraction of layout-worker's.
serveLayoutRequests(bigLayoutOf);

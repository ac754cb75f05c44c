import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/**
 * Registers the Cytoscape extensions the explorer uses (fcose). Idempotent: safe to call from
 * every component, worker and test, however often modules are re-evaluated.
 */
export function registerExtensions(): void {
  if (registered) return;
  // Another bundle copy (HMR, worker) may have registered it on the same cytoscape already.
  const existing: unknown = cytoscape('layout', 'fcose');
  if (existing === undefined || existing === null) cytoscape.use(fcose);
  registered = true;
}

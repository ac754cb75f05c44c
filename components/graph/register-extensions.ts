import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;
let svgRegistration: Promise<void> | undefined;

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

/**
 * Registers cytoscape-svg (`cy.svg()`) once, on first use. Loaded lazily rather than with the
 * other extensions because its bundle touches `window` at evaluation time (it would break server
 * rendering) and because only SVG exports need it: it stays out of the page's initial JavaScript.
 */
export function registerSvgExtension(): Promise<void> {
  svgRegistration ??= import('cytoscape-svg').then(
    (module) => {
      const existing: unknown = cytoscape('core', 'svg');
      if (existing === undefined || existing === null) cytoscape.use(module.default);
    },
    (error: unknown) => {
      // Allow a later retry (e.g. a chunk that failed to load on a flaky connection).
      svgRegistration = undefined;
      throw error;
    },
  );
  return svgRegistration;
}

// cytoscape-svg ships no types: it is a plain Cytoscape extension function that adds `cy.svg()`
// (typed in cytoscape-svg-core.d.ts, which must be a module to augment cytoscape's own types).
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const cytoscapeSvg: Ext;
  export default cytoscapeSvg;
}

// cytoscape-fcose ships no types (@types/cytoscape-fcose exists but is not installed): it is a
// plain Cytoscape extension function.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

// Augments cytoscape's Core with the method cytoscape-svg registers (see register-extensions.ts).
// The import makes this file a module, so the block below merges instead of replacing the types.
import 'cytoscape';

declare module 'cytoscape' {
  /** Options of `cy.svg()`, the same as `cy.png()`'s where they overlap. */
  interface SvgExportOptions {
    /** Whole graph (true) or only the viewport (false). */
    full?: boolean;
    scale?: number;
    maxWidth?: number;
    maxHeight?: number;
    /** Background colour; transparent when absent. */
    bg?: string;
  }
  interface Core {
    /** The drawn graph as an SVG document string; exists once cytoscape-svg is registered. */
    svg(options?: SvgExportOptions): string;
  }
}

/**
 * Modes of the bench page (/bench/graph). `explorer`: the explorer's GraphCanvas. The others are
 * bare Cytoscape on the same elements with the same node sizes: `preset` draws at positions handed
 * to the page before navigation (the explorer's own final ones, read by bench/ui.ts from an
 * explorer run), `draft` runs fcose at `quality: 'draft'`, `fcose` at its default quality (a
 * reported extra, never a baseline). Apart from the client page so the server page can read it.
 */
export const BENCH_MODES = ['explorer', 'preset', 'draft', 'fcose'] as const;
export type BenchMode = (typeof BENCH_MODES)[number];

/** Positions for `preset`, set by an init script before the page's own scripts run. */
export type BenchPositions = Readonly<Record<string, { readonly x: number; readonly y: number }>>;

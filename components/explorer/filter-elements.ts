import type { GlobalId, GraphSlice, SliceEdge, SliceNode } from '@/model/graph-slice';
import type { ViewFilters } from '@/model/view-state';

/**
 * Client-side filtering of a fetched slice: what the explorer draws without asking the server
 * again. Pure.
 */

export interface FilterInput {
  readonly filters: ViewFilters;
  readonly hidden?: readonly GlobalId[];
  /** Nodes kept even when a relation or source filter leaves them without edges (seeds, pins). */
  readonly anchors?: readonly GlobalId[];
}

export interface FilterResult {
  readonly slice: GraphSlice;
  /** Nodes of the input the filters (not `hidden`) removed: the UI says "N filtered out". */
  readonly filteredOut: number;
  /** Nodes removed because the analyst hid them. */
  readonly hiddenCount: number;
}

/** True when any filter is set (an empty list counts as set: it shows nothing of that axis). */
export function hasActiveFilters(filters: ViewFilters): boolean {
  return (
    filters.nodeKinds !== undefined ||
    filters.relationTypes !== undefined ||
    filters.sources !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined
  );
}

function inDateRange(node: SliceNode, from: string | undefined, to: string | undefined): boolean {
  // The range is on the publication clock. Cited events run on their own clock (1950 cited in
  // 2024), so they stay while an article citing them does; see the orphan rule below.
  if (node.kind !== 'Article' || node.date === null) return true;
  const day = node.date.slice(0, 10);
  if (from !== undefined && day < from) return false;
  if (to !== undefined && day > to) return false;
  return true;
}

/**
 * Applies filters and hidden ids to a slice. Rules:
 * - `nodeKinds`, `hidden` and the date range (on article publication dates) remove nodes;
 * - `sources` keeps only articles with a PUBLISHED_BY edge to one of the sources;
 * - `relationTypes` removes edges of other types;
 * - when a relation, source or date filter is active, non-anchor nodes that had edges but lost all of them go too, so
 *   "show QUOTES" shows the quote network, and a date range drops the actors and events only
 *   the filtered-out articles named. Nodes that arrived without edges stay.
 */
export function filterSlice(slice: GraphSlice, input: FilterInput): FilterResult {
  const { filters } = input;
  const hidden = new Set(input.hidden ?? []);
  const anchors = new Set(input.anchors ?? []);
  const kinds = filters.nodeKinds === undefined ? undefined : new Set(filters.nodeKinds);
  const types = filters.relationTypes === undefined ? undefined : new Set(filters.relationTypes);
  const sources = filters.sources === undefined ? undefined : new Set(filters.sources);

  let publishedBy: Map<string, Set<string>> | undefined;
  if (sources !== undefined) {
    publishedBy = new Map();
    for (const e of slice.edges) {
      if (e.type !== 'PUBLISHED_BY') continue;
      const set = publishedBy.get(e.source) ?? new Set<string>();
      set.add(e.target);
      publishedBy.set(e.source, set);
    }
  }

  let hiddenCount = 0;
  const kept = new Map<string, SliceNode>();
  for (const n of slice.nodes) {
    if (hidden.has(n.id)) {
      hiddenCount += 1;
      continue;
    }
    if (kinds !== undefined && !kinds.has(n.kind)) continue;
    if (!inDateRange(n, filters.from, filters.to)) continue;
    if (sources !== undefined && n.kind === 'Article') {
      const outlets = publishedBy?.get(n.id);
      if (outlets === undefined || ![...outlets].some((s) => sources.has(s))) continue;
    }
    kept.set(n.id, n);
  }

  let edges: SliceEdge[] = slice.edges.filter(
    (e) => kept.has(e.source) && kept.has(e.target) && (types === undefined || types.has(e.type)),
  );

  // Not for kind filters: "show articles and actors" must show every article asked for.
  const prune =
    types !== undefined ||
    sources !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined;
  if (prune) {
    const hadEdges = new Set<string>();
    for (const e of slice.edges) {
      hadEdges.add(e.source);
      hadEdges.add(e.target);
    }
    const touched = new Set<string>();
    for (const e of edges) {
      touched.add(e.source);
      touched.add(e.target);
    }
    for (const id of [...kept.keys()]) {
      if (hadEdges.has(id) && !touched.has(id) && !anchors.has(id)) kept.delete(id);
    }
    edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  }

  const nodes = slice.nodes.filter((n) => kept.get(n.id) === n);
  return {
    slice: { nodes, edges, truncated: slice.truncated },
    filteredOut: slice.nodes.length - hiddenCount - nodes.length,
    hiddenCount,
  };
}

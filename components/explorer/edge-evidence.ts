import type { EvidenceItem, GlobalId, GraphSlice } from '@/model/graph-slice';

/**
 * Edge evidence fetched on demand: the explorer's slices carry each edge's evidence count, and the
 * sentences of the edges the inspector shows (or an export writes) are fetched then and put back
 * in place here. Pure, so the merging is tested without React.
 */

/** `slice` with the held sentences of edges that lack theirs; the same object when none changes. */
export function withEvidence(
  slice: GraphSlice,
  held: ReadonlyMap<string, readonly EvidenceItem[]>,
): GraphSlice {
  if (held.size === 0) return slice;
  let changed = false;
  const edges = slice.edges.map((edge) => {
    const found = held.get(edge.id);
    if (found === undefined || found.length === 0 || edge.evidence.length >= edge.evidenceCount)
      return edge;
    changed = true;
    return { ...edge, evidence: found };
  });
  return changed ? { ...slice, edges } : slice;
}

/** Ids of the edges among `edgeIds` whose sentences are still to fetch. */
export function missingEvidence(slice: GraphSlice, edgeIds: ReadonlySet<string>): string[] {
  return slice.edges
    .filter((edge) => edgeIds.has(edge.id) && edge.evidence.length < edge.evidenceCount)
    .map((edge) => edge.id);
}

/** The edges whose sentences the inspector shows for a selected edge, or node (its relations). */
export function inspectedEdges(
  slice: GraphSlice,
  selection: { readonly type: 'node' | 'edge'; readonly id: GlobalId } | null,
): Set<string> {
  if (selection === null) return new Set();
  if (selection.type === 'edge') return new Set([selection.id]);
  const node = slice.nodes.find((n) => n.id === selection.id);
  // An article shows the sentences of its relations; other nodes show counts only.
  if (node?.kind !== 'Article') return new Set();
  return new Set(
    slice.edges.filter((e) => e.source === node.id || e.target === node.id).map((e) => e.id),
  );
}

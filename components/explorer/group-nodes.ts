import type { GraphSlice, SliceEdge, SliceNode } from '@/model/graph-slice';
import { neighborGroupLabel } from '@/model/neighbor-groups';
import { GROUP_SUBTYPE } from '@/components/graph/stylesheet';

/**
 * A slice's neighbour groups as drawable elements: each group with members not drawn yet becomes
 * one aggregate node ("188 articles mention", later "148 more articles mention") linked to its
 * hub, of its members' kind, so kind filters and the legend apply to it. Its id is the group's,
 * which no node can have. Pure, linear in the slice.
 */
export function withGroupNodes(slice: GraphSlice): GraphSlice {
  const groups = slice.groups ?? [];
  if (groups.length === 0) return slice;
  const ids = new Set(slice.nodes.map((n) => n.id));
  const nodes: SliceNode[] = [...slice.nodes];
  const edges: SliceEdge[] = [...slice.edges];
  for (const g of groups) {
    const rest = g.count - g.shown;
    if (rest <= 0 || !ids.has(g.hub) || ids.has(g.id)) continue;
    ids.add(g.id);
    nodes.push({
      id: g.id,
      kind: g.kind,
      label: neighborGroupLabel(g, rest),
      date: null,
      subtype: GROUP_SUBTYPE,
      // Sizes the node by what it holds.
      degree: rest,
    });
    const [source, target] = g.direction === 'out' ? [g.hub, g.id] : [g.id, g.hub];
    edges.push({
      id: `${g.relationType}:${source}->${target}`,
      type: g.relationType,
      source,
      target,
      weight: 1,
      quote: null,
      evidenceCount: 0,
      evidence: [],
    });
  }
  return { ...slice, nodes, edges };
}

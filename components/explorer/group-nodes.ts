import type { GraphSlice, SliceEdge, SliceNode } from '@/model/graph-slice';
import {
  groupFoldAnchor,
  groupFoldLabel,
  neighborGroupLabel,
  type NeighborGroup,
} from '@/model/neighbor-groups';
import { GROUP_SUBTYPE } from '@/components/graph/stylesheet';

/** The folded groups of one grouped read, as its "N more groups" node shows them. */
export interface GroupFold {
  readonly id: string;
  /** The read's first seed, which the node hangs off. */
  readonly anchor: string;
  /** Its groups with members not drawn yet, in the read's order (strongest first). */
  readonly groups: readonly NeighborGroup[];
  /** Their members not drawn yet, together. */
  readonly members: number;
}

/**
 * The slice's folded groups by fold node: those whose hub and the fold's anchor are drawn and
 * whose members are not all drawn. Linear in the groups.
 */
export function groupFolds(slice: GraphSlice): GroupFold[] {
  const ids = new Set(slice.nodes.map((n) => n.id));
  const folds = new Map<string, { anchor: string; groups: NeighborGroup[]; members: number }>();
  for (const g of slice.groups ?? []) {
    if (g.folded === undefined || g.count - g.shown <= 0 || !ids.has(g.hub)) continue;
    const anchor = groupFoldAnchor(g.folded);
    if (anchor === undefined || !ids.has(anchor)) continue;
    const fold = folds.get(g.folded) ?? { anchor, groups: [], members: 0 };
    folds.set(g.folded, fold);
    fold.groups.push(g);
    fold.members += g.count - g.shown;
  }
  return [...folds].map(([id, fold]) => ({ id, ...fold }));
}

/** The edge of an aggregate node to the node it hangs off, in the group's direction. */
function groupEdge(g: NeighborGroup, hub: string, node: string): SliceEdge {
  const [source, target] = g.direction === 'out' ? [hub, node] : [node, hub];
  return {
    id: `${g.relationType}:${source}->${target}`,
    type: g.relationType,
    source,
    target,
    weight: 1,
    quote: null,
    evidenceCount: 0,
    evidence: [],
  };
}

/**
 * A slice's neighbour groups as drawable elements: each group with members not drawn yet becomes
 * one aggregate node ("188 articles mention", later "148 more articles mention") linked to its
 * hub, of its members' kind, so kind filters and the legend apply to it. Its id is the group's,
 * which no node can have. The groups a read folded become one "N more groups" node per read,
 * linked to the read's first seed, of its strongest group's kind. Pure, linear in the slice.
 */
export function withGroupNodes(slice: GraphSlice): GraphSlice {
  const groups = slice.groups ?? [];
  if (groups.length === 0) return slice;
  const ids = new Set(slice.nodes.map((n) => n.id));
  const nodes: SliceNode[] = [...slice.nodes];
  const edges: SliceEdge[] = [...slice.edges];
  for (const g of groups) {
    const rest = g.count - g.shown;
    if (g.folded !== undefined || rest <= 0 || !ids.has(g.hub) || ids.has(g.id)) continue;
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
    edges.push(groupEdge(g, g.hub, g.id));
  }
  for (const fold of groupFolds(slice)) {
    const [first] = fold.groups;
    if (first === undefined || ids.has(fold.id)) continue;
    ids.add(fold.id);
    nodes.push({
      id: fold.id,
      kind: first.kind,
      label: groupFoldLabel(fold.groups.length, fold.members),
      date: null,
      subtype: GROUP_SUBTYPE,
      degree: fold.members,
    });
    edges.push(groupEdge(first, fold.anchor, fold.id));
  }
  return { ...slice, nodes, edges };
}

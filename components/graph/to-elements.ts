import type { ElementDefinition } from 'cytoscape';
import type { GraphSlice, SliceEdge, SliceNode } from '@/model/graph-slice';
import { RELATION_STYLES, edgeWidth, nodeSize } from './stylesheet';

/**
 * GraphSlice → Cytoscape element definitions, and the diff between what is drawn and what should
 * be. Element data holds flat primitives only, so "changed?" is a cheap shallow compare; evidence
 * stays in the slice (export and the inspector read it from there).
 */

/** Longest label drawn on the canvas; the inspector shows the whole one. */
export const SHORT_LABEL_LENGTH = 42;

export type NodeData = {
  readonly id: string;
  readonly kind: SliceNode['kind'];
  readonly label: string;
  readonly shortLabel: string;
  readonly date: string | null;
  readonly subtype: string | null;
  readonly degree: number;
  readonly size: number;
};

export type EdgeData = {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: SliceEdge['type'];
  readonly typeLabel: string;
  readonly weight: number;
  readonly width: number;
  readonly quote: string | null;
  readonly evidenceCount: number;
};

/** Shortens a label on a word boundary with an ellipsis. */
export function shortLabel(label: string, max = SHORT_LABEL_LENGTH): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export function nodeData(n: SliceNode): NodeData {
  return {
    id: n.id,
    kind: n.kind,
    label: n.label,
    shortLabel: shortLabel(n.label),
    date: n.date,
    subtype: n.subtype,
    degree: n.degree,
    size: nodeSize(n.degree),
  };
}

export function edgeData(e: SliceEdge): EdgeData {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    typeLabel: RELATION_STYLES[e.type]?.label ?? e.type,
    weight: e.weight,
    width: edgeWidth(e.weight),
    quote: e.quote,
    evidenceCount: e.evidenceCount,
  };
}

/**
 * The drawable part of a slice: duplicate ids keep their first occurrence, and edges whose
 * endpoints are missing are dropped (Cytoscape throws on them).
 */
export function drawableSlice(slice: GraphSlice): {
  readonly nodes: readonly SliceNode[];
  readonly edges: readonly SliceEdge[];
} {
  const nodeIds = new Set<string>();
  const nodes: SliceNode[] = [];
  for (const n of slice.nodes) {
    if (nodeIds.has(n.id)) continue;
    nodeIds.add(n.id);
    nodes.push(n);
  }
  const edgeIds = new Set<string>();
  const edges: SliceEdge[] = [];
  for (const e of slice.edges) {
    // Node and edge ids share one namespace in Cytoscape.
    if (edgeIds.has(e.id) || nodeIds.has(e.id)) continue;
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) continue;
    edgeIds.add(e.id);
    edges.push(e);
  }
  return { nodes, edges };
}

export interface ToElementsOptions {
  /** Ids that get the `pinned` class (and are locked by the canvas). */
  readonly pinned?: ReadonlySet<string>;
  /** Known positions (e.g. from a saved view) for nodes. */
  readonly positions?: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
}

function nodeElement(n: SliceNode, options: ToElementsOptions): ElementDefinition {
  const el: ElementDefinition = { group: 'nodes', data: { ...nodeData(n) } };
  const position = options.positions?.get(n.id);
  if (position !== undefined) el.position = { x: position.x, y: position.y };
  if (options.pinned?.has(n.id) === true) el.classes = 'pinned';
  return el;
}

function edgeElement(e: SliceEdge): ElementDefinition {
  return { group: 'edges', data: { ...edgeData(e) } };
}

/** GraphSlice → element definitions, nodes first (edges need their endpoints to exist). */
export function toElements(
  slice: GraphSlice,
  options: ToElementsOptions = {},
): ElementDefinition[] {
  const { nodes, edges } = drawableSlice(slice);
  return [...nodes.map((n) => nodeElement(n, options)), ...edges.map(edgeElement)];
}

export interface ElementDiff {
  /** New elements, nodes before edges. */
  readonly add: ElementDefinition[];
  /** Ids to remove. */
  readonly remove: string[];
  /** Elements still present whose data changed: apply with `ele.data(data)`. */
  readonly update: Array<{ readonly id: string; readonly data: Record<string, unknown> }>;
}

/**
 * What to do to the drawn graph to make it show `next`.
 * @param current ids currently drawn (nodes and edges)
 * @param currentData reads the drawn data of an id; without it every kept element is "updated"
 */
export function diffElements(
  current: Iterable<string>,
  next: GraphSlice,
  options: ToElementsOptions & {
    readonly currentData?: (id: string) => Readonly<Record<string, unknown>> | undefined;
  } = {},
): ElementDiff {
  const { nodes, edges } = drawableSlice(next);
  const currentIds = new Set(current);
  const nextIds = new Set<string>();
  const add: ElementDefinition[] = [];
  const update: Array<{ id: string; data: Record<string, unknown> }> = [];
  const remove: string[] = [];

  const consider = (
    id: string,
    data: Record<string, unknown>,
    element: () => ElementDefinition,
  ) => {
    nextIds.add(id);
    if (!currentIds.has(id)) {
      add.push(element());
      return;
    }
    const drawn = options.currentData?.(id);
    if (drawn === undefined || !sameData(drawn, data)) update.push({ id, data });
  };
  for (const n of nodes) consider(n.id, { ...nodeData(n) }, () => nodeElement(n, options));
  for (const e of edges) {
    const data: Record<string, unknown> = { ...edgeData(e) };
    const drawn = options.currentData?.(e.id);
    // Endpoints cannot be changed by `data()`: a moved edge is removed and added again.
    if (drawn !== undefined && (drawn.source !== e.source || drawn.target !== e.target)) {
      remove.push(e.id);
      nextIds.add(e.id);
      add.push(edgeElement(e));
      continue;
    }
    consider(e.id, data, () => edgeElement(e));
  }
  for (const id of currentIds) if (!nextIds.has(id)) remove.push(id);
  return { add, remove, update };
}

function sameData(
  drawn: Readonly<Record<string, unknown>>,
  next: Record<string, unknown>,
): boolean {
  for (const [key, value] of Object.entries(next)) if (drawn[key] !== value) return false;
  return true;
}

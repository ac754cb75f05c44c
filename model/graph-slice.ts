import type { NodeKind, RelationType } from './graph-model';
import type { NeighborGroup } from './neighbor-groups';

/**
 * A piece of the graph as the API returns it and the explorer draws it. Plain JSON: safe on the
 * client, and the same shape GraphQL's `GraphSlice` type serializes to.
 */

/** Global id of a node: `<Kind>:<key>`, e.g. `Actor:country:united-states`. */
export type GlobalId = string;

export interface EvidenceItem {
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly extractor: string;
  readonly confidence: number;
  /** Global id of the article the sentence is from. */
  readonly articleId: GlobalId;
  readonly articleTitle: string;
}

export interface SliceNode {
  readonly id: GlobalId;
  readonly kind: NodeKind;
  /** Short display label (title, name, phrase or event description). */
  readonly label: string;
  /** ISO date where the node has one (article publication, event date). */
  readonly date: string | null;
  /** Subtype: actor kind (country, person...), narrative kind (slogan, theme), event precision. */
  readonly subtype: string | null;
  /** Number of relationships in the whole graph (not only in this slice): sizes the node. */
  readonly degree: number;
}

export interface SliceEdge {
  /** Stable id: `<type>:<sourceId>-><targetId>[:<qualifier>]`. */
  readonly id: string;
  readonly type: RelationType;
  readonly source: GlobalId;
  readonly target: GlobalId;
  /** Strength: mention count, citation count... 1 when the relation has no count. */
  readonly weight: number;
  /** Quote text for QUOTES / ATTRIBUTES. */
  readonly quote: string | null;
  /** Evidence sentences behind the edge, whether or not `evidence` holds them. */
  readonly evidenceCount: number;
  /**
   * The sentences themselves, when fetched: the API's slices carry only the count, and a client
   * asks for an edge's sentences when it shows them (`edgeEvidence`).
   */
  readonly evidence: readonly EvidenceItem[];
}

export interface GraphSlice {
  readonly nodes: readonly SliceNode[];
  readonly edges: readonly SliceEdge[];
  /** True when a bound (limit, depth) cut the result: the UI says "N more". */
  readonly truncated: boolean;
  /** Neighbours not in the slice, grouped (grouped reads only; absent elsewhere). */
  readonly groups?: readonly NeighborGroup[];
}

/** Splits a global id into kind and key; undefined for a malformed id. */
export function parseGlobalId(id: string): { kind: NodeKind; key: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  const kind = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (key === '') return undefined;
  if (
    kind !== 'Article' &&
    kind !== 'Source' &&
    kind !== 'Actor' &&
    kind !== 'Event' &&
    kind !== 'Narrative'
  ) {
    return undefined;
  }
  return { kind, key };
}

export function globalId(kind: NodeKind, key: string): GlobalId {
  return `${kind}:${key}`;
}

/**
 * The stable id of an edge: `<type>:<sourceId>-><targetId>[:<qualifier>]`. The qualifier (CITES'
 * local key, a quote's key) tells apart edges of one type between the same two nodes.
 */
export function edgeId(
  type: string,
  source: GlobalId,
  target: GlobalId,
  qualifier: string | null,
): string {
  return `${type}:${source}->${target}${qualifier === null || qualifier === '' ? '' : `:${qualifier}`}`;
}

/** The qualifier {@link edgeId} put into an edge's id, or null when it has none. */
export function edgeQualifier(
  edge: Pick<SliceEdge, 'id' | 'type' | 'source' | 'target'>,
): string | null {
  const base = edgeId(edge.type, edge.source, edge.target, null);
  return edge.id.length > base.length + 1 && edge.id.startsWith(`${base}:`)
    ? edge.id.slice(base.length + 1)
    : null;
}

/**
 * The parts of an edge id `<type>:<sourceId>-><targetId>[:<qualifier>]`, or undefined when it
 * cannot be one. Keys may hold colons and the qualifier follows the target key after one, so the
 * target's key is ambiguous: `targetKeys` lists every reading, the whole rest first (at most
 * `MAX_KEY_READINGS`); the caller keeps the relationship whose own id matches.
 */
export function parseEdgeId(
  id: string,
): { type: string; source: GlobalId; targetKind: NodeKind; targetKeys: string[] } | undefined {
  const colon = id.indexOf(':');
  const arrow = id.indexOf('->');
  if (colon <= 0 || arrow <= colon) return undefined;
  const source = id.slice(colon + 1, arrow);
  const target = parseGlobalId(id.slice(arrow + 2));
  if (parseGlobalId(source) === undefined || target === undefined) return undefined;
  const targetKeys = [target.key];
  for (let at = target.key.lastIndexOf(':'); at > 0 && targetKeys.length < MAX_KEY_READINGS;) {
    targetKeys.push(target.key.slice(0, at));
    at = target.key.lastIndexOf(':', at - 1);
  }
  return { type: id.slice(0, colon), source, targetKind: target.kind, targetKeys };
}

/** Readings of a target key tried per edge id (keys and qualifiers hold few colons). */
const MAX_KEY_READINGS = 8;

/**
 * Union of slices by id (first occurrence wins); truncated if any part was. A group's last
 * occurrence wins: an opened group's latest page follows the view that first listed it.
 */
export function mergeSlices(slices: readonly GraphSlice[]): GraphSlice {
  if (slices.length === 1 && slices[0] !== undefined) return slices[0];
  const nodes = new Map<string, SliceNode>();
  const edges = new Map<string, SliceEdge>();
  const groups = new Map<string, NeighborGroup>();
  let truncated = false;
  for (const s of slices) {
    for (const n of s.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of s.edges) if (!edges.has(e.id)) edges.set(e.id, e);
    for (const g of s.groups ?? []) groups.set(g.id, g);
    truncated ||= s.truncated;
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated,
    ...(groups.size > 0 ? { groups: [...groups.values()] } : {}),
  };
}

/** The empty slice. */
export const EMPTY_SLICE: GraphSlice = Object.freeze({
  nodes: Object.freeze([]),
  edges: Object.freeze([]),
  truncated: false,
});

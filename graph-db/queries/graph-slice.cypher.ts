import type { ManagedTransaction } from 'neo4j-driver';
import {
  NODE_KINDS,
  type NodeKind,
  type PathHops,
  type RelationType,
  isRelationType,
} from '../model/graph-model';
import {
  globalId,
  type EvidenceItem,
  type GlobalId,
  type SliceEdge,
  type SliceNode,
} from '../model/graph-slice';
import { int, toNumber, toStringValue } from '../neo4j-values';
import { kindOfLabels } from './node-rows';

/**
 * Reads behind `neighborhood` and `paths`: a light node projection (no article text), edges with
 * their evidence, one breadth-first expansion level, and k-shortest paths. Internally nodes and
 * relationships travel as element ids, valid within the one read transaction that uses them.
 */

/** Cypher map of a node for a slice: what the explorer draws, without article text. */
export function sliceNodeProjection(v: string): string {
  return `{labels: labels(${v}), key: ${v}.key,
  label: coalesce(${v}.title, ${v}.name, ${v}.label, ${v}.description, ${v}.key),
  date: CASE WHEN ${v}:Article OR ${v}:Event THEN ${v}.date ELSE null END,
  subtype: CASE WHEN ${v}:Actor OR ${v}:Narrative THEN ${v}.kind WHEN ${v}:Event THEN ${v}.precision
                WHEN ${v}:Article AND coalesce(${v}.stub, false) THEN 'stub' ELSE null END,
  degree: COUNT { (${v})--() }}`;
}

/** Maps a {@link sliceNodeProjection} value; undefined for a node of no known kind. */
export function toSliceNode(value: unknown): SliceNode | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const kind = kindOfLabels(Array.isArray(v.labels) ? v.labels : []);
  if (kind === undefined) return undefined;
  return {
    id: globalId(kind, toStringValue(v.key)),
    kind,
    label: toStringValue(v.label),
    date: v.date === null || v.date === undefined ? null : toStringValue(v.date),
    subtype: v.subtype === null || v.subtype === undefined ? null : toStringValue(v.subtype),
    degree: toNumber(v.degree),
  };
}

/** Relationship-type alternation for a pattern, e.g. `MENTIONS|CITES`; only allow-listed types. */
export function relationAlternation(types: readonly RelationType[]): string {
  const valid = types.filter(isRelationType);
  if (valid.length === 0) throw new Error('at least one relationship type is required');
  return valid.join('|');
}

/** Seeds: element ids and slice nodes of the given keys, one UNION branch per kind. */
export const SEEDS_CYPHER = `CALL () {
${NODE_KINDS.map((kind) => `  MATCH (n:${kind}) WHERE n.key IN $keys_${kind} RETURN n`).join('\n  UNION\n')}
}
RETURN elementId(n) AS eid, ${sliceNodeProjection('n')} AS node`;

export interface SeedRow {
  readonly eid: string;
  readonly node: SliceNode;
}

/** Finds the seed nodes by kind and key; unknown ones are absent. */
export async function readSeeds(
  tx: ManagedTransaction,
  refs: readonly { kind: NodeKind; key: string }[],
): Promise<SeedRow[]> {
  const params: Record<string, string[]> = {};
  for (const kind of NODE_KINDS) params[`keys_${kind}`] = [];
  for (const ref of refs) params[`keys_${ref.kind}`]?.push(ref.key);
  const result = await tx.run(SEEDS_CYPHER, params);
  return result.records.flatMap((record) => {
    const node = toSliceNode(record.get('node'));
    return node ? [{ eid: toStringValue(record.get('eid')), node }] : [];
  });
}

/** Filters of an expansion: which neighbours may be kept. */
export interface ExpansionFilters {
  readonly relationTypes: readonly RelationType[];
  readonly nodeKinds: readonly NodeKind[];
  /** Source keys articles must be published by; null for any. */
  readonly sourceKeys: readonly string[] | null;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * One breadth-first level. Per frontier node: read at most `$scanCap` matching relationships (a
 * hub's tail is never read), keep each neighbour once with its strongest link, rank by link weight
 * then by the neighbour's own degree, return the best `$perNode` and how many were available.
 */
export function expansionCypher(types: readonly RelationType[]): string {
  return `
UNWIND $frontier AS fid
MATCH (n) WHERE elementId(n) = fid
CALL (n) {
  MATCH (n)-[r:${relationAlternation(types)}]-(m)
  WHERE NOT elementId(m) IN $visited
    AND any(l IN labels(m) WHERE l IN $kinds)
    AND (NOT m:Article OR (
          ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
      AND ($sources IS NULL OR EXISTS { (m)-[:PUBLISHED_BY]->(s:Source) WHERE s.key IN $sources })))
  WITH r, m LIMIT $scanCap
  WITH m, max(CASE WHEN type(r) = 'MENTIONS' THEN coalesce(r.count, 1) ELSE 1 END) AS w
  WITH m, w, COUNT { (m)--() } AS deg
  ORDER BY w DESC, deg DESC
  WITH collect({m: m, w: w, deg: deg}) AS ranked
  UNWIND ranked[0..$perNode] AS pick
  RETURN pick.m AS m, pick.w AS w, pick.deg AS deg, size(ranked) AS available
}
RETURN fid, elementId(m) AS eid, w, deg, available, ${sliceNodeProjection('m')} AS node`;
}

export interface ExpansionCandidate {
  readonly from: string;
  readonly eid: string;
  readonly weight: number;
  readonly degree: number;
  readonly node: SliceNode;
}

export interface ExpansionLevel {
  readonly candidates: readonly ExpansionCandidate[];
  /** Frontier nodes that had more neighbours than were returned (or hit the scan cap). */
  readonly cut: boolean;
}

/** Runs one expansion level from `frontier` (element ids). */
export async function expandLevel(
  tx: ManagedTransaction,
  frontier: readonly string[],
  visited: readonly string[],
  filters: ExpansionFilters,
  perNode: number,
  scanCap: number,
): Promise<ExpansionLevel> {
  const result = await tx.run(expansionCypher(filters.relationTypes), {
    frontier: [...frontier],
    visited: [...visited],
    kinds: [...filters.nodeKinds],
    sources: filters.sourceKeys === null ? null : [...filters.sourceKeys],
    from: filters.from,
    to: filters.to,
    perNode: int(perNode),
    scanCap: int(scanCap),
  });
  let cut = false;
  const candidates: ExpansionCandidate[] = [];
  for (const record of result.records) {
    const available = toNumber(record.get('available'));
    if (available > perNode || available >= scanCap) cut = true;
    const node = toSliceNode(record.get('node'));
    if (!node) continue;
    candidates.push({
      from: toStringValue(record.get('fid')),
      eid: toStringValue(record.get('eid')),
      weight: toNumber(record.get('w')),
      degree: toNumber(record.get('deg')),
      node,
    });
  }
  return { candidates, cut };
}

/**
 * Relationships among a set of nodes. Every relationship type starts at an Article, an Event or a
 * sub-actor, all low-degree, so walking outgoing relationships of each node never crosses a hub's
 * incoming fan.
 */
export function edgesAmongCypher(types: readonly RelationType[]): string {
  return `
UNWIND $ids AS id
MATCH (a) WHERE elementId(a) = id
MATCH (a)-[r:${relationAlternation(types)}]->(b)
WHERE elementId(b) IN $ids
WITH a, r, b LIMIT $limit
${EDGE_COLUMNS}`;
}

const EDGE_COLUMNS = `
WITH a, r, b, CASE WHEN a:Article THEN a.key WHEN type(r) = 'INVOLVES' THEN r.articleKey ELSE null END AS articleKey
RETURN type(r) AS type, properties(r) AS props, labels(a) AS startLabels, a.key AS startKey,
       labels(b) AS endLabels, b.key AS endKey, articleKey,
       CASE WHEN a:Article THEN a.title
            WHEN articleKey IS NULL THEN null
            ELSE COLLECT { MATCH (x:Article {key: articleKey}) RETURN x.title }[0] END AS articleTitle`;

/** Relationships by element id (the relationships of found paths). */
export const EDGES_BY_ID_CYPHER = `
UNWIND $ids AS id
MATCH (a)-[r]->(b) WHERE elementId(r) = id
${EDGE_COLUMNS}`;

/** Maps an edge row to the slice edge the explorer draws. */
function toSliceEdge(record: { get(key: string): unknown }): SliceEdge | undefined {
  const type = toStringValue(record.get('type'));
  if (!isRelationType(type)) return undefined;
  const startKind = kindOfLabels((record.get('startLabels') as unknown[] | null) ?? []);
  const endKind = kindOfLabels((record.get('endLabels') as unknown[] | null) ?? []);
  if (!startKind || !endKind) return undefined;
  const props = (record.get('props') ?? {}) as Record<string, unknown>;
  const source = globalId(startKind, toStringValue(record.get('startKey')));
  const target = globalId(endKind, toStringValue(record.get('endKey')));
  const qualifier =
    type === 'QUOTES' || type === 'ATTRIBUTES'
      ? toStringValue(props.key)
      : type === 'CITES'
        ? toStringValue(props.localKey)
        : '';
  const articleKey = record.get('articleKey');
  const evidence: EvidenceItem[] =
    articleKey !== null && articleKey !== undefined && typeof props.sentence === 'string'
      ? [
          {
            sentence: props.sentence,
            start: toNumber(props.start),
            end: toNumber(props.end),
            extractor: toStringValue(props.extractor),
            confidence: toNumber(props.confidence),
            articleId: globalId('Article', toStringValue(articleKey)),
            articleTitle: toStringValue(record.get('articleTitle')),
          },
        ]
      : [];
  return {
    id: `${type}:${source}->${target}${qualifier === '' ? '' : `:${qualifier}`}`,
    type,
    source,
    target,
    weight: type === 'MENTIONS' ? Math.max(1, toNumber(props.count)) : 1,
    quote: type === 'QUOTES' || type === 'ATTRIBUTES' ? toStringValue(props.text) : null,
    evidence,
  };
}

/** Up to `limit` relationships among the nodes (element ids); `more` when there were more. */
export async function readEdgesAmong(
  tx: ManagedTransaction,
  ids: readonly string[],
  types: readonly RelationType[],
  limit: number,
): Promise<{ edges: SliceEdge[]; more: boolean }> {
  const result = await tx.run(edgesAmongCypher(types), { ids: [...ids], limit: int(limit + 1) });
  const edges = result.records.flatMap((record) => {
    const edge = toSliceEdge(record);
    return edge ? [edge] : [];
  });
  return { edges: edges.slice(0, limit), more: edges.length > limit };
}

/** Slice edges of the given relationship element ids. */
export async function readEdgesById(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<SliceEdge[]> {
  const result = await tx.run(EDGES_BY_ID_CYPHER, { ids: [...ids] });
  return result.records.flatMap((record) => {
    const edge = toSliceEdge(record);
    return edge ? [edge] : [];
  });
}

export const NODES_BY_ELEMENT_ID_CYPHER = `
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
RETURN id, ${sliceNodeProjection('n')} AS node`;

/** Slice nodes of the given element ids. */
export async function readSliceNodes(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, SliceNode>> {
  const result = await tx.run(NODES_BY_ELEMENT_ID_CYPHER, { ids: [...ids] });
  const nodes = new Map<string, SliceNode>();
  for (const record of result.records) {
    const node = toSliceNode(record.get('node'));
    if (node) nodes.set(toStringValue(record.get('id')), node);
  }
  return nodes;
}

/**
 * All shortest paths, found by bidirectional breadth-first search, which stays fast around hubs.
 * The hop bound is a Cypher literal, so it comes from the PATH_HOPS allow-list.
 */
export function shortestPathsCypher(
  fromKind: NodeKind,
  toKind: NodeKind,
  types: readonly RelationType[],
  maxHops: PathHops,
): string {
  return `
MATCH (a:${fromKind} {key: $fromKey}), (b:${toKind} {key: $toKey})
MATCH p = allShortestPaths((a)-[:${relationAlternation(types)}*1..${maxHops}]-(b))
WITH p LIMIT $limit
RETURN [x IN nodes(p) | elementId(x)] AS nodeIds, [r IN relationships(p) | elementId(r)] AS relIds`;
}

/**
 * k shortest paths (Neo4j 5.21+ `SHORTEST k`): the shortest ones and then longer alternatives.
 * Much costlier than {@link shortestPathsCypher} through hubs, so callers run it under a short
 * time budget. k and the hop bound are literals from allow-listed integers.
 */
export function alternativePathsCypher(
  fromKind: NodeKind,
  toKind: NodeKind,
  types: readonly RelationType[],
  maxHops: PathHops,
  k: number,
): string {
  if (!Number.isInteger(k) || k < 1 || k > 11) throw new Error('path count out of range');
  return `
MATCH (a:${fromKind} {key: $fromKey}), (b:${toKind} {key: $toKey})
MATCH p = SHORTEST ${k} (a)-[:${relationAlternation(types)}]-{1,${maxHops}}(b)
RETURN [x IN nodes(p) | elementId(x)] AS nodeIds, [r IN relationships(p) | elementId(r)] AS relIds`;
}

export interface PathRow {
  readonly nodeIds: readonly string[];
  readonly relIds: readonly string[];
}

function toPathRows(records: readonly { get(key: string): unknown }[]): PathRow[] {
  return records.map((record) => ({
    nodeIds: (record.get('nodeIds') as unknown[]).map(toStringValue),
    relIds: (record.get('relIds') as unknown[]).map(toStringValue),
  }));
}

/** Up to `limit` shortest paths (element ids). */
export async function readShortestPaths(
  tx: ManagedTransaction,
  from: { kind: NodeKind; key: string },
  to: { kind: NodeKind; key: string },
  types: readonly RelationType[],
  maxHops: PathHops,
  limit: number,
): Promise<PathRow[]> {
  const result = await tx.run(shortestPathsCypher(from.kind, to.kind, types, maxHops), {
    fromKey: from.key,
    toKey: to.key,
    limit: int(limit),
  });
  return toPathRows(result.records);
}

/** The `k` shortest paths including longer ones (element ids), shortest first. */
export async function readAlternativePaths(
  tx: ManagedTransaction,
  from: { kind: NodeKind; key: string },
  to: { kind: NodeKind; key: string },
  types: readonly RelationType[],
  maxHops: PathHops,
  k: number,
): Promise<PathRow[]> {
  const result = await tx.run(alternativePathsCypher(from.kind, to.kind, types, maxHops, k), {
    fromKey: from.key,
    toKey: to.key,
  });
  return toPathRows(result.records);
}

export type { GlobalId };

import type { ManagedTransaction } from 'neo4j-driver';
import {
  NODE_KINDS,
  RELATION_TYPES,
  type NeighborhoodDepth,
  type NodeKind,
  type RelationType,
  isNodeKind,
  isRelationType,
} from '../../model/graph-model';
import {
  edgeId,
  globalId,
  parseEdgeId,
  parseGlobalId,
  type EvidenceItem,
  type GlobalId,
  type GraphSlice,
  type SliceEdge,
  type SliceNode,
} from '../../model/graph-slice';
import { int, internalId, internalIdParam, toNumber, toStringValue } from '../neo4j-values';
import { evidenceSentence, hasEvidence } from './evidence-sentence';

/**
 * Reads behind `neighborhood` and `paths`: a light node projection (no article text), edges with
 * their evidence, one breadth-first expansion level, and the slice paths span (path-search.cypher.ts
 * finds them). Internally nodes and relationships travel as element ids, valid within the one read
 * transaction that uses them, or, in the neighbourhood's and the paths' reads, as internal ids
 * (`internalId` in neo4j-values.ts says why that is safe there).
 */

/** Every node kind as a Cypher list literal, from the NODE_KINDS allow-list. */
const KIND_LIST = `[${NODE_KINDS.map((kind) => `'${kind}'`).join(', ')}]`;

/** What a slice shows of each kind: its label, date and subtype (the properties it has). */
const KIND_FIELDS: Readonly<Record<NodeKind, (v: string) => string>> = {
  Article: (v) =>
    `label: coalesce(${v}.title, ${v}.key), date: ${v}.date, subtype: CASE WHEN coalesce(${v}.stub, false) THEN 'stub' ELSE null END`,
  Source: (v) => `label: coalesce(${v}.name, ${v}.key), date: null, subtype: null`,
  Actor: (v) => `label: coalesce(${v}.name, ${v}.key), date: null, subtype: ${v}.kind`,
  Event: (v) =>
    `label: coalesce(${v}.description, ${v}.key), date: ${v}.date, subtype: ${v}.precision`,
  Narrative: (v) => `label: coalesce(${v}.label, ${v}.key), date: null, subtype: ${v}.kind`,
};

/**
 * Cypher map of a node for a slice: what the explorer draws, without article text. The labels
 * are read once, for the kind, and only the kind's own properties after that. Without `degree`,
 * the caller already read the node's degree (the expansion ranks by it).
 */
export function sliceNodeProjection(v: string, degree = true): string {
  const degreeField = degree ? `, degree: COUNT { (${v})--() }` : '';
  return `CASE head([l IN labels(${v}) WHERE l IN ${KIND_LIST}])
  ${NODE_KINDS.map((kind) => `WHEN '${kind}' THEN {kind: '${kind}', key: ${v}.key, ${KIND_FIELDS[kind](v)}${degreeField}}`).join('\n  ')}
  ELSE null END`;
}

/**
 * Maps a {@link sliceNodeProjection} value; undefined for a node of no known kind. `degree` stands
 * in for one the projection did not read.
 */
export function toSliceNode(value: unknown, degree?: number): SliceNode | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const kind = typeof v.kind === 'string' && isNodeKind(v.kind) ? v.kind : undefined;
  if (kind === undefined) return undefined;
  return {
    id: globalId(kind, toStringValue(v.key)),
    kind,
    label: toStringValue(v.label),
    date: v.date === null || v.date === undefined ? null : toStringValue(v.date),
    subtype: v.subtype === null || v.subtype === undefined ? null : toStringValue(v.subtype),
    degree: degree ?? toNumber(v.degree),
  };
}

/** Reads a string column: the common case without the driver's temporal type checks. */
function stringColumn(value: unknown): string {
  return typeof value === 'string' ? value : toStringValue(value);
}

/** Reads a float column (null as 0), as {@link toNumber} would. */
function numberColumn(value: unknown): number {
  return typeof value === 'number' ? value : toNumber(value);
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

/** Follows every relationship type and keeps every kind, source and date. */
export const UNFILTERED: ExpansionFilters = Object.freeze({
  relationTypes: RELATION_TYPES,
  nodeKinds: NODE_KINDS,
  sourceKeys: null,
  from: null,
  to: null,
});

/**
 * Conditions a neighbour `m` must meet, written for the filters actually set: kinds as label tests
 * (from the NODE_KINDS allow-list) only when some kind is left out, since every relationship type
 * joins two nodes of a kind; the article conditions only when a date or source filter is set. So
 * the common unfiltered expansion reads nothing of a neighbour before ranking it.
 */
function neighbourConditions(filters: ExpansionFilters): string {
  const kinds = NODE_KINDS.filter((kind) => filters.nodeKinds.includes(kind));
  const conditions = ['NOT m IN kept'];
  // No kind at all keeps no neighbour (the seeds alone), as an empty list always did.
  if (kinds.length === 0) conditions.push('false');
  else if (kinds.length < NODE_KINDS.length)
    conditions.push(`(${kinds.map((kind) => `m:${kind}`).join(' OR ')})`);
  const article: string[] = [];
  if (filters.from !== null) article.push('m.date >= $from');
  if (filters.to !== null) article.push('m.date <= $to');
  if (filters.sourceKeys !== null)
    article.push('EXISTS { (m)-[:PUBLISHED_BY]->(s:Source) WHERE s.key IN $sources }');
  if (article.length > 0) conditions.push(`(NOT m:Article OR (${article.join(' AND ')}))`);
  return conditions.join('\n        AND ');
}

/**
 * One breadth-first level, over `kept` (the slice so far, in the order nodes joined it), `degrees`
 * (theirs, in the same order) and `frontier`. The level gets an equal share of the node budget
 * left for the `levelsLeft` levels to go, so depth 2 around a hub shows its strongest articles
 * *and* what they link to. Per frontier node: read at most `$scanCap` matching relationships (a
 * hub's tail is never read), keep each neighbour once with its strongest link, rank by link weight
 * then by the neighbour's degree and keep the best `perNode` (oversampled: neighbours shared by
 * several frontier nodes come back more than once). The picks of all frontier nodes, strongest
 * first (the internal id as a string breaks ties, in the order element ids gave), fill the level's
 * budget and are the next frontier. `truncated` says a budget or the scan cap left neighbours out.
 */
function levelCypher(filters: ExpansionFilters, levelsLeft: number): string {
  return `
WITH kept, degrees, truncated, found, frontier, $limit - size(kept) AS remaining
WITH kept, degrees, found, frontier, remaining,
     truncated OR (size(frontier) > 0 AND remaining <= 0) AS truncated,
     CASE WHEN size(frontier) > 0 AND remaining > 0
          THEN toInteger(ceil(toFloat(remaining) / ${levelsLeft})) ELSE 0 END AS budget
WITH kept, degrees, found, frontier, remaining, truncated, budget,
     CASE WHEN budget = 0 THEN 0 ELSE toInteger(ceil(budget * 2.0 / size(frontier))) END AS share
WITH kept, degrees, found, frontier, truncated, budget,
     CASE WHEN budget = 0 THEN 0
          WHEN size(frontier) = 1 THEN budget
          WHEN share < 3 THEN CASE WHEN remaining < 3 THEN remaining ELSE 3 END
          WHEN share > remaining THEN remaining
          ELSE share END AS perNode
CALL (kept, frontier, perNode) {
  UNWIND CASE WHEN perNode > 0 THEN frontier ELSE [] END AS n
  CALL (n, kept, perNode) {
    MATCH (n)-[r:${relationAlternation(filters.relationTypes)}]-(m)
    WHERE ${neighbourConditions(filters)}
    WITH r, m LIMIT $scanCap
    WITH m, max(CASE WHEN type(r) = 'MENTIONS' THEN coalesce(r.count, 1) ELSE 1 END) AS w
    WITH m, w, COUNT { (m)--() } AS deg
    ORDER BY w DESC, deg DESC
    WITH collect({m: m, w: w, deg: deg}) AS ranked
    RETURN ranked[0..perNode] AS picks, size(ranked) AS available
  }
  WITH collect(picks) AS lists, coalesce(max(available), 0) AS available
  CALL (lists) {
    UNWIND lists AS picks
    UNWIND picks AS pick
    WITH pick.m AS m, pick.deg AS deg, max(pick.w) AS w
    ORDER BY w DESC, deg DESC, toString(id(m))
    RETURN collect({m: m, deg: deg}) AS candidates
  }
  RETURN candidates, available
}
WITH kept, degrees, found, candidates[0..budget] AS next,
     truncated OR size(candidates) > budget
       OR (size(candidates) > 0 AND (available > perNode OR available >= $scanCap)) AS truncated
WITH kept + [c IN next | c.m] AS kept, degrees + [c IN next | c.deg] AS degrees, found, truncated,
     [c IN next | c.m] AS frontier`;
}

/**
 * A whole neighbourhood in one statement: the seeds (by kind and key), `depth` expansion levels
 * under the `$limit` node budget, then the slice over the nodes kept: their projections (with the
 * degrees the expansion ranked by) and up to `$edgeLimit` relationships among them, each collected
 * into one list, naming nodes by internal id. Nodes travel between the steps as node values, so
 * nothing is matched twice and no id makes a round trip. Every relationship type starts at an
 * Article, an Event or a sub-actor, all low-degree, so walking outgoing relationships of each node
 * never crosses a hub's incoming fan. `lean` reads each edge's evidence count instead of its
 * sentence. `found` is the number of seeds that exist.
 */
export function neighborhoodCypher(
  filters: ExpansionFilters,
  depth: NeighborhoodDepth,
  lean = false,
): string {
  const fields = lean ? LEAN_EDGE_FIELDS : EDGE_FIELDS;
  const levels = Array.from({ length: depth }, (_, level) => levelCypher(filters, depth - level));
  return `
CALL () {
${NODE_KINDS.map((kind) => `  MATCH (n:${kind}) WHERE n.key IN $keys_${kind} RETURN n`).join('\n  UNION\n')}
}
WITH n, COUNT { (n)--() } AS degree
WITH collect(n) AS seeds, collect(degree) AS seedDegrees
WITH seeds[0..$limit] AS kept, seedDegrees[0..$limit] AS degrees, size(seeds) > $limit AS truncated,
     size(seeds) AS found, seeds[0..$limit] AS frontier
${levels.join('\n')}
CALL (kept, degrees) {
  UNWIND range(0, size(kept) - 1) AS i
  WITH kept[i] AS n, degrees[i] AS degree
  RETURN collect([id(n), ${sliceNodeProjection('n', false)}, degree]) AS nodes
}
CALL (kept) {
  UNWIND range(0, size(kept) - 1) AS i
  WITH i, kept[i] AS a
  WITH i, a, a:Article AS fromArticle
  MATCH (a)-[r:${relationAlternation(filters.relationTypes)}]->(b)
  WHERE b IN kept
  WITH i, a, fromArticle, r, b LIMIT $edgeLimit
  ${edgePreamble('i, fromArticle', true)}
  RETURN collect([i, id(b), ${fields.map(([, expression]) => expression).join(', ')}]) AS edges
}
RETURN found, truncated, nodes, edges`;
}

/**
 * Reads a neighbourhood ({@link neighborhoodCypher}) with at most `edgesPerNode` edges per node
 * kept; undefined when no seed exists.
 */
export async function readNeighborhood(
  tx: ManagedTransaction,
  request: {
    readonly seeds: readonly { kind: NodeKind; key: string }[];
    readonly depth: NeighborhoodDepth;
    readonly filters: ExpansionFilters;
    readonly limit: number;
    readonly lean: boolean;
  },
  scanCap: number,
  edgesPerNode: number,
): Promise<GraphSlice | undefined> {
  const { filters } = request;
  const params: Record<string, unknown> = {
    limit: int(request.limit),
    scanCap: int(scanCap),
    // The most the slice may need; the edges beyond this slice's own bound are cut below.
    edgeLimit: int(request.limit * edgesPerNode + 1),
    sources: filters.sourceKeys === null ? null : [...filters.sourceKeys],
    from: filters.from,
    to: filters.to,
  };
  for (const kind of NODE_KINDS) params[`keys_${kind}`] = [];
  for (const ref of request.seeds)
    (params[`keys_${ref.kind}`] as string[] | undefined)?.push(ref.key);
  const result = await tx.run(neighborhoodCypher(filters, request.depth, request.lean), params);
  const record = result.records[0];
  if (record === undefined || numberColumn(record.get('found')) === 0) return undefined;
  const rows = record.get('nodes') as [unknown, unknown, unknown][];
  const nodes = new Map<number, SliceNode>();
  // An edge names its start by position in `rows`, its end by internal id.
  const starts = rows.map(([id, value, degree]) => {
    const node = toSliceNode(value, numberColumn(degree));
    if (node) nodes.set(numberColumn(id), node);
    return node;
  });
  const index = request.lean ? LEAN_EDGE_LIST_INDEX : EDGE_LIST_INDEX;
  const edges = (record.get('edges') as unknown[][]).flatMap((list) => {
    const start = starts[numberColumn(list[0])];
    const end = nodes.get(numberColumn(list[1]));
    const edge = toSliceEdge(listRow(list, index), start, end, request.lean);
    return edge ? [edge] : [];
  });
  const edgeBound = rows.length * edgesPerNode;
  return {
    nodes: [...nodes.values()],
    edges: edges.slice(0, edgeBound),
    truncated: record.get('truncated') === true || edges.length > edgeBound,
  };
}

/**
 * Fields of a slice edge `r` from `a` to `b` (with `type` and `involvedKey` bound by
 * {@link edgePreamble}), read as plain values, numbers as floats. The caller already holds both
 * ends as slice nodes, so a row names them by element id instead of repeating their labels and keys:
 * edges are the largest part of a slice, and this keeps them small on the wire and cheap to decode.
 */
const EDGE_FIELDS: readonly (readonly [name: string, expression: string])[] = [
  ['type', 'type'],
  ['sentence', evidenceSentence('r')],
  ['offset', 'toFloat(r.start)'],
  ['offsetEnd', 'toFloat(r.end)'],
  ['extractor', 'r.extractor'],
  ['confidence', 'toFloat(r.confidence)'],
  ['count', "CASE type WHEN 'MENTIONS' THEN toFloat(r.count) ELSE null END"],
  [
    'qualifier',
    "CASE type WHEN 'CITES' THEN r.localKey WHEN 'QUOTES' THEN r.key WHEN 'ATTRIBUTES' THEN r.key WHEN 'CITES_SOURCE' THEN toString(r.start) ELSE null END",
  ],
  ['quote', "CASE type WHEN 'QUOTES' THEN r.text WHEN 'ATTRIBUTES' THEN r.text ELSE null END"],
  ['fromArticle', 'fromArticle'],
  ['involvedKey', 'involvedKey'],
  // An article's relationships carry their evidence from it; INVOLVES names its article by key.
  [
    'articleTitle',
    `CASE WHEN fromArticle THEN a.title
            WHEN involvedKey IS NULL THEN null
            ELSE COLLECT { MATCH (x:Article {key: involvedKey}) RETURN x.title }[0] END`,
  ],
];

/**
 * Binds `type`, `fromArticle` and `involvedKey` for {@link EDGE_FIELDS}, keeping `carry` in scope.
 * A caller that walks the relationships of each node binds `fromArticle` once per node instead
 * and carries it in `carry` (`articleBound`).
 */
function edgePreamble(carry?: string, articleBound = false): string {
  const kept = carry === undefined ? 'a, r, b' : `${carry}, a, r, b`;
  const fromArticle = articleBound ? '' : ', fromArticle';
  return `WITH ${kept}, type(r) AS type${articleBound ? '' : ', a:Article AS fromArticle'}
WITH ${kept}, type${fromArticle},
     CASE WHEN type = 'INVOLVES' AND NOT fromArticle THEN r.articleKey ELSE null END AS involvedKey`;
}

/** {@link EDGE_FIELDS} as `RETURN` columns. */
const EDGE_COLUMNS = EDGE_FIELDS.map(([name, expression]) => `${expression} AS ${name}`).join(
  ',\n       ',
);

/**
 * Fields of a slice edge without its sentence (the `lean` read): the same edge, with the number of
 * sentences the full read would give it instead of the sentence and the title it comes with.
 */
const LEAN_EDGE_FIELDS: readonly (readonly [name: string, expression: string])[] = [
  ...EDGE_FIELDS.filter(([name]) =>
    ['type', 'count', 'qualifier', 'quote', 'fromArticle', 'involvedKey'].includes(name),
  ),
  [
    'evidenceCount',
    `CASE WHEN (fromArticle OR involvedKey IS NOT NULL) AND ${hasEvidence('r')} THEN 1 ELSE 0 END`,
  ],
];

/** Position of each field in a collected edge list, after its two end ids. */
function listIndex(
  fields: readonly (readonly [name: string, expression: string])[],
): ReadonlyMap<string, number> {
  return new Map(fields.map(([name], index) => [name, index + 2]));
}

const EDGE_LIST_INDEX = listIndex(EDGE_FIELDS);
const LEAN_EDGE_LIST_INDEX = listIndex(LEAN_EDGE_FIELDS);

/** A collected edge list (two end ids, then the fields) read by field name, as a record's row. */
function listRow(list: readonly unknown[], index: ReadonlyMap<string, number>): FieldSource {
  return { get: (key) => list[index.get(key) ?? -1] };
}

/**
 * The slice over a set of nodes, in one statement: their projections (without the degrees of
 * `$known`, which the expansion read already) and up to `$limit` relationships among them, each
 * collected into one list (one record decodes far faster than thousands). Every relationship type
 * starts at an Article, an Event or a sub-actor, all low-degree, so walking outgoing relationships
 * of each node never crosses a hub's incoming fan. `lean` reads each edge's evidence count
 * instead of its sentence.
 */
export function sliceAmongCypher(types: readonly RelationType[], lean = false): string {
  const fields = lean ? LEAN_EDGE_FIELDS : EDGE_FIELDS;
  return `
CALL () {
  UNWIND $ids AS id
  MATCH (n) WHERE elementId(n) = id
  RETURN collect([id, CASE WHEN id IN $known THEN ${sliceNodeProjection('n', false)}
                      ELSE ${sliceNodeProjection('n')} END]) AS nodes
}
CALL () {
  UNWIND $ids AS id
  MATCH (a) WHERE elementId(a) = id
  MATCH (a)-[r:${relationAlternation(types)}]->(b)
  WHERE elementId(b) IN $ids
  WITH id, a, r, b LIMIT $limit
  ${edgePreamble('id')}
  RETURN collect([id, elementId(b), ${fields.map(([, expression]) => expression).join(', ')}]) AS edges
}
RETURN nodes, edges`;
}

interface FieldSource {
  get(key: string): unknown;
}

/**
 * Maps an edge row ({@link EDGE_FIELDS}, or {@link LEAN_EDGE_FIELDS} when `lean`) between the
 * slice nodes it starts and ends at to a slice edge; undefined when either end is not one.
 */
function toSliceEdge(
  row: FieldSource,
  start: SliceNode | undefined,
  end: SliceNode | undefined,
  lean = false,
): SliceEdge | undefined {
  const type = stringColumn(row.get('type'));
  if (!isRelationType(type)) return undefined;
  if (!start || !end) return undefined;
  const qualifier =
    type === 'QUOTES' || type === 'ATTRIBUTES' || type === 'CITES'
      ? stringColumn(row.get('qualifier'))
      : '';
  const sentence = lean ? null : row.get('sentence');
  const involvedKey = row.get('involvedKey');
  const articleId =
    row.get('fromArticle') === true
      ? start.id
      : involvedKey === null || involvedKey === undefined
        ? undefined
        : globalId('Article', stringColumn(involvedKey));
  const evidence: EvidenceItem[] =
    articleId !== undefined && typeof sentence === 'string'
      ? [
          {
            sentence,
            start: numberColumn(row.get('offset')),
            end: numberColumn(row.get('offsetEnd')),
            extractor: stringColumn(row.get('extractor')),
            confidence: numberColumn(row.get('confidence')),
            articleId,
            articleTitle: stringColumn(row.get('articleTitle')),
          },
        ]
      : [];
  return {
    id: edgeId(type, start.id, end.id, qualifier),
    type,
    source: start.id,
    target: end.id,
    weight: type === 'MENTIONS' ? Math.max(1, numberColumn(row.get('count'))) : 1,
    quote: type === 'QUOTES' || type === 'ATTRIBUTES' ? stringColumn(row.get('quote')) : null,
    evidenceCount: lean ? numberColumn(row.get('evidenceCount')) : evidence.length,
    evidence,
  };
}

/** Relationships of one type from one node kind to another, matched by the parts of edge ids. */
function edgesByIdCypher(type: RelationType, sourceKind: NodeKind, targetKind: NodeKind): string {
  return `
UNWIND $rows AS row
MATCH (a:${sourceKind} {key: row.sourceKey})-[r:${type}]->(b:${targetKind})
WHERE b.key IN row.targetKeys
${edgePreamble('row')}
RETURN row.id AS id, ${sliceNodeProjection('a')} AS startNode, ${sliceNodeProjection('b')} AS endNode,
       ${EDGE_COLUMNS}`;
}

/**
 * The evidence of the edges with the given ids (as slices name them), by id; an id that names no
 * edge is absent. One statement per (type, source kind, target kind) group, all from the
 * allow-lists; each relationship is kept only when the id the slice would give it is the one asked.
 */
export async function readEdgeEvidence(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, EvidenceItem[]>> {
  const groups = new Map<
    string,
    { type: RelationType; sourceKind: NodeKind; targetKind: NodeKind; rows: object[] }
  >();
  for (const id of new Set(ids)) {
    const parts = parseEdgeId(id);
    const source = parts && parseGlobalId(parts.source);
    if (!parts || !source || !isRelationType(parts.type)) continue;
    const group = `${parts.type}|${source.kind}|${parts.targetKind}`;
    const entry = groups.get(group) ?? {
      type: parts.type,
      sourceKind: source.kind,
      targetKind: parts.targetKind,
      rows: [],
    };
    entry.rows.push({ id, sourceKey: source.key, targetKeys: parts.targetKeys });
    groups.set(group, entry);
  }
  const found = new Map<string, EvidenceItem[]>();
  for (const { type, sourceKind, targetKind, rows } of groups.values()) {
    const result = await tx.run(edgesByIdCypher(type, sourceKind, targetKind), { rows });
    for (const record of result.records) {
      const edge = toSliceEdge(
        record,
        toSliceNode(record.get('startNode')),
        toSliceNode(record.get('endNode')),
      );
      const id = stringColumn(record.get('id'));
      if (edge?.id === id) found.set(id, [...(found.get(id) ?? []), ...edge.evidence]);
    }
  }
  return found;
}

/**
 * Slice nodes of the given element ids and up to `limit` relationships among them; `more` when
 * there were more. `degrees` are the nodes' degrees already read (the rest are read here). `lean`
 * edges carry their evidence count without the sentences.
 */
export async function readSliceAmong(
  tx: ManagedTransaction,
  ids: readonly string[],
  degrees: ReadonlyMap<string, number>,
  types: readonly RelationType[],
  limit: number,
  lean = false,
): Promise<{ nodes: Map<string, SliceNode>; edges: SliceEdge[]; more: boolean }> {
  const result = await tx.run(sliceAmongCypher(types, lean), {
    ids: [...ids],
    known: [...degrees.keys()],
    limit: int(limit + 1),
  });
  const record = result.records[0];
  const nodes = new Map<string, SliceNode>();
  for (const [id, value] of (record?.get('nodes') ?? []) as [unknown, unknown][]) {
    const eid = stringColumn(id);
    const node = toSliceNode(value, degrees.get(eid));
    if (node) nodes.set(eid, node);
  }
  const index = lean ? LEAN_EDGE_LIST_INDEX : EDGE_LIST_INDEX;
  const edges = ((record?.get('edges') ?? []) as unknown[][]).flatMap((list) => {
    const edge = toSliceEdge(
      listRow(list, index),
      nodes.get(stringColumn(list[0])),
      nodes.get(stringColumn(list[1])),
      lean,
    );
    return edge ? [edge] : [];
  });
  return { nodes, edges: edges.slice(0, limit), more: edges.length > limit };
}

/**
 * The slice a set of paths spans, in one statement: the nodes and the relationships by internal
 * id, each collected into one list.
 */
export const PATHS_SLICE_CYPHER = `
CALL () {
  UNWIND $nodeIds AS id
  MATCH (n) WHERE id(n) = id
  RETURN collect([id, ${sliceNodeProjection('n')}]) AS nodes
}
CALL () {
  UNWIND $relIds AS id
  MATCH (a)-[r]->(b) WHERE id(r) = id
  ${edgePreamble('id')}
  RETURN collect([id(a), id(b), ${EDGE_FIELDS.map(([, expression]) => expression).join(', ')}]) AS edges
}
RETURN nodes, edges`;

/**
 * Slice nodes (by internal id) and edges of the given node and relationship internal ids, as
 * {@link internalId} reads them.
 */
export async function readPathsSliceParts(
  tx: ManagedTransaction,
  nodeIds: readonly string[],
  relIds: readonly string[],
): Promise<{ nodes: Map<string, SliceNode>; edges: SliceEdge[] }> {
  const result = await tx.run(PATHS_SLICE_CYPHER, {
    nodeIds: nodeIds.map(internalIdParam),
    relIds: relIds.map(internalIdParam),
  });
  const record = result.records[0];
  const nodes = new Map<string, SliceNode>();
  for (const [id, value] of (record?.get('nodes') ?? []) as [unknown, unknown][]) {
    const node = toSliceNode(value);
    if (node) nodes.set(internalId(id), node);
  }
  const edges = ((record?.get('edges') ?? []) as unknown[][]).flatMap((list) => {
    const edge = toSliceEdge(
      listRow(list, EDGE_LIST_INDEX),
      nodes.get(internalId(list[0])),
      nodes.get(internalId(list[1])),
    );
    return edge ? [edge] : [];
  });
  return { nodes, edges };
}

export interface PathRow {
  readonly nodeIds: readonly string[];
  readonly relIds: readonly string[];
}

export type { GlobalId };

import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeKind, RelationType } from '../../model/graph-model';
import { int, internalId, internalIdParam, toNumber } from '../neo4j-values';
import { relationAlternation } from './graph-slice.cypher';

/**
 * The reads of the paths search (graph-db/repositories/path-search.ts drives them): the two ends
 * with the nearest paths (and the first level), then one breadth-first level of one side per
 * statement. Nodes and relationships travel as internal ids (`id()`), valid within the one read
 * transaction that uses them (`internalId` in neo4j-values.ts says why). Degrees count only the
 * relationship types followed, since those are what expanding a node reads.
 */

/** Up to `$scanCap` relationships `r` of `n` to neighbours `m`, of the types followed. */
function neighboursOf(alternation: string): string {
  return `CALL (n) {
    MATCH (n)-[r:${alternation}]-(m)
    WITH r, m LIMIT $scanCap
    RETURN r, m
  }`;
}

/**
 * The search's first statement. Both ends by kind and key, with their degrees (an absent end gives
 * a null id); the paths of one hop and, when `$twoHops`, of two between them, at most `$want`,
 * found from the end with fewer relationships (at most `$scanCap` read): direct links first, then
 * through the least connected middle nodes. Two well-connected ends usually share many neighbours;
 * only with fewer than `$enough` such paths is each end's first level read too (as
 * {@link pathLevelCypher} reads a level), for the search to go on from there.
 */
export function pathEndsCypher(
  fromKind: NodeKind,
  toKind: NodeKind,
  types: readonly RelationType[],
): string {
  const alternation = relationAlternation(types);
  return `
OPTIONAL MATCH (a:${fromKind} {key: $fromKey})
OPTIONAL MATCH (b:${toKind} {key: $toKey})
WITH a, b, a IS NOT NULL AND b IS NOT NULL AND a <> b AS both,
     CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)-[:${alternation}]-() } END AS fromDegree,
     CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)-[:${alternation}]-() } END AS toDegree
CALL (a, b, both, fromDegree, toDegree) {
  UNWIND CASE WHEN both THEN [fromDegree <= toDegree] ELSE [] END AS forward
  WITH forward, CASE WHEN forward THEN a ELSE b END AS near, CASE WHEN forward THEN b ELSE a END AS far
  CALL (near, far) {
    MATCH (near)-[r:${alternation}]-(far)
    WITH r LIMIT $want
    RETURN [id(near), id(far)] AS nodeIds, [id(r)] AS relIds, 0 AS score
    UNION ALL
    MATCH (near)-[r1:${alternation}]-(m)
    WHERE $twoHops
    WITH far, near, r1, m LIMIT $scanCap
    MATCH (m)-[r2:${alternation}]-(far)
    WITH near, far, r1, m, r2, COUNT { (m)-[:${alternation}]-() } AS score
    ORDER BY score, toString(id(m))
    LIMIT $want
    RETURN [id(near), id(m), id(far)] AS nodeIds, [id(r1), id(r2)] AS relIds, score
  }
  WITH forward, nodeIds, relIds, score LIMIT $want
  RETURN collect(CASE WHEN forward THEN [nodeIds, relIds, score]
                 ELSE [reverse(nodeIds), reverse(relIds), score] END) AS near
}
CALL (a, b, both, near) {
  UNWIND CASE WHEN both AND size(near) < $enough THEN [a, b] ELSE [] END AS n
  ${neighboursOf(alternation)}
  WITH n, m, collect([id(n), id(r)])[0..$parentCap] AS via
  WITH n, collect([id(m), COUNT { (m)-[:${alternation}]-() }, via]) AS reached
  RETURN collect([id(n), reached]) AS levels
}
RETURN id(a) AS fromId, id(b) AS toId, fromDegree, toDegree, near, levels`;
}

export interface PathEnds {
  readonly from: { readonly id: string; readonly degree: number };
  readonly to: { readonly id: string; readonly degree: number };
  /** Paths of one and two hops, direct ones first, then by their middle node's degree. */
  readonly near: readonly { nodeIds: string[]; relIds: string[]; score: number }[];
  /** Each end's first level; empty when `near` had enough paths. */
  readonly levels: { readonly from: LevelRow[]; readonly to: LevelRow[] };
}

/** Reads a collected level: [internal id, degree, [[parent, relationship], …]] per node. */
function levelRows(list: unknown): LevelRow[] {
  return ((list ?? []) as [unknown, unknown, unknown[][]][]).map(([id, degree, via]) => ({
    id: internalId(id),
    degree: toNumber(degree),
    via: via.map(([parent, relationship]) => [internalId(parent), internalId(relationship)]),
  }));
}

/**
 * The ends, the nearest paths and, with fewer than `enough` of them, the ends' first levels
 * ({@link pathEndsCypher}); undefined when either end is missing.
 */
export async function readPathEnds(
  tx: ManagedTransaction,
  from: { kind: NodeKind; key: string },
  to: { kind: NodeKind; key: string },
  types: readonly RelationType[],
  limits: {
    readonly want: number;
    readonly enough: number;
    readonly twoHops: boolean;
    readonly scanCap: number;
    readonly parentCap: number;
  },
): Promise<PathEnds | undefined> {
  const result = await tx.run(pathEndsCypher(from.kind, to.kind, types), {
    fromKey: from.key,
    toKey: to.key,
    want: int(limits.want),
    enough: int(limits.enough),
    twoHops: limits.twoHops,
    scanCap: int(limits.scanCap),
    parentCap: int(limits.parentCap),
  });
  const record = result.records[0];
  const fromValue: unknown = record?.get('fromId');
  const toValue: unknown = record?.get('toId');
  if (fromValue === null || fromValue === undefined || toValue === null || toValue === undefined)
    return undefined;
  const fromId = internalId(fromValue);
  const toId = internalId(toValue);
  const near = (record?.get('near') ?? []) as [unknown[], unknown[], unknown][];
  const levels = new Map(
    ((record?.get('levels') ?? []) as [unknown, unknown][]).map(([end, list]) => [
      internalId(end),
      levelRows(list),
    ]),
  );
  return {
    from: { id: fromId, degree: toNumber(record?.get('fromDegree')) },
    to: { id: toId, degree: toNumber(record?.get('toDegree')) },
    near: near.map(([nodeIds, relIds, score]) => ({
      nodeIds: nodeIds.map(internalId),
      relIds: relIds.map(internalId),
      score: toNumber(score),
    })),
    levels: { from: levels.get(fromId) ?? [], to: levels.get(toId) ?? [] },
  };
}

/**
 * One level of one side: the neighbours of `$frontier`, each once with up to `$parentCap` of the
 * (frontier node, relationship) pairs that reach it, and its degree. Neighbours the side reached
 * before come back too and are dropped by the caller: sending their ids would cost more than
 * receiving them. At most `$scanCap` relationships are read per frontier node. `final`: the side's
 * last level, which keeps only neighbours in `$targets` (nodes of the other side), so nothing else
 * crosses the wire.
 */
export function pathLevelCypher(types: readonly RelationType[], final: boolean): string {
  const alternation = relationAlternation(types);
  return `
UNWIND $frontier AS id
MATCH (n) WHERE id(n) = id
${neighboursOf(alternation)}
WITH n, r, m, id(m) AS mid
${final ? 'WHERE mid IN $targets' : ''}
WITH m, mid, collect([id(n), id(r)])[0..$parentCap] AS via
RETURN collect([mid, COUNT { (m)-[:${alternation}]-() }, via]) AS reached`;
}

/** A node one level further: its internal id, degree and (parent, relationship) internal ids. */
export interface LevelRow {
  readonly id: string;
  readonly degree: number;
  readonly via: readonly (readonly [parent: string, relationship: string])[];
}

export interface LevelRequest {
  readonly frontier: readonly string[];
  /** Set for a side's last level: only these nodes are kept. */
  readonly targets: readonly string[] | null;
  readonly scanCap: number;
  readonly parentCap: number;
}

/** Reads one level ({@link pathLevelCypher}). */
export async function readPathLevel(
  tx: ManagedTransaction,
  types: readonly RelationType[],
  request: LevelRequest,
): Promise<LevelRow[]> {
  const result = await tx.run(pathLevelCypher(types, request.targets !== null), {
    frontier: request.frontier.map(internalIdParam),
    targets: request.targets === null ? null : request.targets.map(internalIdParam),
    scanCap: int(request.scanCap),
    parentCap: int(request.parentCap),
  });
  return levelRows(result.records[0]?.get('reached'));
}

import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeKind, RelationType } from '../../model/graph-model';
import { int, toNumber, toStringValue } from '../neo4j-values';
import { relationAlternation } from './graph-slice.cypher';

/**
 * The reads of the paths search (graph-db/repositories/path-search.ts drives them): the two ends,
 * then one breadth-first level of one side per statement. Nodes and relationships travel as
 * element ids, valid within the one read transaction that uses them. Degrees count only the
 * relationship types followed, since those are what expanding a node reads.
 */

/** Both ends by kind and key, with their degrees; an absent end gives a null id. */
export function pathEndsCypher(
  fromKind: NodeKind,
  toKind: NodeKind,
  types: readonly RelationType[],
): string {
  const alternation = relationAlternation(types);
  return `
OPTIONAL MATCH (a:${fromKind} {key: $fromKey})
OPTIONAL MATCH (b:${toKind} {key: $toKey})
RETURN elementId(a) AS fromId, elementId(b) AS toId,
       CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)-[:${alternation}]-() } END AS fromDegree,
       CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)-[:${alternation}]-() } END AS toDegree`;
}

export interface PathEnds {
  readonly from: { readonly id: string; readonly degree: number };
  readonly to: { readonly id: string; readonly degree: number };
}

/** The ends' element ids and degrees; undefined when either does not exist. */
export async function readPathEnds(
  tx: ManagedTransaction,
  from: { kind: NodeKind; key: string },
  to: { kind: NodeKind; key: string },
  types: readonly RelationType[],
): Promise<PathEnds | undefined> {
  const result = await tx.run(pathEndsCypher(from.kind, to.kind, types), {
    fromKey: from.key,
    toKey: to.key,
  });
  const record = result.records[0];
  const fromId: unknown = record?.get('fromId');
  const toId: unknown = record?.get('toId');
  if (typeof fromId !== 'string' || typeof toId !== 'string') return undefined;
  return {
    from: { id: fromId, degree: toNumber(record?.get('fromDegree')) },
    to: { id: toId, degree: toNumber(record?.get('toDegree')) },
  };
}

/**
 * One level of one side: the neighbours of `$frontier` not in `$exclude` (the side's last two
 * levels), each once with up to `$parentCap` of the (frontier node, relationship) pairs that reach
 * it, and its degree. At most `$scanCap` relationships are read per frontier node, which only an
 * end can exceed (the search expands no other hub). `final`: the side's last level, which keeps
 * only neighbours in `$targets` (the other side's nodes), so nothing else crosses the wire.
 */
export function pathLevelCypher(types: readonly RelationType[], final: boolean): string {
  const alternation = relationAlternation(types);
  return `
UNWIND $frontier AS id
MATCH (n) WHERE elementId(n) = id
CALL (n) {
  MATCH (n)-[r:${alternation}]-(m)
  WITH r, m LIMIT $scanCap
  RETURN r, m
}
WITH n, r, m, elementId(m) AS mid
WHERE NOT mid IN $exclude${final ? ' AND mid IN $targets' : ''}
WITH m, mid, collect([elementId(n), elementId(r)])[0..$parentCap] AS via
RETURN collect([mid, COUNT { (m)-[:${alternation}]-() }, via]) AS reached`;
}

/** A node one level further: its element id, degree and (parent, relationship) element ids. */
export interface LevelRow {
  readonly id: string;
  readonly degree: number;
  readonly via: readonly (readonly [parent: string, relationship: string])[];
}

export interface LevelRequest {
  readonly frontier: readonly string[];
  readonly exclude: readonly string[];
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
    frontier: [...request.frontier],
    exclude: [...request.exclude],
    targets: request.targets === null ? null : [...request.targets],
    scanCap: int(request.scanCap),
    parentCap: int(request.parentCap),
  });
  const rows = (result.records[0]?.get('reached') ?? []) as [unknown, unknown, unknown[][]][];
  return rows.map(([id, degree, via]) => ({
    id: toStringValue(id),
    degree: toNumber(degree),
    via: via.map(([parent, relationship]) => [toStringValue(parent), toStringValue(relationship)]),
  }));
}

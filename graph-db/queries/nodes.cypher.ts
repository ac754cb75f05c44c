import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_KINDS, type NodeKind } from '../../model/graph-model';
import { nodeProjection, toNodeRow } from './node-rows';
import { type NodeRow, type SourceRow, type ActorRow } from '../../model/node-rows';
import { toStringValue } from '../neo4j-values';

/**
 * Point reads by key, batched: the per-request loaders of the API call these with every key
 * asked for in one tick, so a page of 100 articles costs one query per kind, not 100.
 */

/** One statement per kind: the label comes from the NODE_KINDS allow-list, keys are a parameter. */
export const NODES_BY_KEY_CYPHER: Readonly<Record<NodeKind, string>> = Object.fromEntries(
  NODE_KINDS.map((kind) => [
    kind,
    `MATCH (n:${kind}) WHERE n.key IN $keys RETURN ${nodeProjection('n')} AS node`,
  ]),
) as Record<NodeKind, string>;

/** Reads nodes of one kind by key; absent keys are simply missing from the map. */
export async function readNodesByKey(
  tx: ManagedTransaction,
  kind: NodeKind,
  keys: readonly string[],
): Promise<Map<string, NodeRow>> {
  const result = await tx.run(NODES_BY_KEY_CYPHER[kind], { keys: [...keys] });
  const rows = new Map<string, NodeRow>();
  for (const record of result.records) {
    const row = toNodeRow(record.get('node'));
    if (row) rows.set(row.key, row);
  }
  return rows;
}

export const ARTICLE_SOURCES_CYPHER = `
UNWIND $keys AS key
MATCH (:Article {key: key})-[:PUBLISHED_BY]->(s:Source)
RETURN key, ${nodeProjection('s')} AS node
`;

/** The source of each article (by article key); articles without one are missing. */
export async function readArticleSources(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Map<string, SourceRow>> {
  const result = await tx.run(ARTICLE_SOURCES_CYPHER, { keys: [...keys] });
  const rows = new Map<string, SourceRow>();
  for (const record of result.records) {
    const row = toNodeRow(record.get('node'));
    if (row?.kind === 'Source') rows.set(toStringValue(record.get('key')), row);
  }
  return rows;
}

export const ACTOR_PARENTS_CYPHER = `
UNWIND $keys AS key
MATCH (:Actor {key: key})-[:PART_OF]->(p:Actor)
RETURN key, ${nodeProjection('p')} AS node
`;

/** The actor each actor is part of (by child key). */
export async function readActorParents(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Map<string, ActorRow>> {
  const result = await tx.run(ACTOR_PARENTS_CYPHER, { keys: [...keys] });
  const rows = new Map<string, ActorRow>();
  for (const record of result.records) {
    const row = toNodeRow(record.get('node'));
    if (row?.kind === 'Actor') rows.set(toStringValue(record.get('key')), row);
  }
  return rows;
}

export const NARRATIVE_FIRST_SEEN_CYPHER = `
UNWIND $keys AS key
MATCH (:Narrative {key: key})<-[:ADVANCES]-(a:Article)
WHERE a.date IS NOT NULL
RETURN key, min(a.date) AS firstSeen
`;

/** Earliest publication date of an article advancing each narrative. */
export async function readNarrativeFirstSeen(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const result = await tx.run(NARRATIVE_FIRST_SEEN_CYPHER, { keys: [...keys] });
  return new Map(
    result.records.map((r) => [toStringValue(r.get('key')), toStringValue(r.get('firstSeen'))]),
  );
}

import { cache } from 'react';
import type { NodeKind } from '@/model/graph-model';
import type { NodeRow } from '@/model/node-rows';
import { repositories } from '@/graph-db/repositories';
import { nodeRefFromSegment } from './route-ids';

async function readEntity<K extends NodeKind>(segment: string, kind: K) {
  const ref = nodeRefFromSegment(segment, kind);
  if (ref === undefined) return undefined;
  const row = (await repositories.nodes.byKeys(kind, [ref.key])).get(ref.key);
  if (row?.kind !== kind) return undefined;
  return { ref, row: row as Extract<NodeRow, { kind: K }> };
}

/**
 * The node an entity page's `[id]` segment names, or undefined when it is malformed or unknown.
 * Cached per request: `generateMetadata` and the page both ask, and Neo4j should answer once.
 */
export const loadEntity: typeof readEntity = cache(readEntity);

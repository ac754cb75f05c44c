import 'server-only';
import { NODE_KINDS, RELATION_TYPES } from '@/graph-db/model/graph-model';
import { parseGlobalId, type GlobalId, type GraphSlice } from '@/graph-db/model/graph-slice';
import type { ViewState } from '@/graph-db/model/view-state';
import { repositories } from '@/graph-db/repositories';
import { fetchPlan } from '@/components/explorer/explorer-state';
import { EMPTY_SLICE, mergeSlices } from '@/components/explorer/graph-client';

/**
 * Server-side slices for the explorer's first paint. They answer exactly the requests the client
 * would make for the same state (explorer-state.ts `fetchPlan`), so the client's cache accepts the
 * server slice and asks nothing more until the analyst explores further.
 */

/** Same bound as the client's NEIGHBORHOOD_LIMIT (use-graph-data.ts, a client module). */
const NEIGHBORHOOD_LIMIT = 500;

function refs(ids: readonly GlobalId[]) {
  return ids.flatMap((id) => {
    const ref = parseGlobalId(id);
    return ref === undefined ? [] : [ref];
  });
}

async function neighborhood(
  ids: readonly GlobalId[],
  depth: number,
  limit: number,
  relationTypes?: readonly string[],
): Promise<GraphSlice> {
  const seeds = refs(ids);
  if (seeds.length === 0) return EMPTY_SLICE;
  const slice = await repositories.explore.neighborhood({
    seeds,
    depth: Math.min(Math.max(depth, 1), 3) as 1 | 2 | 3,
    limit,
    filters: {
      relationTypes: RELATION_TYPES.filter(
        (t) => relationTypes === undefined || relationTypes.includes(t),
      ),
      nodeKinds: [...NODE_KINDS],
      sourceKeys: null,
      from: null,
      to: null,
    },
  });
  // Unknown seeds (deleted since the link was made) draw nothing rather than failing the page.
  return slice ?? EMPTY_SLICE;
}

/** The merged slice for a view state; the empty slice for an empty state. */
export async function sliceForState(state: ViewState): Promise<GraphSlice> {
  const plan = fetchPlan(state);
  if (plan.length === 0) return EMPTY_SLICE;
  const parts = await Promise.all(
    plan.map((p) => neighborhood(p.ids, p.depth, NEIGHBORHOOD_LIMIT, p.relationTypes)),
  );
  return mergeSlices(parts);
}

/**
 * The one-hop neighbourhood of a node for an entity page's local graph. Smaller than the
 * explorer's bound: a page is for reading, and the analyst can expand from there.
 */
export function localSlice(id: GlobalId, limit = 60): Promise<GraphSlice> {
  return neighborhood([id], 1, limit);
}

/** Runs a read, turning a failure into undefined so the page can still render what it has. */
export async function settle<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    console.warn('read failed:', error instanceof Error ? error.message : error);
    return undefined;
  }
}

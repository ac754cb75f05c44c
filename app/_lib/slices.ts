import 'server-only';
import type { GlobalId, GraphSlice } from '@/model/graph-slice';
import { EMPTY_VIEW_STATE, type ViewState } from '@/model/view-state';
import { repositories } from '@/graph-db/repositories';

/**
 * Server-side slices for the explorer's first paint. They answer exactly the requests the client
 * would make for the same state (explorer-state.ts `fetchPlan`), so the client's cache accepts the
 * server slice and asks nothing more until the analyst explores further.
 */

/** The merged slice for a view state; the empty slice for an empty state. */
export function sliceForState(state: ViewState): Promise<GraphSlice> {
  return repositories.explore.forViewState(state);
}

/**
 * The one-hop neighbourhood of a node for an entity page's local graph. Smaller than the
 * explorer's bound: a page is for reading, and the analyst can expand from there.
 */
export function localSlice(id: GlobalId, limit = 60): Promise<GraphSlice> {
  return repositories.explore.forViewState({ ...EMPTY_VIEW_STATE, seeds: [id] }, limit);
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

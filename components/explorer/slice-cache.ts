import type { GraphSlice } from '@/model/graph-slice';
import type { FetchPlanItem } from './explorer-state';
import { EMPTY_SLICE, mergeSlices } from './graph-client';

/**
 * Which neighbourhoods the explorer still has to fetch, and the slice it can draw meanwhile.
 * The server-rendered `initialSlice` answers all requests of the initial state at once; it is
 * used while the current plan still contains every one of them, so undoing past the initial
 * state does not keep its nodes on screen.
 */

export interface SliceCache {
  readonly byKey: ReadonlyMap<string, GraphSlice>;
  readonly initial?: { readonly keys: readonly string[]; readonly slice: GraphSlice };
}

function initialApplies(cache: SliceCache, plan: readonly FetchPlanItem[]): boolean {
  if (cache.initial === undefined) return false;
  const keys = new Set(plan.map((p) => p.key));
  return cache.initial.keys.every((k) => keys.has(k));
}

/** Plan items neither cached nor covered by the initial slice. */
export function missingRequests(
  plan: readonly FetchPlanItem[],
  cache: SliceCache,
): FetchPlanItem[] {
  const covered = initialApplies(cache, plan) ? new Set(cache.initial?.keys) : new Set<string>();
  return plan.filter((p) => !covered.has(p.key) && !cache.byKey.has(p.key));
}

/**
 * Plan items to request now: missing ones not already on their way. A request keeps going when
 * the plan changes while it loads (a step taken meanwhile neither cancels nor repeats it).
 */
export function requestsToStart(
  plan: readonly FetchPlanItem[],
  cache: SliceCache,
  inFlight: ReadonlySet<string>,
): FetchPlanItem[] {
  return missingRequests(plan, cache).filter((p) => !inFlight.has(p.key));
}

/** The union of everything available for the plan (partial while requests are in flight). */
export function assembleSlice(plan: readonly FetchPlanItem[], cache: SliceCache): GraphSlice {
  const parts: GraphSlice[] = [];
  const useInitial = initialApplies(cache, plan);
  if (useInitial && cache.initial !== undefined) parts.push(cache.initial.slice);
  const covered = new Set(useInitial ? cache.initial?.keys : []);
  for (const p of plan) {
    if (covered.has(p.key)) continue;
    const s = cache.byKey.get(p.key);
    if (s !== undefined) parts.push(s);
  }
  return parts.length === 0 ? EMPTY_SLICE : mergeSlices(parts);
}

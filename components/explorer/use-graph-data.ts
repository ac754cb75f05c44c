'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphSlice } from '@/model/graph-slice';
import { PLAN_NEIGHBORHOOD_LIMIT, type ViewState } from '@/model/view-state';
import { fetchPlan, type FetchPlanItem } from './explorer-state';
import type { GraphClient } from './graph-client';
import { assembleSlice, requestsToStart, type SliceCache } from './slice-cache';

export interface GraphData {
  readonly slice: GraphSlice;
  readonly loading: boolean;
  readonly error: string | undefined;
  /** Fetch the failed requests again. */
  retry(): void;
}

function request(p: FetchPlanItem, client: GraphClient, signal: AbortSignal): Promise<GraphSlice> {
  const [from, to] = p.ids;
  if (p.paths === true && from !== undefined && to !== undefined) {
    return client.paths(from, to, undefined, signal);
  }
  if (p.groupPage !== undefined) return client.neighborGroup(p.groupPage, signal);
  if (p.grouped === true) return client.groupedNeighborhood(p.ids, p.depth, signal);
  return client.neighborhood(
    {
      ids: p.ids,
      depth: p.depth,
      // The API flags `truncated` beyond it.
      limit: PLAN_NEIGHBORHOOD_LIMIT,
      ...(p.relationTypes !== undefined ? { relationTypes: p.relationTypes } : {}),
    },
    signal,
  );
}

/**
 * Fetches what the exploration state needs (neighbourhoods and path searches) (only what is not
 * cached yet) and returns the merged slice. Each request is kept by its plan key until it
 * settles, whatever steps come meanwhile, and its answer joins the cache: a step never cancels
 * another step's request. Filters, hides and pins are applied client-side, so they never
 * trigger a request.
 */
export function useGraphData(
  state: ViewState,
  client: GraphClient,
  initial?: { readonly state: ViewState; readonly slice: GraphSlice },
): GraphData {
  const cache = useRef<{ byKey: Map<string, GraphSlice>; initial?: SliceCache['initial'] }>({
    byKey: new Map(),
    ...(initial !== undefined
      ? { initial: { keys: fetchPlan(initial.state).map((p) => p.key), slice: initial.slice } }
      : {}),
  });
  // Requests on their way, by plan key; aborted only when the explorer goes away.
  const inFlight = useRef(new Map<string, AbortController>());
  const [loadingKeys, setLoadingKeys] = useState<ReadonlySet<string>>(() => new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [version, setVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);

  const plan = useMemo(() => fetchPlan(state), [state]);
  const planKey = plan.map((p) => p.key).join('\n');

  useEffect(() => {
    const start = requestsToStart(plan, cache.current, new Set(inFlight.current.keys()));
    if (start.length === 0) return;
    const keys = start.map((p) => p.key);
    const mark = (on: boolean) =>
      setLoadingKeys((was) => {
        const next = new Set(was);
        for (const k of keys)
          if (on) next.add(k);
          else next.delete(k);
        return next;
      });
    setErrors((was) => new Map([...was].filter(([k]) => !keys.includes(k))));
    mark(true);
    for (const p of start) {
      const abort = new AbortController();
      inFlight.current.set(p.key, abort);
      request(p, client, abort.signal)
        .then(
          (slice) => {
            cache.current.byKey.set(p.key, slice);
            // Show each part as it arrives rather than waiting for the slowest.
            if (!abort.signal.aborted) setVersion((v) => v + 1);
          },
          (e: unknown) => {
            if (abort.signal.aborted) return;
            const message = e instanceof Error ? e.message : String(e);
            setErrors((was) => new Map(was).set(p.key, message));
          },
        )
        .finally(() => {
          if (inFlight.current.get(p.key) === abort) inFlight.current.delete(p.key);
          if (!abort.signal.aborted)
            setLoadingKeys((was) => {
              const next = new Set(was);
              next.delete(p.key);
              return next;
            });
        });
    }
    // planKey stands for plan; attempt re-runs after retry().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planKey, client, attempt]);

  // Unmount (and Strict Mode's trial unmount): stop everything still on its way.
  useEffect(() => {
    const requests = inFlight.current;
    return () => {
      for (const abort of requests.values()) abort.abort();
      requests.clear();
      setLoadingKeys(new Set());
    };
  }, []);

  const slice = useMemo(
    () => assembleSlice(plan, cache.current),
    // version bumps when the cache gains an entry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planKey, version],
  );

  const loading = plan.some((p) => loadingKeys.has(p.key));
  const error = plan.map((p) => errors.get(p.key)).find((m) => m !== undefined);
  return { slice, loading, error, retry: () => setAttempt((a) => a + 1) };
}

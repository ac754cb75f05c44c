'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphSlice } from '@/graph-db/model/graph-slice';
import { PLAN_NEIGHBORHOOD_LIMIT, type ViewState } from '@/graph-db/model/view-state';
import { fetchPlan } from './explorer-state';
import type { GraphClient } from './graph-client';
import { assembleSlice, missingRequests, type SliceCache } from './slice-cache';

export interface GraphData {
  readonly slice: GraphSlice;
  readonly loading: boolean;
  readonly error: string | undefined;
  /** Fetch the failed requests again. */
  retry(): void;
}

/**
 * Fetches what the exploration state needs (neighbourhoods and path searches) (only what is not cached yet) and returns the merged
 * slice. Filters, hides and pins are applied client-side, so they never trigger a request.
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
  const [version, setVersion] = useState(0);
  const [inFlight, setInFlight] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  const plan = useMemo(() => fetchPlan(state), [state]);
  const planKey = plan.map((p) => p.key).join('\n');

  useEffect(() => {
    const missing = missingRequests(plan, cache.current);
    if (missing.length === 0) return;
    const abort = new AbortController();
    setInFlight((n) => n + 1);
    setError(undefined);
    Promise.all(
      missing.map(async (p) => {
        const [from, to] = p.ids;
        const slice =
          p.paths === true && from !== undefined && to !== undefined
            ? await client.paths(from, to, undefined, abort.signal)
            : await client.neighborhood(
                {
                  ids: p.ids,
                  depth: p.depth,
                  // The API flags `truncated` beyond it.
                  limit: PLAN_NEIGHBORHOOD_LIMIT,
                  ...(p.relationTypes !== undefined ? { relationTypes: p.relationTypes } : {}),
                },
                abort.signal,
              );
        cache.current.byKey.set(p.key, slice);
        // Show each part as it arrives rather than waiting for the slowest.
        if (!abort.signal.aborted) setVersion((v) => v + 1);
      }),
    )
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => setInFlight((n) => n - 1));
    return () => abort.abort();
    // planKey stands for plan; attempt re-runs after retry().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planKey, client, attempt]);

  const slice = useMemo(
    () => assembleSlice(plan, cache.current),
    // version bumps when the cache gains an entry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [planKey, version],
  );

  return { slice, loading: inFlight > 0, error, retry: () => setAttempt((a) => a + 1) };
}

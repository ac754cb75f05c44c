'use client';

import { useCallback, useRef, useState } from 'react';
import type { EvidenceItem, GraphSlice } from '@/model/graph-slice';
import { missingEvidence, withEvidence } from './edge-evidence';
import type { GraphClient } from './graph-client';

export interface EdgeEvidenceStore {
  /** `slice` with every fetched sentence in place. */
  readonly fill: (slice: GraphSlice) => GraphSlice;
  /**
   * Fetches the sentences `slice` lacks for these edges (none twice), and resolves to the slice
   * with them in place.
   */
  readonly load: (slice: GraphSlice, edgeIds: ReadonlySet<string>) => Promise<GraphSlice>;
  /** Bumps when fetched sentences arrive. */
  readonly version: number;
  readonly error: string | undefined;
}

/** Sentences of edges fetched on demand, held for the explorer's lifetime. */
export function useEdgeEvidence(client: GraphClient): EdgeEvidenceStore {
  const held = useRef(new Map<string, readonly EvidenceItem[]>());
  const pending = useRef(new Map<string, Promise<void>>());
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);

  const fill = useCallback((slice: GraphSlice) => withEvidence(slice, held.current), []);

  const load = useCallback(
    async (slice: GraphSlice, edgeIds: ReadonlySet<string>) => {
      // Held ones included: an edge the API had no sentence for is not asked again.
      const wanted = missingEvidence(slice, edgeIds).filter((id) => !held.current.has(id));
      const fresh = wanted.filter((id) => !pending.current.has(id));
      if (fresh.length > 0) {
        const request = client.edgeEvidence(fresh).then(
          (found) => {
            // An edge the API knows no sentence for keeps its count and shows none.
            for (const id of fresh) held.current.set(id, found.get(id) ?? []);
            setError(undefined);
            setVersion((v) => v + 1);
          },
          (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
        );
        const settled = request.finally(() => {
          for (const id of fresh) pending.current.delete(id);
        });
        for (const id of fresh) pending.current.set(id, settled);
      }
      await Promise.all(wanted.flatMap((id) => pending.current.get(id) ?? []));
      return withEvidence(slice, held.current);
    },
    [client],
  );

  return { fill, load, version, error };
}

/**
 * The `citationNetwork` scenario: the Citations view's own query (its network and its days), over
 * month windows of the graph's years, for every source and for one publishing source at a time.
 * The driver baseline makes the two repository reads the resolver makes for the same variables.
 */
import { citationRepository } from '@/graph-db/repositories/citation-repository';
import { stableKey } from '@/graph-db/read-cache';
import { CITATION_NETWORK_QUERY, NETWORK_LINKS } from '@/components/citations/citation-client';
import type { CitationFilters } from '@/model/citations';
import type { BenchOperation, Vocabulary } from './operation-mix';

/** Month windows `[from, to]` over the graph's years, shortest and most recent first. */
function windows(years: readonly [number, number]): [string, string][] {
  const [first, last] = years;
  const out: [string, string][] = [];
  for (let length = 1; length <= 12; length += 1) {
    for (let year = last; year >= first; year -= 1) {
      for (let month = 12; month >= 1; month -= 1) {
        const end = new Date(Date.UTC(year, month - 1 + length, 0)).toISOString().slice(0, 10);
        out.push([`${year}-${String(month).padStart(2, '0')}-01`, end]);
      }
    }
  }
  return out;
}

function citationNetworkOperation(from: string, to: string, source: string | null): BenchOperation {
  const variables = {
    from,
    to,
    first: NETWORK_LINKS,
    ...(source === null ? {} : { sources: [`Source:${source}`] }),
  };
  const filters: CitationFilters = {
    from,
    to,
    sourceKeys: source === null ? null : [source],
    stances: null,
    sections: null,
  };
  return {
    scenario: 'citationNetwork',
    key: `citationNetwork\u0000${stableKey(variables)}`,
    query: CITATION_NETWORK_QUERY,
    variables,
    // As the resolver reads them: the network under the filters, then its days without the window.
    driver: async () => {
      const network = await citationRepository.network({
        filters,
        cited: null,
        minCount: 1,
        first: NETWORK_LINKS,
      });
      const days = await citationRepository.days({ ...filters, from: null, to: null }, null);
      return { network, days };
    },
  };
}

/** Distinct `citationNetwork` operations, shortest windows and all sources first; at most `size`. */
export function citationNetworkPool(vocabulary: Vocabulary, size: number): BenchOperation[] {
  const focus: (string | null)[] = [null, ...vocabulary.sources];
  const pool: BenchOperation[] = [];
  for (const [from, to] of windows(vocabulary.years)) {
    for (const source of focus) {
      if (pool.length >= size) return pool;
      pool.push(citationNetworkOperation(from, to, source));
    }
  }
  return pool;
}

import { readStatement } from '../driver';
import {
  countSearchHits,
  searchNodes,
  type SearchFilters,
  type SearchHitRow,
} from '../queries/search.cypher';
import { luceneTiersOf } from '../text/lucene-query';

export { SearchSyntaxError } from '../queries/search.cypher';
export { luceneTiersOf, SearchTextError } from '../text/lucene-query';
export type { SearchFilters, SearchHitRow };

/**
 * Full-text search over what the user typed: the Lucene query is built here, never by callers.
 * Rejects with SearchTextError (too long, no word) or SearchSyntaxError (Lucene refused it).
 */
export interface SearchRepository {
  search(
    text: string,
    filters: SearchFilters,
    skip: number,
    limit: number,
  ): Promise<SearchHitRow[]>;
  /** Hits after filters, counted up to {@link SEARCH_COUNT_BOUND} + 1 (more than the bound). */
  count(text: string, filters: SearchFilters): Promise<number>;
}

/**
 * Most hits a search counts: counting every hit of a common word reads the whole index, and no
 * page lies beyond the API's offset bound anyway.
 */
export const SEARCH_COUNT_BOUND = 10_000;

export const searchRepository: SearchRepository = {
  search: async (text, filters, skip, limit) => {
    const tiers = luceneTiersOf(text);
    // One statement per read: auto-commit saves a search miss the COMMIT round trip.
    return readStatement((tx) => searchNodes(tx, tiers, filters, skip, limit));
  },
  count: async (text, filters) => {
    const tiers = luceneTiersOf(text);
    return readStatement((tx) => countSearchHits(tx, tiers, filters, SEARCH_COUNT_BOUND));
  },
};

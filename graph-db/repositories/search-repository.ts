import { readTransaction } from '../driver';
import {
  countSearchHits,
  searchNodes,
  type SearchFilters,
  type SearchHitRow,
} from '../queries/search.cypher';

/** Full-text search. Callers pass a Lucene query built by text/lucene-query.ts, never raw input. */
export interface SearchRepository {
  search(
    lucene: string,
    filters: SearchFilters,
    skip: number,
    limit: number,
  ): Promise<SearchHitRow[]>;
  count(lucene: string, filters: SearchFilters): Promise<number>;
}

export const searchRepository: SearchRepository = {
  search: (lucene, filters, skip, limit) =>
    readTransaction((tx) => searchNodes(tx, lucene, filters, skip, limit)),
  count: (lucene, filters) => readTransaction((tx) => countSearchHits(tx, lucene, filters)),
};

import { MAX_SEARCH_LENGTH } from '@/model/search-text';
import {
  SEARCH_COUNT_BOUND,
  SearchSyntaxError,
  SearchTextError,
} from '@/graph-db/repositories/search-repository';
import { badInput } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import { parseDateRange, parseKinds, parseSourceIds } from '../inputs';
import { pageWindow, toConnection } from '../execution/pagination';
import { highlightTerms, toSearchResult } from '../models/search-results';

/** A search text graph-db refused, as BAD_USER_INPUT on the `query` argument. */
export function asBadSearchInput(error: unknown): never {
  if (error instanceof SearchTextError)
    throw badInput(
      error.reason === 'too-long'
        ? `query must be at most ${MAX_SEARCH_LENGTH} characters`
        : 'query has no word to search for',
      'query',
    );
  if (error instanceof SearchSyntaxError)
    throw badInput('the search text could not be parsed', 'query');
  throw error;
}

/** Full-text search. */
export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, { db, trace }) => {
      const range = parseDateRange(args.from, args.to);
      const filters = {
        kinds: parseKinds(args.kinds, 'kinds'),
        sourceKeys: parseSourceIds(args.sources, 'sources'),
        ...range,
      };
      const window = pageWindow(args);
      const terms = highlightTerms(args.query);
      const rows = await db.search
        .search(args.query, filters, window.offset, window.first + 1)
        .catch(asBadSearchInput);
      trace?.mark('db');
      // One bounded count serves both fields, read only when one is selected.
      let counted: Promise<number> | undefined;
      const count = () =>
        (counted ??= db.search.count(args.query, filters).catch(asBadSearchInput));
      return {
        ...toConnection(
          window,
          rows,
          (row, cursor) => ({ cursor, node: toSearchResult(row.node, row.score, terms) }),
          async () => Math.min(await count(), SEARCH_COUNT_BOUND),
        ),
        totalCountCapped: async () => (await count()) > SEARCH_COUNT_BOUND,
      };
    },
  },
  SearchResult: {
    node: (result) => result.row,
    highlights: (result) => [...result.highlights],
  },
  SearchResultConnection: {
    totalCount: (parent) => parent.totalCount(),
    totalCountCapped: (parent) => parent.totalCountCapped(),
  },
};

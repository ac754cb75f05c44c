import { buildLuceneQuery, MAX_SEARCH_LENGTH } from '@/graph-db/text/lucene-query';
import { SearchSyntaxError } from '@/graph-db/queries/search.cypher';
import { badInput } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import { parseDateRange, parseKinds, parseSourceIds } from '../inputs';
import { pageWindow, toConnection } from '../execution/pagination';
import { highlightTerms, toSearchResult } from '../models/search-results';

function asBadInput(error: unknown): never {
  if (error instanceof SearchSyntaxError)
    throw badInput('the search text could not be parsed', 'query');
  throw error;
}

/** Parses the user's text into a safe Lucene query; BAD_USER_INPUT when nothing is searchable. */
export function luceneFor(query: string): string {
  if (query.length > MAX_SEARCH_LENGTH) {
    throw badInput(`query must be at most ${MAX_SEARCH_LENGTH} characters`, 'query');
  }
  const lucene = buildLuceneQuery(query);
  if (lucene === undefined) throw badInput('query has no word to search for', 'query');
  return lucene;
}

/** Full-text search. */
export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, { db }) => {
      const lucene = luceneFor(args.query);
      const range = parseDateRange(args.from, args.to);
      const filters = {
        kinds: parseKinds(args.kinds, 'kinds'),
        sourceKeys: parseSourceIds(args.sources, 'sources'),
        ...range,
      };
      const window = pageWindow(args);
      const terms = highlightTerms(args.query);
      const rows = await db.search
        .search(lucene, filters, window.offset, window.first + 1)
        .catch(asBadInput);
      return toConnection(
        window,
        rows,
        (row, cursor) => ({ cursor, node: toSearchResult(row.node, row.score, terms) }),
        () => db.search.count(lucene, filters).catch(asBadInput),
      );
    },
  },
  SearchResult: {
    node: (result) => result.row,
    highlights: (result) => [...result.highlights],
  },
  SearchResultConnection: { totalCount: (parent) => parent.totalCount() },
};

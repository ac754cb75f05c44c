/**
 * What counts as the words of a search, shared by graph-db (which turns them into a Lucene query)
 * and the API (which highlights them in snippets), so both read the same words.
 */

/** Most words of one query; more is not a search but a paste, and costs Lucene clauses. */
export const MAX_SEARCH_TERMS = 16;
/** Longest accepted query, in characters. */
export const MAX_SEARCH_LENGTH = 500;

/**
 * The words of a query: split on white space, lower-cased (which also defuses AND/OR/NOT), with
 * words holding no letter or digit dropped (they would analyze to nothing).
 */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_SEARCH_TERMS);
}

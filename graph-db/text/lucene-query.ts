/**
 * Turns what a user typed into a safe Lucene query for the full-text indexes. User text is never
 * Lucene syntax: every special character is escaped, operators are lower-cased into plain words.
 * Pure, so the rules are pinned by unit tests.
 */

/** Characters with a meaning in Lucene's classic query parser. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Most words of one query; more is not a search but a paste, and costs Lucene clauses. */
export const MAX_SEARCH_TERMS = 16;
/** Longest accepted query, in characters. */
export const MAX_SEARCH_LENGTH = 500;
/** Shortest last word that also matches as a prefix (shorter prefixes match half the index). */
const MIN_PREFIX_LENGTH = 3;

/** Escapes every Lucene special character of one term with a backslash. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, '\\$&');
}

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

/**
 * Builds the Lucene query: the exact phrase ranks highest, then all words, then all words with
 * the last one as a prefix (search-as-you-type). Undefined when the query has no searchable word.
 */
export function buildLuceneQuery(query: string): string | undefined {
  const terms = searchTerms(query);
  if (terms.length === 0) return undefined;
  const escaped = terms.map(escapeLucene);
  const clauses: string[] = [];
  if (escaped.length > 1) clauses.push(`"${escaped.join(' ')}"^4`);
  clauses.push(`(${escaped.join(' AND ')})^2`);
  const last = terms[terms.length - 1] ?? '';
  // Wildcard terms bypass the analyzer, so only plain words can be prefixes.
  if (/^[\p{L}\p{N}]+$/u.test(last) && last.length >= MIN_PREFIX_LENGTH) {
    clauses.push(`(${[...escaped.slice(0, -1), `${last}*`].join(' AND ')})`);
  }
  return clauses.join(' OR ');
}

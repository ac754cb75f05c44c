/**
 * Turns what a user typed into a safe Lucene query for the full-text indexes. User text is never
 * Lucene syntax: every special character is escaped, operators are lower-cased into plain words.
 * Pure, so the rules are pinned by unit tests.
 */

import { MAX_SEARCH_LENGTH, searchTerms } from '../../model/search-text';

/** Characters with a meaning in Lucene's classic query parser. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Shortest last word that also matches as a prefix (shorter prefixes match half the index). */
const MIN_PREFIX_LENGTH = 3;

/** Escapes every Lucene special character of one term with a backslash. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, '\\$&');
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

/** Why what a user typed is not a search. */
export class SearchTextError extends Error {
  constructor(readonly reason: 'too-long' | 'no-words') {
    super(
      reason === 'too-long'
        ? `the search text must be at most ${MAX_SEARCH_LENGTH} characters`
        : 'the search text has no word to search for',
    );
    this.name = 'SearchTextError';
  }
}

/** The Lucene query of what a user typed; SearchTextError when it is too long or has no word. */
export function luceneQueryOf(text: string): string {
  if (text.length > MAX_SEARCH_LENGTH) throw new SearchTextError('too-long');
  const lucene = buildLuceneQuery(text);
  if (lucene === undefined) throw new SearchTextError('no-words');
  return lucene;
}

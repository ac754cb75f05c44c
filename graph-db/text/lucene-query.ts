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

/** The query's words, escaped, and its last word as a prefix when it may be one. */
function queryParts(query: string): { escaped: string[]; prefix: string | undefined } | undefined {
  const terms = searchTerms(query);
  if (terms.length === 0) return undefined;
  const escaped = terms.map(escapeLucene);
  const last = terms[terms.length - 1] ?? '';
  // Wildcard terms bypass the analyzer, so only plain words can be prefixes.
  const prefix =
    /^[\p{L}\p{N}]+$/u.test(last) && last.length >= MIN_PREFIX_LENGTH
      ? `(${[...escaped.slice(0, -1), `${last}*`].join(' AND ')})`
      : undefined;
  return { escaped, prefix };
}

/**
 * Builds the Lucene query: the exact phrase ranks highest, then all words, then all words with
 * the last one as a prefix (search-as-you-type). Undefined when the query has no searchable word.
 */
export function buildLuceneQuery(query: string): string | undefined {
  const parts = queryParts(query);
  if (parts === undefined) return undefined;
  const { escaped, prefix } = parts;
  const clauses: string[] = [];
  if (escaped.length > 1) clauses.push(`"${escaped.join(' ')}"^4`);
  clauses.push(`(${escaped.join(' AND ')})^2`);
  if (prefix !== undefined) clauses.push(prefix);
  return clauses.join(' OR ');
}

/**
 * The same matches as {@link buildLuceneQuery} as disjoint tiers, best first: the exact phrase,
 * then all words but not as the phrase, then all words with the last one as a prefix but not
 * whole. A page is filled from the first tier and reaches the next only when it runs out, so a
 * common phrase is answered by its own top hits: Lucene skips the hits that cannot make the page
 * in a single clause far better than in the three-clause disjunction (docs/api.md#search).
 */
export function buildLuceneTiers(query: string): string[] | undefined {
  const parts = queryParts(query);
  if (parts === undefined) return undefined;
  const { escaped, prefix } = parts;
  const phrase = escaped.length > 1 ? `"${escaped.join(' ')}"` : undefined;
  const all = `(${escaped.join(' AND ')})`;
  const tiers: string[] = [];
  const earlier: string[] = [];
  for (const tier of [phrase, all, prefix]) {
    if (tier === undefined) continue;
    tiers.push(earlier.length === 0 ? tier : `+${tier} ${earlier.map((e) => `-${e}`).join(' ')}`);
    earlier.push(tier);
  }
  return tiers;
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

/** Refuses what is not a search (SearchTextError: too long, or no word). */
function checkedText(text: string): string {
  if (text.length > MAX_SEARCH_LENGTH) throw new SearchTextError('too-long');
  return text;
}

/** The Lucene query of what a user typed; SearchTextError when it is too long or has no word. */
export function luceneQueryOf(text: string): string {
  const lucene = buildLuceneQuery(checkedText(text));
  if (lucene === undefined) throw new SearchTextError('no-words');
  return lucene;
}

/** The Lucene tiers of what a user typed; SearchTextError when it is too long or has no word. */
export function luceneTiersOf(text: string): string[] {
  const tiers = buildLuceneTiers(checkedText(text));
  if (tiers === undefined) throw new SearchTextError('no-words');
  return tiers;
}

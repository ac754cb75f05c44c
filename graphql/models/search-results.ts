import type { NodeRow } from '@/model/node-rows';
import { rowDate, rowId, rowLabel, rowSubtype } from '@/model/node-rows';
import { searchTerms } from '@/model/search-text';
import { distinctTerms, matchTerms, snippetOf, type TermMatches } from './snippet';
import type { SearchResultModel } from './models';

/** Words to highlight: the query's words without surrounding punctuation. */
export function highlightTerms(query: string): string[] {
  return searchTerms(query)
    .map((term) => term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((term) => term !== '');
}

/** The searchable texts of a node, most telling first (the index covers the same fields). */
function searchableFields(row: NodeRow): string[] {
  switch (row.kind) {
    case 'Article':
      return [row.title, row.text || (row.teaser ?? '')];
    case 'Source':
      return [row.name];
    case 'Actor':
      return [row.name, row.aliases.join(' · ')];
    case 'Event':
      return [row.description];
    case 'Narrative':
      return [row.label];
  }
}

/**
 * A search hit as the API returns it: the snippet comes from the field matching most query words
 * (the earlier field on ties), so an article found by its body shows the body, not its title.
 */
export function toSearchResult(
  row: NodeRow,
  score: number,
  terms: readonly string[],
): SearchResultModel {
  // Each field is matched once; its matches serve both the choice and the snippet. Once a field
  // matches every term no later one can win, so a title that does spares the article's body (a
  // few thousand characters to flatten, lower-case and scan: the largest JavaScript of a search
  // miss in a server profile).
  const texts = searchableFields(row).filter((field) => field !== '');
  let best: TermMatches | undefined;
  let second: TermMatches | undefined;
  let bestCount = -1;
  for (const [index, text] of texts.entries()) {
    const field = matchTerms(text, terms);
    if (index === 1) second = field;
    const count = distinctTerms(field);
    if (count > bestCount) {
      best = field;
      bestCount = count;
    }
    if (bestCount > 0 && bestCount >= terms.length) break;
  }
  // A hit matching only in its label still shows body text, which says more than the label again.
  if (bestCount === 0 && row.kind === 'Article' && second !== undefined) best = second;
  const { snippet, highlights } = snippetOf(best ?? matchTerms('', terms));
  return {
    id: rowId(row),
    kind: row.kind,
    label: rowLabel(row),
    snippet: snippet === '' ? null : snippet,
    highlights,
    score,
    date: rowDate(row),
    subtype: rowSubtype(row),
    row,
  };
}

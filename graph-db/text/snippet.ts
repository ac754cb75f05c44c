/**
 * Search snippets: a short plain-text window of the field that matched, with the ranges of the
 * matched words. No markup is produced, so clients render highlights without injecting HTML.
 */

/** A `[start, end)` range in a string. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface Snippet {
  readonly snippet: string;
  readonly highlights: readonly TextRange[];
}

/** Default snippet width in characters. */
export const SNIPPET_WIDTH = 160;
/** Characters of context kept before the first match. */
const LEAD = 40;
const ELLIPSIS = '…';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches of any term at the start of a word, each extended to the end of its word. */
function findMatches(text: string, terms: readonly string[]): { range: TextRange; term: number }[] {
  const matches: { range: TextRange; term: number }[] = [];
  terms.forEach((term, index) => {
    if (term === '') return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}[\\p{L}\\p{N}]*`, 'giu');
    for (const match of text.matchAll(pattern)) {
      matches.push({
        range: { start: match.index, end: match.index + match[0].length },
        term: index,
      });
    }
  });
  return matches.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}

/** Number of distinct terms a text matches (to pick the best field of a hit). */
export function countMatchedTerms(text: string, terms: readonly string[]): number {
  return new Set(findMatches(text, terms).map((m) => m.term)).size;
}

/**
 * A window of about `width` characters around the densest cluster of matches, cut at word
 * boundaries with an ellipsis, white space flattened; highlights are offsets into the window.
 * Without a match the start of the text is returned with no highlights.
 */
export function makeSnippet(
  rawText: string,
  terms: readonly string[],
  width: number = SNIPPET_WIDTH,
): Snippet {
  // One-for-one replacement keeps offsets valid.
  const text = rawText.replace(/\s/gu, ' ');
  const matches = findMatches(text, terms);
  let anchor = 0;
  if (matches.length > 0) {
    let best = -1;
    for (const candidate of matches) {
      const inWindow = new Set(
        matches
          .filter(
            (m) =>
              m.range.start >= candidate.range.start &&
              m.range.end <= candidate.range.start + width,
          )
          .map((m) => m.term),
      ).size;
      if (inWindow > best) {
        best = inWindow;
        anchor = candidate.range.start;
      }
    }
  }
  let start = Math.max(0, anchor - LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < anchor ? space + 1 : anchor;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > anchor) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const body = text.slice(start, end);
  const snippet = `${prefix}${body.trim() === body ? body : body.trimEnd()}${end < text.length ? ELLIPSIS : ''}`;
  const shift = prefix.length - start;
  const highlights: TextRange[] = [];
  for (const { range } of matches) {
    if (range.start < start || range.start >= end) continue;
    const clipped = { start: range.start + shift, end: Math.min(range.end, end) + shift };
    const previous = highlights[highlights.length - 1];
    if (previous && clipped.start < previous.end) continue;
    highlights.push(clipped);
  }
  return { snippet, highlights };
}

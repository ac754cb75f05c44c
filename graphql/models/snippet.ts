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

export interface Match {
  readonly range: TextRange;
  /** Index of the term in the query's term list. */
  readonly term: number;
}

/** A text with whitespace flattened (one for one, so offsets hold) and its matches in order. */
export interface TermMatches {
  readonly text: string;
  readonly matches: readonly Match[];
}

/** A letter or digit at `lastIndex` (sticky), and the run of them from there. */
const WORD_CHAR = /[\p{L}\p{N}]/uy;
const WORD_REST = /[\p{L}\p{N}]*/uy;

/** Whether the code point ending just before `at` is a letter or digit. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  let before = at - 1;
  const unit = text.charCodeAt(before);
  // The low half of a surrogate pair: the code point starts one unit earlier.
  if (unit >= 0xdc00 && unit <= 0xdfff && before > 0) {
    const high = text.charCodeAt(before - 1);
    if (high >= 0xd800 && high <= 0xdbff) before -= 1;
  }
  WORD_CHAR.lastIndex = before;
  return WORD_CHAR.test(text);
}

/**
 * The text lower-cased unit for unit, so offsets into it are offsets into the text. A character
 * whose lower case is longer (İ) is kept as it is.
 */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let kept = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    kept += folded.length === char.length ? folded : char;
  }
  return kept;
}

/**
 * Matches of any term at the start of a word, each extended to the end of its word; case is
 * ignored. Scans with indexOf and two shared patterns: a pattern built per query costs V8 a fresh
 * compile for every search, several ms of a cache miss on long article texts.
 */
export function matchTerms(rawText: string, terms: readonly string[]): TermMatches {
  const text = rawText.replace(/\s/gu, ' ');
  const lower = lowerInPlace(text);
  const matches: Match[] = [];
  terms.forEach((rawTerm, index) => {
    const term = lowerInPlace(rawTerm);
    if (term === '') return;
    for (let at = lower.indexOf(term); at >= 0;) {
      if (wordCharBefore(text, at)) {
        // Inside a word: no position up to its end can start a match, so no text is rescanned.
        WORD_REST.lastIndex = at;
        WORD_REST.test(text);
        at = lower.indexOf(term, WORD_REST.lastIndex + 1);
        continue;
      }
      WORD_REST.lastIndex = at + term.length;
      WORD_REST.test(text);
      const end = WORD_REST.lastIndex;
      matches.push({ range: { start: at, end }, term: index });
      at = lower.indexOf(term, end);
    }
  });
  matches.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  return { text, matches };
}

/** Number of distinct terms matched (to pick the best field of a hit). */
export function distinctTerms(found: TermMatches): number {
  return new Set(found.matches.map((m) => m.term)).size;
}

/**
 * A window of about `width` characters around the densest cluster of matches, cut at word
 * boundaries with an ellipsis, white space flattened; highlights are offsets into the window.
 * Without a match the start of the text is returned with no highlights.
 */
export function snippetOf(found: TermMatches, width: number = SNIPPET_WIDTH): Snippet {
  const { text, matches } = found;
  const anchor = densestWindowStart(matches, width);
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

/**
 * Where the window of `width` characters holding the most distinct terms starts (the earliest of
 * equals; 0 without matches). Each match is a candidate start; its window counts the matches that
 * start at or after it and end inside it. Matches are sorted by start, so only those from the
 * candidate up to the window's end are looked at. (Matches at one start cover the same word, so
 * the first of them counts every term there, and later ones cannot do better.)
 */
export function densestWindowStart(matches: readonly Match[], width: number): number {
  let anchor = 0;
  let best = -1;
  const inWindow = new Set<number>();
  for (let i = 0; i < matches.length; i += 1) {
    const start = (matches[i] as Match).range.start;
    const limit = start + width;
    inWindow.clear();
    for (let k = i; k < matches.length; k += 1) {
      const { range, term } = matches[k] as Match;
      if (range.start > limit) break;
      if (range.end <= limit) inWindow.add(term);
    }
    if (inWindow.size > best) {
      best = inWindow.size;
      anchor = start;
    }
  }
  return anchor;
}

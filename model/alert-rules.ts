/**
 * The arithmetic and text matching behind alerts, pure so their thresholds are pinned by unit
 * tests (docs/watches.md states them).
 */

/** Weeks before the current one that make a narrative's baseline. */
export const SURGE_BASELINE_WEEKS = 8;
/** A week surges when its count is at least this many standard deviations above the baseline. */
export const SURGE_MIN_Z = 2;
/** ...and holds at least this many articles: 1 after 8 empty weeks is not a surge. */
export const SURGE_MIN_COUNT = 3;
/** A flat baseline has no spread; this floor keeps z finite and a rise of 1 small. */
export const SURGE_MIN_SD = 1;

export interface SurgeStatistic {
  readonly count: number;
  readonly baseline: number;
  readonly zScore: number;
}

/**
 * The week's count against the previous `SURGE_BASELINE_WEEKS` (empty weeks count as 0): z =
 * (count − mean) / max(population sd, 1). `offsets` are day offsets of articles from the week's
 * Monday (negative: earlier weeks); offsets outside the window are ignored.
 */
export function surgeStatistic(offsets: readonly number[]): SurgeStatistic {
  const perWeek = new Array<number>(SURGE_BASELINE_WEEKS + 1).fill(0);
  for (const offset of offsets) {
    const week = Math.floor(offset / 7) + SURGE_BASELINE_WEEKS;
    if (week >= 0 && week <= SURGE_BASELINE_WEEKS) perWeek[week] = (perWeek[week] ?? 0) + 1;
  }
  const count = perWeek[SURGE_BASELINE_WEEKS] ?? 0;
  const previous = perWeek.slice(0, SURGE_BASELINE_WEEKS);
  const mean = previous.reduce((sum, c) => sum + c, 0) / SURGE_BASELINE_WEEKS;
  const variance = previous.reduce((sum, c) => sum + (c - mean) ** 2, 0) / SURGE_BASELINE_WEEKS;
  const sd = Math.max(Math.sqrt(variance), SURGE_MIN_SD);
  return { count, baseline: mean, zScore: (count - mean) / sd };
}

export function isSurge(statistic: SurgeStatistic): boolean {
  return statistic.count >= SURGE_MIN_COUNT && statistic.zScore >= SURGE_MIN_Z;
}

/** Most words a search watch holds; each must occur in a matching article. */
export const MAX_WATCH_WORDS = 8;

/** A search's words: lower-cased runs of letters and digits, distinct, at most MAX_WATCH_WORDS. */
export function watchWords(query: string): string[] {
  const words = new Set<string>();
  for (const match of query.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    words.add(match[0]);
    if (words.size >= MAX_WATCH_WORDS) break;
  }
  return [...words];
}

/** Longest evidence span of a search match, in characters. */
const MAX_SPAN = 300;

/**
 * Where an article matches every word of a search (its title or text holds each, case
 * insensitive), as the span of text around the first word's first occurrence in the text, cut at
 * sentence ends or `MAX_SPAN` characters; undefined when a word is missing. Linear in the text
 * per word.
 */
export function searchMatch(
  words: readonly string[],
  title: string,
  text: string,
): { sentence: string; start: number; end: number } | undefined {
  if (words.length === 0) return undefined;
  const lowerText = text.toLowerCase();
  const lowerTitle = title.toLowerCase();
  let at = -1;
  for (const word of words) {
    const found = lowerText.indexOf(word);
    if (found < 0 && !lowerTitle.includes(word)) return undefined;
    if (at < 0 && found >= 0) at = found;
  }
  if (at < 0) {
    // Only the title holds the words: the opening of the text stands as the evidence.
    at = 0;
  }
  // Lower-casing can change lengths (rare letters); offsets are taken on the original text only
  // when it kept them.
  if (lowerText.length !== text.length) at = 0;
  const ends = /[.!?\n。！？]/;
  let start = at;
  while (start > 0 && at - start < MAX_SPAN / 2 && !ends.test(text[start - 1] ?? '')) start -= 1;
  let end = at;
  while (end < text.length && end - start < MAX_SPAN && !ends.test(text[end] ?? '')) end += 1;
  if (end < text.length && ends.test(text[end] ?? '') && text[end] !== '\n') end += 1;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  return { sentence: text.slice(start, end), start, end };
}

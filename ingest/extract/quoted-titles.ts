import type { ActorMention } from './actor-matcher';
import { SpanIndex, type Span } from './span-index';

/**
 * An artwork's or a writing's title in quotes after what it names: `songs "I Will Live like a Star
 * Following Party" and "..."`, `the film "..."`, `the work "On Improving Labor Administration"`,
 * `reminiscence "First University for People Built ..."`, in single quotes inside a quote (`opera
 * 'Liang Shanbo and Zhu Yingtai'`). A list of titles is one span. An article's title may name the
 * body it is about (`an article titled "The Unphung Joint Venture Company, ..."`), so it stays.
 */
const QUOTED_TITLES =
  /\b(?:songs?|films?|movies?|operas?|dramas?|plays?|novels?|poems?|dances?|concertos?|works?|books?|reminiscences?|memoirs?|essays?|treatises?)\s+(?:["“][^"”\n]{1,200}["”](?:(?:,\s*|,?\s+and\s+)["“][^"”\n]{1,200}["”]){0,8}|['‘][^'‘’\n]{1,200}['’](?![A-Za-z]))/gi;

/** The spans of artworks' quoted titles, in text order. */
export function artworkTitleSpans(text: string): Span[] {
  const spans: Span[] = [];
  QUOTED_TITLES.lastIndex = 0;
  for (let m = QUOTED_TITLES.exec(text); m !== null; m = QUOTED_TITLES.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Extractors that read a capitalised phrase as a body; a title's words are no body. */
const PATTERN_EXTRACTORS = new Set([
  'actors/org-pattern',
  'actors/org-organ',
  'actors/outlet-pattern',
]);

/**
 * Drops bodies found by pattern inside an artwork's quoted title (docs/annotation-rules.md: a title
 * is no actor); listed actors named in a title stay.
 */
export function dropTitleWords(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const spans = artworkTitleSpans(text);
  if (spans.length === 0) return [...mentions];
  const titles = new SpanIndex(spans);
  return mentions.filter(
    (m) =>
      !PATTERN_EXTRACTORS.has(m.extractor) ||
      !titles.overlapping(m.start, m.end).some((t) => t.start <= m.start && t.end >= m.end),
  );
}

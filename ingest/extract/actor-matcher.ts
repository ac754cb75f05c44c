import type { Gazetteer, GazetteerEntry } from '../gazetteer';

/** One occurrence of an actor in the text. */
export interface ActorMention {
  readonly start: number;
  readonly end: number;
  /** Text as it appears. */
  readonly surface: string;
  readonly entry: GazetteerEntry;
  /** Which extractor found it: `actors/gazetteer` or `actors/person-pattern`. */
  readonly extractor: string;
  readonly confidence: number;
}

/** A matched span that names no actor (`Latin America`): it only blocks shorter aliases. */
export interface BlockedSpan {
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** The next word after at most three separator characters (`. `, `’s `, `-`), on the same line. */
const SECOND = /[^\p{L}\p{N}\n]{1,3}([\p{L}\p{N}]+)/uy;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const GLUED_BEFORE = /\p{L}-$/u;
const PLACE_SUFFIX = /^-(?:ri|dong|gu|gun|kun|ni|up|up|myon|si|do)\b/;

/**
 * Longest-match gazetteer scan: at each word start, look up the candidates that begin with that
 * word (case-sensitive bucket, then case-insensitive bucket) and take the longest that matches and
 * ends on a word boundary. Linear in text length times the (small) bucket size.
 */
export function matchGazetteer(
  text: string,
  gazetteer: Gazetteer,
): { mentions: ActorMention[]; blocked: BlockedSpan[] } {
  const mentions: ActorMention[] = [];
  const blocked: BlockedSpan[] = [];
  let lower: string | undefined;
  let consumedUntil = 0;
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(text); t !== null; t = TOKEN.exec(text)) {
    const pos = t.index;
    if (pos < consumedUntil) continue;
    const word = t[0];
    const wordLower = word.toLowerCase();
    const hasExact = gazetteer.firstWords.has(word);
    const hasFolded = gazetteer.firstWords.has(wordLower);
    if (!hasExact && !hasFolded) continue;
    // Second word for the two-level lookup: `U.S.` -> `U S`, `the Foreign` -> `the Foreign`.
    SECOND.lastIndex = pos + word.length;
    const second = SECOND.exec(text)?.[1];
    const buckets = [
      hasExact ? gazetteer.byFirstToken.get(word) : undefined,
      hasFolded ? gazetteer.byFirstToken.get(wordLower) : undefined,
      hasExact && second !== undefined
        ? gazetteer.byFirstToken.get(`${word} ${second}`)
        : undefined,
      hasFolded && second !== undefined
        ? gazetteer.byFirstToken.get(`${wordLower} ${second.toLowerCase()}`)
        : undefined,
    ];
    let best: { end: number; entry: GazetteerEntry | undefined } | undefined;
    for (const bucket of buckets) {
      if (bucket === undefined) continue;
      for (const c of bucket) {
        const end = pos + c.surface.length;
        if (best !== undefined && end <= best.end) break; // buckets are sorted longest first
        if (end > text.length) continue;
        let hit: boolean;
        if (c.caseInsensitive) {
          lower ??= text.toLowerCase();
          hit = lower.startsWith(c.surface, pos);
        } else hit = text.startsWith(c.surface, pos);
        if (!hit) continue;
        const lastChar = c.surface[c.surface.length - 1] ?? '';
        // `U.S.` ends with a dot and may be glued to what follows; word-final aliases need a boundary.
        if (WORD_CHAR.test(lastChar) && WORD_CHAR.test(text[end] ?? '')) continue;
        // `Yonhap-ri`, `Kangdong-gun`: a Korean place-name suffix makes it a place.
        if (PLACE_SUFFIX.test(text.slice(end, end + 8))) continue;
        best = { end, entry: c.entry };
        break;
      }
    }
    if (best === undefined) continue;
    // `Czech-Korean Friendship Association`: a listed body glued to a word before it by a hyphen
    // is the tail of a longer name (the pattern finds it), not the listed body.
    if (
      best.entry?.kind === 'organization' &&
      GLUED_BEFORE.test(text.slice(Math.max(0, pos - 2), pos))
    )
      continue;
    consumedUntil = best.end;
    if (best.entry === undefined) {
      blocked.push({ start: pos, end: best.end });
      continue;
    }
    mentions.push({
      start: pos,
      end: best.end,
      surface: text.slice(pos, best.end),
      entry: best.entry,
      extractor: 'actors/gazetteer',
      confidence: best.entry.priority !== undefined && best.entry.priority > 0 ? 0.7 : 0.95,
    });
    // `Presidium of the DPRK Supreme People's Assembly` also names the DPRK.
    if (best.entry.kind !== 'country' && best.end - pos > 6) {
      mentions.push(...nestedCountries(text, pos, best.end, gazetteer));
    }
  }
  return { mentions, blocked };
}

/** Country mentions inside a longer match (the outer match owns the span for everything else). */
function nestedCountries(
  text: string,
  start: number,
  end: number,
  gazetteer: Gazetteer,
): ActorMention[] {
  const inner = text.slice(start, end);
  const out: ActorMention[] = [];
  const words = /[\p{L}\p{N}]+/gu;
  for (let w = words.exec(inner); w !== null; w = words.exec(inner)) {
    SECOND.lastIndex = w.index + w[0].length;
    const second = SECOND.exec(inner)?.[1];
    const buckets = [
      gazetteer.byFirstToken.get(w[0]),
      second === undefined ? undefined : gazetteer.byFirstToken.get(`${w[0]} ${second}`),
    ];
    let best: { surface: string; entry: GazetteerEntry } | undefined;
    for (const bucket of buckets) {
      for (const c of bucket ?? []) {
        const entry = c.entry;
        if (entry === undefined || entry.kind !== 'country' || c.caseInsensitive) continue;
        if (best !== undefined && c.surface.length <= best.surface.length) continue;
        if (!inner.startsWith(c.surface, w.index)) continue;
        const after = inner[w.index + c.surface.length] ?? '';
        if (WORD_CHAR.test(c.surface[c.surface.length - 1] ?? '') && WORD_CHAR.test(after))
          continue;
        best = { surface: c.surface, entry };
      }
    }
    if (best === undefined) continue;
    out.push({
      start: start + w.index,
      end: start + w.index + best.surface.length,
      surface: best.surface,
      entry: best.entry,
      extractor: 'actors/gazetteer-nested',
      confidence: 0.9,
    });
    words.lastIndex = w.index + best.surface.length;
  }
  return out;
}

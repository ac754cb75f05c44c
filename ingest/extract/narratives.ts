import { slugify } from '../keys';
import type { ExtractedNarrative } from '../types';
import type { Gazetteer } from '../gazetteer';
import type { Sentence } from './sentences';

/** Straight or curly double quotes around 1-60 characters with no nested quotes or newline. */
const QUOTED = /[“"]([^“”"\n]{2,80})[”"]/g;

/** Function words that may not start or end a slogan, and single words that carry no narrative. */
const EDGE_STOPWORDS = new Set([
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
]);

/** Lower-case, straight apostrophes, no surrounding quotes or punctuation. */
export function normalizeLabel(phrase: string): string {
  return phrase
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s'.,;:!?-]+|[\s'.,;:!?-]+$/g, '')
    .toLowerCase();
}

/**
 * Rule for quoted-phrase narratives (documented in ingest/eval/README.md):
 * - 2 to 6 words inside double quotes (1 word only when hyphenated, e.g. `anti-DPRK`): single
 *   scare-quoted words (`“demonize”`, `"threat"`) mark irony, not a repeatable slogan;
 * - not a full sentence (ends with `.`, `!` or `?` and has a verb-like length over 6 words);
 * - not a proper name: all words capitalised (`“Global Times”`, `“Ulsa Five-Point Treaty”`) or the
 *   whole phrase is an actor in the gazetteer.
 */
export function isSloganCandidate(inner: string, gazetteer: Gazetteer): boolean {
  const phrase = inner.trim();
  const words = phrase.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 6) return false;
  if (words.length === 1 && !/\p{L}-\p{L}/u.test(words[0] ?? '')) return false;
  if (/[.!?]$/.test(phrase) && words.length > 4) return false;
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[.,;:!?]$/, '');
  if (EDGE_STOPWORDS.has(first) && words.length === 1) return false;
  if (EDGE_STOPWORDS.has(last)) return false;
  const content = words.filter((w) => !EDGE_STOPWORDS.has(w.toLowerCase()));
  if (content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  const bare = phrase.replace(/[.,;:!?]+$/, '');
  const firstToken = /[\p{L}\p{N}]+/u.exec(bare)?.[0] ?? '';
  for (const c of gazetteer.byFirstToken.get(firstToken) ?? [])
    if (c.surface === bare) return false;
  return /\p{L}/u.test(phrase);
}

/**
 * Quoted epithets and slogans as `slogan` narratives. One narrative per key; the first occurrence
 * supplies the evidence. An input's topic labels are website sections (`articleSections`), not
 * narratives.
 */
export function extractNarratives(
  text: string,
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
  skipBefore = 0,
): ExtractedNarrative[] {
  const out: ExtractedNarrative[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.end <= skipBefore) continue;
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(s.text); m !== null; m = QUOTED.exec(s.text)) {
      const inner = m[1] ?? '';
      if (!isSloganCandidate(inner, gazetteer)) continue;
      const label = normalizeLabel(inner);
      const key = slugify(label);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      out.push({
        key,
        label,
        kind: 'slogan',
        evidence: {
          sentence: s.text,
          start: s.start,
          end: s.end,
          extractor: 'narratives/quoted-phrase',
          confidence: 0.7,
        },
      });
    }
  }
  return out;
}

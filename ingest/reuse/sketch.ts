import { mix32, SHINGLE_WORDS, type AnalysedText } from './shingles';

/**
 * Text reuse, step 2: the LSH sketch of an article. The text is cut into passages (a paragraph,
 * or overlapping windows of a long one); each passage gets a MinHash signature over its shingles,
 * cut into bands; each band is one term. Two articles sharing a term have a passage each whose
 * shingle sets likely overlap (Jaccard s: chance 1 - (1 - s^ROWS)^BANDS, 0.68 at 0.5, 0.98 at 0.8).
 * Each term costs a clause in the index lookup, so there are few bands (docs/text-reuse.md).
 */

export const BANDS = 4;
export const ROWS = 2;
/** Passages shorter than this (`The message said:`) are not sketched; the exact check still sees them. */
export const MIN_PASSAGE_WORDS = 20;
/** Window length over long paragraphs; windows overlap by half so a reused stretch is never split. */
export const WINDOW_WORDS = 40;
/** Most passages sketched per article: bounds the index terms and the lookup of a huge text. */
export const MAX_SKETCH_PASSAGES = 48;

const HASHES = BANDS * ROWS;
// Multiply-shift hashing (odd multipliers, top 31 bits) over already well-mixed shingle hashes:
// one multiplication per hash function instead of a full mix.
const SEEDS = Int32Array.from({ length: HASHES }, (_, i) => mix32(0x5bd1e995 + i));
const MULTIPLIERS = Int32Array.from({ length: HASHES }, (_, i) => mix32(0x27d4eb2f + i) | 1);

/** Word ranges [from, to) of the passages sketched. */
export function sketchPassages(analysed: AnalysedText): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  const words = analysed.paragraphs.length;
  let from = 0;
  while (from < words) {
    const paragraph = analysed.paragraphs[from];
    let to = from;
    while (to < words && analysed.paragraphs[to] === paragraph) to += 1;
    const length = to - from;
    if (length >= MIN_PASSAGE_WORDS) {
      if (length <= 2 * WINDOW_WORDS) ranges.push({ from, to });
      else {
        const step = WINDOW_WORDS / 2;
        for (let start = from; ; start += step) {
          const end = Math.min(start + WINDOW_WORDS, to);
          ranges.push({ from: end === to ? to - WINDOW_WORDS : start, to: end });
          if (end === to) break;
        }
      }
    }
    from = to;
  }
  return ranges;
}

/** MinHash signature of shingles [from, to). */
function signature(shingles: Int32Array, from: number, to: number): Int32Array {
  const mins = new Int32Array(HASHES).fill(0x7fffffff);
  for (let i = from; i < to; i += 1) {
    const shingle = shingles[i] ?? 0;
    for (let j = 0; j < HASHES; j += 1) {
      const h = Math.imul(shingle ^ (SEEDS[j] ?? 0), MULTIPLIERS[j] ?? 1) >>> 1;
      if (h < (mins[j] ?? 0)) mins[j] = h;
    }
  }
  return mins;
}

/**
 * The article's index terms: `<band><hash in base 36>`, distinct, for the passages with the
 * smallest first MinHash value when there are more than MAX_SKETCH_PASSAGES (a choice that
 * depends only on each passage's own text, so a shared passage tends to be kept on both sides).
 */
export function sketchTerms(analysed: AnalysedText): string[] {
  const signatures = sketchPassages(analysed)
    .map(({ from, to }) => signature(analysed.shingles, from, to - SHINGLE_WORDS + 1))
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    .slice(0, MAX_SKETCH_PASSAGES);
  const terms = new Set<string>();
  for (const mins of signatures) {
    for (let band = 0; band < BANDS; band += 1) {
      let h = band;
      for (let row = 0; row < ROWS; row += 1) h = mix32(h ^ (mins[band * ROWS + row] ?? 0)) + row;
      terms.add(`${band}${(mix32(h) >>> 0).toString(36)}`);
    }
  }
  return [...terms];
}

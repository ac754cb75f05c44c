import { SHINGLE_WORDS, type AnalysedText } from './shingles';

/**
 * Text reuse, step 3: the exact check of a candidate pair. Walks the later article's shingles once,
 * following each shared stretch along the earlier article (a diagonal) for as long as the shingles
 * agree; stretches on the same diagonal a few words apart (an edited word, a changed name) join
 * into one passage. Linear in the two texts: each position of the later one is visited once, and
 * at most MAX_POSITIONS places of the earlier one are tried for it.
 */

/** A passage must cover this many words to count: formulaic phrases stay below it. */
export const MIN_REUSED_WORDS = 30;
/** Most passages kept per pair, longest first. */
export const MAX_PASSAGES = 10;
/** Shingles two stretches may be apart on either side and still be one passage (~ 3 edited words). */
const MAX_GAP = 8;
/** Occurrences of one shingle in the earlier text that are tried as the start of a stretch. */
const MAX_POSITIONS = 4;
/** A stretch shorter than this that does not continue a passage is ignored (a stock phrase). */
const MIN_SEED = 4;

/** One reused passage: character offsets into the later (reusing) and earlier (reused) texts. */
export interface ReusedPassage {
  readonly start: number;
  readonly end: number;
  readonly targetStart: number;
  readonly targetEnd: number;
  /** Words of the later text the passage covers. */
  readonly words: number;
}

export interface ReuseMatch {
  /** Distinct shingles of the later text found in the earlier one / distinct shingles of the later text. */
  readonly overlap: number;
  /** In order of position in the later text. */
  readonly passages: readonly ReusedPassage[];
}

/** Shingle positions in a text, at most MAX_POSITIONS per shingle. */
function positionsOf(shingles: Int32Array): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  for (let i = 0; i < shingles.length; i += 1) {
    const shingle = shingles[i] ?? 0;
    const list = positions.get(shingle);
    if (!list) positions.set(shingle, [i]);
    else if (list.length < MAX_POSITIONS) list.push(i);
  }
  return positions;
}

interface Stretch {
  /** First shingle in the later text, and one past the last. */
  from: number;
  to: number;
  /** Same in the earlier text. */
  targetFrom: number;
  targetTo: number;
}

/** Counts the later text's distinct shingles that the earlier one has. */
function overlapOf(later: Int32Array, earlier: ReadonlyMap<number, number[]>): number {
  const distinct = new Set<number>(later);
  if (distinct.size === 0) return 0;
  let shared = 0;
  for (const shingle of distinct) if (earlier.has(shingle)) shared += 1;
  return shared / distinct.size;
}

/** The passages `later` shares with `earlier`, or undefined when none reaches MIN_REUSED_WORDS. */
export function compareTexts(later: AnalysedText, earlier: AnalysedText): ReuseMatch | undefined {
  const a = later.shingles;
  const b = earlier.shingles;
  const index = positionsOf(b);
  const stretches: Stretch[] = [];
  let open: Stretch | undefined;
  let i = 0;
  while (i < a.length) {
    const positions = index.get(a[i] ?? 0);
    if (!positions) {
      i += 1;
      continue;
    }
    // The longest stretch from here (a tie goes to one continuing the open passage): the walk
    // advances by the longest, so trying several places stays linear.
    let length = 0;
    let at = 0;
    let joins = false;
    for (const p of positions) {
      let k = 1;
      while (i + k < a.length && p + k < b.length && a[i + k] === b[p + k]) k += 1;
      const continues =
        open !== undefined &&
        i - open.to <= MAX_GAP &&
        p - open.targetTo >= 0 &&
        p - open.targetTo <= MAX_GAP;
      if (k > length || (k === length && continues && !joins)) {
        [length, at, joins] = [k, p, continues];
      }
    }
    if (open && joins) {
      open.to = i + length;
      open.targetTo = at + length;
    } else if (length >= MIN_SEED) {
      if (open) stretches.push(open);
      open = { from: i, to: i + length, targetFrom: at, targetTo: at + length };
    }
    i += length;
  }
  if (open) stretches.push(open);

  const passages = stretches
    .map((s) => ({
      start: later.starts[s.from] ?? 0,
      end: later.ends[s.to + SHINGLE_WORDS - 2] ?? 0,
      targetStart: earlier.starts[s.targetFrom] ?? 0,
      targetEnd: earlier.ends[s.targetTo + SHINGLE_WORDS - 2] ?? 0,
      words: s.to - s.from + SHINGLE_WORDS - 1,
    }))
    .filter((p) => p.words >= MIN_REUSED_WORDS)
    .sort((x, y) => y.words - x.words || x.start - y.start)
    .slice(0, MAX_PASSAGES)
    .sort((x, y) => x.start - y.start);
  if (passages.length === 0) return undefined;
  return { overlap: overlapOf(a, index), passages };
}

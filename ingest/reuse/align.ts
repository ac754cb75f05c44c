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

/**
 * Where each shingle of a text occurs, the first MAX_POSITIONS times, in typed arrays (an
 * open-addressing table keyed by the already well-mixed hashes, and a chain through the
 * positions): built for every candidate pair, so it allocates a few arrays, not a Map of lists.
 */
class ShinglePositions {
  private readonly mask: number;
  private readonly keys: Int32Array;
  /** Per slot: the first position + 1, 0 for an empty slot. */
  private readonly firsts: Int32Array;
  /** Per position: the next position of the same shingle + 1, 0 after the last one kept. */
  private readonly nexts: Int32Array;

  constructor(shingles: Int32Array) {
    let size = 16;
    while (size < shingles.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.firsts = new Int32Array(size);
    this.nexts = new Int32Array(shingles.length);
    const lasts = new Int32Array(size);
    const counts = new Uint8Array(size);
    for (let i = 0; i < shingles.length; i += 1) {
      const slot = this.slotOf(shingles[i]!);
      if (this.firsts[slot] === 0) {
        this.keys[slot] = shingles[i]!;
        this.firsts[slot] = i + 1;
      } else if (counts[slot]! < MAX_POSITIONS) {
        this.nexts[lasts[slot]!] = i + 1;
      } else continue;
      lasts[slot] = i;
      counts[slot] = counts[slot]! + 1;
    }
  }

  /** The slot holding `shingle`, or the empty one where it would go. */
  private slotOf(shingle: number): number {
    let slot = shingle & this.mask;
    while (this.firsts[slot] !== 0 && this.keys[slot] !== shingle) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The first position of `shingle`, -1 when the text does not have it. */
  first(shingle: number): number {
    return this.firsts[this.slotOf(shingle)]! - 1;
  }

  /** The position of the same shingle after `position`, -1 after the last one kept. */
  next(position: number): number {
    return this.nexts[position]! - 1;
  }
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
function overlapOf(later: Int32Array, earlier: ShinglePositions): number {
  const distinct = new Set<number>(later);
  if (distinct.size === 0) return 0;
  let shared = 0;
  for (const shingle of distinct) if (earlier.first(shingle) !== -1) shared += 1;
  return shared / distinct.size;
}

/** The passages `later` shares with `earlier`, or undefined when none reaches MIN_REUSED_WORDS. */
export function compareTexts(later: AnalysedText, earlier: AnalysedText): ReuseMatch | undefined {
  const a = later.shingles;
  const b = earlier.shingles;
  const index = new ShinglePositions(b);
  const stretches: Stretch[] = [];
  let open: Stretch | undefined;
  let i = 0;
  while (i < a.length) {
    const first = index.first(a[i]!);
    if (first === -1) {
      i += 1;
      continue;
    }
    // The longest stretch from here (a tie goes to one continuing the open passage): the walk
    // advances by the longest, so trying several places stays linear.
    let length = 0;
    let at = 0;
    let joins = false;
    for (let p = first; p !== -1; p = index.next(p)) {
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

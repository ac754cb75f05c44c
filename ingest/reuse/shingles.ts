/**
 * Text reuse, step 1: normalized words and their 5-word shingles as 32-bit hashes. Everything
 * downstream (sketches, the exact check) works on these numbers, never on strings.
 */
import { fnv1a } from '../../model/string-hash';
import { blankOverlongWords } from '../overlong-words';

/** Words per shingle. */
export const SHINGLE_WORDS = 5;

/** A text broken into words, with where each sits in the original. */
export interface AnalysedText {
  readonly text: string;
  /** Character offset of each word's first character. */
  readonly starts: Int32Array;
  /** Character offset one past each word's last character. */
  readonly ends: Int32Array;
  /** Paragraph (newline-separated block) of each word. */
  readonly paragraphs: Int32Array;
  /** Hash of shingle i = words i..i+4; length max(0, words - 4). */
  readonly shingles: Int32Array;
}

/** Murmur3's finalizer: spreads every input bit over the whole 32-bit output. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

// Letters and digits; case, punctuation, quotes and spacing are normalized away.
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/**
 * Whether each UTF-16 unit below the surrogates is a letter or digit (1) or not (2), filled in as
 * met (0): the scan below then costs one lookup per character instead of a regular expression.
 */
const BMP_CLASS = new Uint8Array(0xd800);
for (let c = 0; c < 128; c += 1) {
  BMP_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}

/** Length in UTF-16 units of the letter or digit at `i`, 0 when there is none. */
function wordCharacterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800) {
    let kind = BMP_CLASS[c]!;
    if (kind === 0) BMP_CLASS[c] = kind = WORD_CHARACTER.test(text[i]!) ? 1 : 2;
    return kind === 1 ? 1 : 0;
  }
  const point = text.codePointAt(i)!;
  const length = point > 0xffff ? 2 : 1;
  return WORD_CHARACTER.test(text.slice(i, i + length)) ? length : 0;
}

/** FNV-1a over the lower-cased word; ASCII is folded in place, anything else by toLowerCase. */
function wordHash(text: string, start: number, end: number, ascii: boolean): number {
  if (ascii) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i += 1) {
      const c = text.charCodeAt(i);
      h ^= c >= 65 && c <= 90 ? c | 0x20 : c;
      h = Math.imul(h, 0x01000193);
    }
    return h | 0;
  }
  return fnv1a(text.slice(start, end).toLowerCase()) | 0;
}

/**
 * Words, paragraphs and shingle hashes of `text`; linear in its length. Words are the runs of
 * `[\p{L}\p{N}]` (cut at MAX_WORD_LENGTH like everywhere in ingest), read by one scan over char
 * codes into typed arrays: it runs on every new text and every candidate's, so it is kept lean.
 */
export function analyseText(text: string): AnalysedText {
  const scanned = blankOverlongWords(text);
  const length = scanned.length;
  // No more words than every other unit.
  const capacity = (length >> 1) + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const paragraphs = new Int32Array(capacity);
  const hashes = new Int32Array(capacity);
  let words = 0;
  let paragraph = 0;
  let newlineSeen = false;
  let i = 0;
  while (i < length) {
    let step = wordCharacterAt(scanned, i);
    if (step === 0) {
      if (scanned.charCodeAt(i) === 10) newlineSeen = true;
      i += 1;
      continue;
    }
    const start = i;
    let ascii = true;
    do {
      if (step > 1 || scanned.charCodeAt(i) > 127) ascii = false;
      i += step;
      step = i < length ? wordCharacterAt(scanned, i) : 0;
    } while (step > 0);
    if (newlineSeen) {
      paragraph += 1;
      newlineSeen = false;
    }
    starts[words] = start;
    ends[words] = i;
    paragraphs[words] = paragraph;
    hashes[words] = wordHash(scanned, start, i, ascii);
    words += 1;
  }
  const count = Math.max(0, words - SHINGLE_WORDS + 1);
  const shingles = new Int32Array(count);
  for (let w = 0; w < count; w += 1) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j += 1) h = mix32(h ^ hashes[w + j]!) + j;
    shingles[w] = mix32(h);
  }
  return {
    text,
    starts: starts.slice(0, words),
    ends: ends.slice(0, words),
    paragraphs: paragraphs.slice(0, words),
    shingles,
  };
}

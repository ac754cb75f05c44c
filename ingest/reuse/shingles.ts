/**
 * Text reuse, step 1: normalized words and their 5-word shingles as 32-bit hashes. Everything
 * downstream (sketches, the exact check) works on these numbers, never on strings.
 */
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
const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a over the lower-cased word. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i += 1) {
    h ^= lower.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Words, paragraphs and shingle hashes of `text`; linear in its length. */
export function analyseText(text: string): AnalysedText {
  const starts: number[] = [];
  const ends: number[] = [];
  const paragraphs: number[] = [];
  const hashes: number[] = [];
  let paragraph = 0;
  // Searched again only once a word starts past it, so the text is scanned once in all.
  let newline = text.indexOf('\n');
  for (const match of blankOverlongWords(text).matchAll(WORD)) {
    const start = match.index;
    if (newline !== -1 && newline < start) {
      paragraph += 1;
      newline = text.indexOf('\n', start);
    }
    starts.push(start);
    ends.push(start + match[0].length);
    paragraphs.push(paragraph);
    hashes.push(wordHash(match[0]));
  }
  const count = Math.max(0, hashes.length - SHINGLE_WORDS + 1);
  const shingles = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j += 1) h = mix32(h ^ (hashes[i + j] ?? 0)) + j;
    shingles[i] = mix32(h);
  }
  return {
    text,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    paragraphs: Int32Array.from(paragraphs),
    shingles,
  };
}

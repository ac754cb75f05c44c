import { mix32 } from '../reuse/shingles';

/** Deterministic prose for the reuse tests: the same seed gives the same words in every run. */

const VOCABULARY = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);

/** `words` pseudo-random words, as sentences of ten words. */
export function prose(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) {
    const word = VOCABULARY[(mix32(mix32(seed) + i) >>> 0) % VOCABULARY.length] ?? 'w';
    out.push(i % 10 === 9 ? `${word}.` : word);
  }
  return out.join(' ');
}

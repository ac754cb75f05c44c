import type { Evidence } from '../types';
import type { Sentence } from './sentences';

/**
 * The evidence of an article's PUBLISHED_BY edge: what says who published it, best first.
 * 1. The dateline when it is the publisher's own signature: `Pyongyang, July 13 (KCNA) --`.
 * 2. The first sentence of the text that names the publisher ("Rodong Sinmun said ...").
 * 3. The input's line that names it (a page's `Date: 01/08/2021 | Source: ... |` line): outside the
 *    text, so its offsets are 0, 0.
 * 4. Only the record's metadata (a JSON `source` field, a feed's title): `Source: <name>`.
 */
export function findSourceEvidence(
  sourceName: string,
  text: string,
  sentences: readonly Sentence[],
  dateline: { readonly start: number; readonly end: number } | undefined,
  sourceLine: string | undefined,
): Evidence {
  const name = sourceName.trim();
  const sentenceAt = (offset: number) =>
    sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
  if (dateline) {
    const signature = /\(([^()]{1,40})\)\s*(?:--|—|–)\s*$/u.exec(
      text.slice(dateline.start, dateline.end),
    )?.[1];
    const sentence = sentenceAt(dateline.start);
    if (signature !== undefined && sameName(signature, name) && sentence) {
      return fromSentence(sentence, 'source/dateline', 1);
    }
  }
  const named = findName(text, name);
  const sentence = named === undefined ? undefined : sentenceAt(named);
  if (sentence) return fromSentence(sentence, 'source/text', 0.9);
  const line = sourceLine?.trim();
  if (line) return { sentence: line, start: 0, end: 0, extractor: 'source/header', confidence: 1 };
  return {
    sentence: `Source: ${name}`,
    start: 0,
    end: 0,
    extractor: 'source/metadata',
    confidence: 1,
  };
}

function fromSentence(sentence: Sentence, extractor: string, confidence: number): Evidence {
  return {
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    extractor,
    confidence,
  };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.toLowerCase();
}

/** Offset of the first whole-word, case-insensitive occurrence of `name` in `text`. */
function findName(text: string, name: string): number | undefined {
  if (name.length < 3) return undefined;
  const lowerText = text.toLowerCase();
  const lowerName = name.toLowerCase();
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = lowerText.indexOf(lowerName); at >= 0; at = lowerText.indexOf(lowerName, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) return at;
  }
  return undefined;
}

/**
 * How an edge stores its evidence sentence. The article's text is stored on its node, so an edge
 * whose sentence is exactly `text[start, end)` keeps only the offsets and reads the sentence back
 * from the text (graph-db/queries/evidence-sentence.ts). Any other sentence is stored as written:
 * one outside the text (a page's source line, `Source: <name>`), or one the extractor read from a
 * text it had blanked (ingest/overlong-words.ts).
 *
 * Cypher's `substring` counts code points and JavaScript's offsets count UTF-16 units: they agree
 * on a text without surrogate pairs, and only there are the offsets enough.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether Cypher's `substring(text, start, end - start)` reads the same range as `slice`. */
export function offsetsReadAsWritten(text: string): boolean {
  return !SURROGATE.test(text);
}

/**
 * The sentence an edge must store, or undefined when its offsets into `text` give it back.
 * `sameUnits` is {@link offsetsReadAsWritten} of `text`, computed once per article.
 */
export function sentenceToStore(
  evidence: { readonly sentence: string; readonly start: number; readonly end: number },
  text: string,
  sameUnits: boolean,
): string | undefined {
  const { sentence, start, end } = evidence;
  const inText = Number.isInteger(start) && 0 <= start && start <= end && end <= text.length;
  return sameUnits && inText && text.slice(start, end) === sentence ? undefined : sentence;
}

/**
 * The one place a read gets an edge's evidence sentence. An article's edge whose sentence is its
 * text's `[start, end)` stores only the offsets (model/evidence-sentence.ts); any other stores the
 * sentence. Every other relationship (INVOLVES, PART_OF, RELATED_TO, SAME_AS, REUSES) stores it.
 * `r` is always one of our own variable names, never input.
 */

/**
 * Cypher expression of the evidence sentence of relationship `r`: the stored sentence, else the
 * range of its start node's text. Reads one text per edge: use it on a page of edges, never on
 * all the edges a read walks (take the first, then ask for its sentence).
 */
export function evidenceSentence(r: string): string {
  return `coalesce(${r}.sentence, ${sentenceFromText(r)})`;
}

/** Cypher expression of the range `[start, end)` of `r`'s start node's text. */
export function sentenceFromText(r: string): string {
  return `substring(startNode(${r}).text, ${r}.start, ${r}.end - ${r}.start)`;
}

/** Cypher predicate: `r` has an evidence sentence (stored, or as offsets into its article). */
export function hasEvidence(r: string): string {
  return `(${r}.sentence IS NOT NULL OR ${r}.start IS NOT NULL)`;
}

/** Cypher map of `r`'s properties with its evidence sentence, for `toEvidenceRow`. */
export function evidenceProperties(r: string): string {
  return `${r} {.*, sentence: ${evidenceSentence(r)}}`;
}

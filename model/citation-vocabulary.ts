/**
 * The citation vocabulary: the extractor's contract (ingest/types.ts) and every layer that reads
 * citations, client components included, share these lists.
 */

/** How an article cites an outlet (docs/annotation-rules.md, "Cited outlets"). */
export const CITATION_HOWS = [
  'quoted',
  'reported',
  'according-to',
  'also-carried',
  'statement',
] as const;
export type CitationHow = (typeof CITATION_HOWS)[number];

/** Whether the citing article endorses, neutrally reports or attacks what the outlet published. */
export const CITATION_STANCES = ['endorsing', 'neutral', 'hostile'] as const;
export type CitationStance = (typeof CITATION_STANCES)[number];

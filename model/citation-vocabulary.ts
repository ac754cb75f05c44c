/**
 * The citation vocabulary for code that may not import ingest (client components): the
 * extractor's contract in ingest/types.ts owns the lists.
 */
export {
  CITATION_HOWS,
  CITATION_STANCES,
  type CitationHow,
  type CitationStance,
} from '@/ingest/types';

/**
 * The contract between ingest (pure: parse, extract) and graph-db (writes).
 * Everything here is plain, JSON-serializable data: no Neo4j types, no class instances.
 */

import type { CitationHow, CitationStance } from '../model/citation-vocabulary';

export {
  CITATION_HOWS,
  CITATION_STANCES,
  type CitationHow,
  type CitationStance,
} from '../model/citation-vocabulary';

/** Where a raw document came from, for error reports (file + record, or URL). */
export interface RecordOrigin {
  /** File path or URL the record was read from. */
  readonly location: string;
  /** 1-based record number inside the file (line for JSONL, index+1 for JSON arrays, item for feeds). */
  readonly record?: number;
}

/** A related article named by a page (a `More From` list or an explicit link). */
export interface RelatedRef {
  readonly title: string;
  /** ISO date `YYYY-MM-DD` when the list gives one. */
  readonly date?: string;
  readonly url?: string;
  readonly teaser?: string;
  /** Source the list says it is from (e.g. `More From <source>`). */
  readonly sourceName?: string;
}

/** One article as parsed from any input layout, before extraction. */
export interface RawArticle {
  readonly title: string;
  /** Publication date as ISO `YYYY-MM-DD`, or undefined when the input has none. */
  readonly date?: string;
  readonly sourceName?: string;
  /**
   * The input's line that names the source when it is not part of the text (a page's
   * `Date: 01/08/2021 | Source: … |` line): the publisher evidence when the text never names it.
   */
  readonly sourceLine?: string;
  readonly url?: string;
  /** BCP-47-ish language code, `en` when the input does not say and the text looks English. */
  readonly language?: string;
  /** Body text, paragraphs separated by `\n\n`. */
  readonly text: string;
  readonly related?: readonly RelatedRef[];
  /** Topic labels the input carries (kcna-2024 `topic`). */
  readonly topics?: readonly string[];
  readonly origin: RecordOrigin;
}

/** A record the parser could not turn into an article: reported, never silently dropped. */
export interface RejectedRecord {
  readonly origin: RecordOrigin;
  readonly reason: string;
}

export type ParseResult =
  | { readonly ok: true; readonly article: RawArticle }
  | { readonly ok: false; readonly rejected: RejectedRecord };

export const ACTOR_KINDS = ['country', 'organization', 'person', 'outlet', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The sentence that justifies an extracted edge. Offsets are into `ExtractedArticle.text`. */
export interface Evidence {
  readonly sentence: string;
  /** Character offset of the sentence start in the article text. */
  readonly start: number;
  /** Character offset one past the sentence end. */
  readonly end: number;
  /** Name of the extractor that produced the edge, e.g. `actors/gazetteer`. */
  readonly extractor: string;
  /** 0..1. */
  readonly confidence: number;
}

export interface ExtractedActor {
  /** Stable key: `<kind>:<slug of canonical name>`, e.g. `country:united-states`. */
  readonly key: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Surface forms seen in this article, plus known aliases. */
  readonly aliases: readonly string[];
  /** Key of the actor this one is part of (China's foreign ministry is part of China). */
  readonly partOf?: string;
  readonly mentionCount: number;
  /** Offset of the first mention in the article text. */
  readonly firstOffset: number;
  readonly evidence: Evidence;
}

export interface ExtractedQuote {
  /** Key of the actor (person, body or outlet) the words are attributed to. */
  readonly actorKey: string;
  /** `QUOTES` when words are quoted verbatim, `ATTRIBUTES` for reported speech / "according to". */
  readonly kind: 'QUOTES' | 'ATTRIBUTES';
  /** The quoted or attributed words. */
  readonly text: string;
  /** The verb or cue: said, stated, commented, according to, ... */
  readonly cue: string;
  readonly evidence: Evidence;
}

export interface ExtractedEvent {
  /**
   * Key within the article; graph-db resolves it to a global Event (same event cited by several
   * articles becomes one node) using date, precision, actors and description.
   */
  readonly localKey: string;
  /** ISO `YYYY-MM-DD` (first day of the month/year for coarser precision). */
  readonly date: string;
  /** ISO end date for ranges, else undefined. */
  readonly dateEnd?: string;
  readonly precision: DatePrecision;
  /** Short description: the citing sentence's clause around the date. */
  readonly description: string;
  /** Keys of actors named in the citing sentence. */
  readonly actorKeys: readonly string[];
  /** The date phrase as written, e.g. `On July 19`. */
  readonly dateText: string;
  readonly evidence: Evidence;
}

export interface ExtractedNarrative {
  /** Stable key: slug of the normalized phrase, e.g. `hacking-empire`. */
  readonly key: string;
  /** The phrase as normalized (lower case, straight quotes removed). */
  readonly label: string;
  /** `slogan` for quoted epithets and slogans; `theme` for topic labels (no extractor makes them now). */
  readonly kind: 'slogan' | 'theme';
  readonly evidence: Evidence;
}

/**
 * An outlet, ministry or government agency the article cites as a source: becomes
 * `(:Article)-[:CITES_SOURCE]->(outlet)`. The outlet is also among the article's actors.
 */
export interface ExtractedCitation {
  /** Actor key of the cited outlet (`outlet:xinhua`, `organization:foreign-ministry-of-china`). */
  readonly outletKey: string;
  readonly how: CitationHow;
  readonly stance: CitationStance;
  readonly evidence: Evidence;
}

/** An article after extraction, ready for graph-db to write in one transaction. */
export interface ExtractedArticle {
  /** Stable key: normalized URL, else `h:` + hash of source + title + date. */
  readonly key: string;
  readonly title: string;
  readonly date?: string;
  readonly url?: string;
  readonly language: string;
  readonly text: string;
  /** sha256 hex of title + date + source + text; unchanged hash means nothing to write. */
  readonly contentHash: string;
  readonly source?: {
    readonly key: string;
    readonly name: string;
    /** What says who published it: the dateline, a sentence naming it, or the input's header. */
    readonly evidence: Evidence;
  };
  readonly actors: readonly ExtractedActor[];
  readonly quotes: readonly ExtractedQuote[];
  /**
   * Website sections the input filed the article under (kcna-2024 `topic`: `top news`, `external`),
   * normalized by `articleSections`. A site's navigation, not a narrative: stored on the article.
   */
  readonly sections?: readonly string[];
  /** Outlets cited as sources, one per outlet and sentence. */
  readonly citations: readonly ExtractedCitation[];
  readonly events: readonly ExtractedEvent[];
  readonly narratives: readonly ExtractedNarrative[];
  /** Related articles, each with the key the article will have once ingested in full. */
  readonly related: readonly (RelatedRef & { readonly key: string })[];
  readonly origin: RecordOrigin;
}

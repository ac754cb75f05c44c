import type { ActorRow, ArticleRow, EvidenceRow, SourceRow } from './node-rows';

/** The citation network's filters and rows, shared by graph-db, the API and the pages. */

/** What the network counts: citations from articles within dates, stances, sections and sources. */
export interface CitationFilters {
  readonly from: string | null;
  readonly to: string | null;
  /** Keys of the citing (publishing) sources; null for any. */
  readonly sourceKeys: readonly string[] | null;
  readonly stances: readonly string[] | null;
  /** Article sections (`top news`); null for any. */
  readonly sections: readonly string[] | null;
}

export const NO_CITATION_FILTERS: CitationFilters = Object.freeze({
  from: null,
  to: null,
  sourceKeys: null,
  stances: null,
  sections: null,
});

/** Which links of the network to read: all, those of one citing source, or those into outlets. */
export interface LinkScope {
  /** Only links whose citing source has one of these keys. */
  readonly citingKeys?: readonly string[];
  /** Only links into these cited actors (an outlet's identity). */
  readonly citedActorKeys?: readonly string[];
}

/** One directed link of the network. */
export interface CitationLinkRow {
  readonly citing: SourceRow;
  /** The cited outlet: its Source when it also publishes here, else the Actor. */
  readonly cited: SourceRow | ActorRow;
  /** The Actor the CITES_SOURCE edges point at (the evidence is read through it). */
  readonly citedActorKey: string;
  readonly count: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Citations per stance, most first. */
  readonly stances: readonly { readonly stance: string; readonly count: number }[];
}

export interface DayCountRow {
  readonly date: string;
  readonly count: number;
}

export interface OutletIdentity {
  /** Sources the outlet publishes as (0 or 1, more only when two editions share an outlet). */
  readonly sourceKeys: readonly string[];
  /** Actors other articles cite the outlet as. */
  readonly actorKeys: readonly string[];
}

/** One citation: the article, how and with what stance it cites, and the sentence. */
export interface CitationEvidenceRow {
  readonly article: ArticleRow;
  readonly how: string;
  readonly stance: string;
  readonly evidence: EvidenceRow;
}

/** The link a page of evidence belongs to, with the filters the network was read under. */
export interface LinkRef {
  readonly citingKey: string;
  readonly citedActorKey: string;
  readonly filters: CitationFilters;
}

import type { EvidenceRow, NodeRow } from './node-rows';

/** Rows of the paginated lists hanging off a node. */

/** One item of a list: the node at the other end and what the relationship says. */
export interface ListEdgeRow<N extends NodeRow = NodeRow> {
  readonly node: N;
  /** Relationship type (QUOTES vs ATTRIBUTES matters to quote lists). */
  readonly type: string;
  /** Mention count, shared-article count... 1 when the list has none. */
  readonly count: number;
  /** Quote text (QUOTES / ATTRIBUTES). */
  readonly text: string | null;
  readonly cue: string | null;
  /** Date phrase of a citation (CITES). */
  readonly dateText: string | null;
  /** Days from event to citing article (CITES). */
  readonly lagDays: number | null;
  readonly evidence: EvidenceRow;
}

/** Optional filters some lists take (article date bounds). */
export interface ListFilters {
  readonly from?: string | null;
  readonly to?: string | null;
}

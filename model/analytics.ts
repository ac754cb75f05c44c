import type { NodeKind, RelationType } from './graph-model';
import type { ArticleRow, SourceRow } from './node-rows';

/** Timelines, narrative spread and graph statistics as read. */

export interface TimelineBucketRow {
  readonly start: string;
  readonly articles: number;
  readonly citedEvents: number;
  readonly medianLagDays: number | null;
}

export interface LagStatsRow {
  readonly citations: number;
  readonly medianDays: number | null;
  readonly p90Days: number | null;
  readonly meanDays: number | null;
  readonly maxDays: number | null;
}

export interface TimelineRow {
  readonly buckets: readonly TimelineBucketRow[];
  readonly lag: LagStatsRow;
  readonly totalArticles: number;
}

export interface NarrativeSourceRow {
  /** Null for articles without a source. */
  readonly source: SourceRow | null;
  readonly firstArticle: ArticleRow;
  readonly count: number;
}

export interface NarrativeSpreadRow {
  readonly sources: readonly NarrativeSourceRow[];
  readonly buckets: readonly { start: string; articles: number }[];
  readonly totalArticles: number;
}

export interface StatsRow {
  readonly nodes: readonly { kind: NodeKind; count: number }[];
  readonly relations: readonly { type: RelationType; count: number }[];
  readonly articles: number;
  readonly stubArticles: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly dataVersion: string;
}

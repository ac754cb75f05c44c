/**
 * The TypeScript values behind GraphQL types (codegen `mappers`): resolvers receive these as
 * parents. Rows come from graph-db; connections carry a lazy total so `totalCount` costs a query
 * only when a client asks for it.
 */
import type { GraphSlice, SliceEdge, SliceNode, EvidenceItem } from '@/model/graph-slice';
import type { NeighborGroup } from '@/model/neighbor-groups';
import type { PathsSlice } from '@/graph-db/repositories/explore-repository';
import type { ListEdgeRow } from '@/model/lists';
import type { ReuseEdgeRow } from '@/model/reuse';
import type {
  ActorRow,
  ArticleRow,
  EventRow,
  EvidenceRow,
  NarrativeRow,
  NodeRow,
  SourceRow,
} from '@/model/node-rows';
import type { SavedViewRow } from '@/model/saved-views';
import type { StatsRow, TimelineRow } from '@/model/analytics';
import type { TextRange } from './snippet';

export type {
  ActorRow,
  ArticleRow,
  EventRow,
  EvidenceRow,
  NarrativeRow,
  NodeRow,
  SourceRow,
  SavedViewRow,
  StatsRow,
  TimelineRow,
  GraphSlice,
  SliceEdge,
  SliceNode,
  EvidenceItem,
  PathsSlice,
};

export interface PageInfoModel {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

/** A Relay connection whose total is computed on demand. */
export interface ConnectionModel<E> {
  readonly edges: readonly E[];
  readonly pageInfo: PageInfoModel;
  readonly totalCount: () => Promise<number>;
}

export interface EdgeModel<N> {
  readonly cursor: string;
  readonly node: N;
}

export type ListEdgeModel<N extends NodeRow> = ListEdgeRow<N> & { readonly cursor: string };

export type ArticleEdgeModel = EdgeModel<ArticleRow>;
export type ArticleConnectionModel = ConnectionModel<ArticleEdgeModel>;
export type ActorListEdgeModel = ListEdgeModel<ActorRow>;
export type ActorListConnectionModel = ConnectionModel<ActorListEdgeModel>;
export type ArticleListEdgeModel = ListEdgeModel<ArticleRow>;
export type ArticleListConnectionModel = ConnectionModel<ArticleListEdgeModel>;
export type EventListEdgeModel = ListEdgeModel<EventRow>;
export type EventListConnectionModel = ConnectionModel<EventListEdgeModel>;
export type NarrativeListEdgeModel = ListEdgeModel<NarrativeRow>;
export type NarrativeListConnectionModel = ConnectionModel<NarrativeListEdgeModel>;
export type TextReuseEdgeModel = ReuseEdgeRow & { readonly cursor: string };
export type TextReuseConnectionModel = ConnectionModel<TextReuseEdgeModel>;

/** A search hit with its snippet computed. */
export interface SearchResultModel {
  readonly id: string;
  readonly kind: NodeRow['kind'];
  readonly label: string;
  readonly snippet: string | null;
  readonly highlights: readonly TextRange[];
  readonly score: number;
  readonly date: string | null;
  readonly subtype: string | null;
  readonly row: NodeRow;
}
export type SearchResultEdgeModel = EdgeModel<SearchResultModel>;
/** Search results; `totalCount` stops at the count bound, `totalCountCapped` says it did. */
export type SearchResultConnectionModel = ConnectionModel<SearchResultEdgeModel> & {
  readonly totalCountCapped: () => Promise<boolean>;
};

export type SavedViewEdgeModel = EdgeModel<SavedViewRow>;
export type SavedViewConnectionModel = ConnectionModel<SavedViewEdgeModel>;

/** A stored article of an ingest mutation; `article` is loaded only when asked. */
export interface IngestedArticleModel {
  readonly index: number;
  readonly id: string;
  readonly key: string;
  readonly status: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  readonly actors: number;
  readonly events: number;
  readonly quotes: number;
  readonly narratives: number;
}

export interface TextRangeModel {
  readonly start: number;
  readonly end: number;
}

/** A timeline with the bucket width it was computed for. */
export type TimelineModel = TimelineRow & {
  readonly bucket: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
};

/** Aliases: codegen generates types named GraphSlice/SliceNode/SliceEdge too. */
export type GraphSliceModel = GraphSlice;
export type SliceNodeModel = SliceNode;
export type SliceEdgeModel = SliceEdge;
export type NeighborGroupModel = NeighborGroup;

/**
 * The TypeScript values behind the citation network's GraphQL types (codegen `mappers`). A link
 * carries the filters it was read under, so its evidence pages through the same citations.
 */
import type { CitationEvidenceRow, CitationFilters, CitationLinkRow } from '@/model/citations';
import type { OutletRef } from '@/graph-db/repositories/citation-repository';
import type { ConnectionModel } from './models';

export type CitationLinkModel = CitationLinkRow & { readonly filters: CitationFilters };

export interface CitationNetworkModel {
  readonly edges: readonly CitationLinkModel[];
  readonly truncated: boolean;
  /** Filters and cited outlets the network was read with, for `days`. */
  readonly filters: CitationFilters;
  readonly cited: readonly OutletRef[] | null;
}

export interface CitationLinkEdgeModel {
  readonly cursor: string;
  readonly node: CitationLinkModel;
}
export type CitationLinkConnectionModel = ConnectionModel<CitationLinkEdgeModel>;

export type CitationEvidenceEdgeModel = CitationEvidenceRow & { readonly cursor: string };
export type CitationEvidenceConnectionModel = ConnectionModel<CitationEvidenceEdgeModel>;

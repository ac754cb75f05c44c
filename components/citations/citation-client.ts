import type { GlobalId } from '@/model/graph-slice';
import type { CitationLinkRef, CitationViewState } from '@/model/view-state';
import { createFetchGraph, type FetchGraph } from '@/components/explorer/graph-client';

/** The Citations view's GraphQL: the network with its days, and one link's evidence. */

/** Most links the view draws: the API's page bound. */
export const NETWORK_LINKS = 100;
/** Citations listed per page of a link's evidence. */
export const EVIDENCE_PAGE = 25;

const FILTER_VARIABLES = `$from: String, $to: String, $sources: [ID!], $stance: [String!],
  $sections: [String!], $minCount: Int`;
const FILTER_ARGUMENTS = `from: $from, to: $to, sources: $sources, stance: $stance,
  sections: $sections, minCount: $minCount`;

export const CITATION_NETWORK_QUERY = `query CitationNetwork(${FILTER_VARIABLES}, $first: Int) {
  citationNetwork(${FILTER_ARGUMENTS}, first: $first) {
    truncated
    edges {
      citing { id name }
      cited { __typename id name }
      count firstDate lastDate
      stances { stance count }
    }
    days { date count }
  }
}`;

export const CITATION_EVIDENCE_QUERY = `query CitationEvidence(${FILTER_VARIABLES},
  $cited: ID!, $first: Int, $after: String) {
  citationNetwork(${FILTER_ARGUMENTS}, cited: [$cited], first: 1) {
    edges {
      citing { id }
      evidence(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { how stance node { id title date } evidence { sentence } }
      }
    }
  }
}`;

export interface NetworkOutlet {
  readonly id: GlobalId;
  readonly kind: 'Source' | 'Actor';
  readonly name: string;
}

export interface NetworkLink {
  readonly citing: NetworkOutlet;
  readonly cited: NetworkOutlet;
  readonly count: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly stances: readonly { readonly stance: string; readonly count: number }[];
}

export interface CitationNetwork {
  readonly links: readonly NetworkLink[];
  readonly truncated: boolean;
  readonly days: readonly { readonly date: string; readonly count: number }[];
}

export interface EvidenceItem {
  readonly how: string;
  readonly stance: string;
  readonly sentence: string;
  readonly article: { readonly id: GlobalId; readonly title: string; readonly date: string | null };
}

export interface EvidencePage {
  readonly items: readonly EvidenceItem[];
  readonly total: number;
  /** Cursor of the next page, null on the last one. */
  readonly next: string | null;
}

export interface CitationClient {
  network(filters: CitationViewState, signal?: AbortSignal): Promise<CitationNetwork>;
  evidence(
    filters: CitationViewState,
    link: CitationLinkRef,
    after: string | null,
    signal?: AbortSignal,
  ): Promise<EvidencePage>;
}

/** The API's filter variables of a view state (its selected link is not a filter). */
export function filterVariables(c: CitationViewState): Record<string, unknown> {
  return {
    from: c.from ?? null,
    to: c.to ?? null,
    sources: c.sources ?? null,
    stance: c.stances ?? null,
    sections: c.sections ?? null,
    minCount: c.minCount ?? 1,
  };
}

interface RawOutlet {
  __typename?: string;
  id: string;
  name: string;
}

function outlet(raw: RawOutlet, kind?: 'Source' | 'Actor'): NetworkOutlet {
  return {
    id: raw.id,
    kind: kind ?? (raw.__typename === 'Source' ? 'Source' : 'Actor'),
    name: raw.name,
  };
}

export function createCitationClient(fetchGraph: FetchGraph = createFetchGraph()): CitationClient {
  return {
    async network(filters, signal) {
      const data = await fetchGraph<{
        citationNetwork: {
          truncated: boolean;
          edges: (Omit<NetworkLink, 'citing' | 'cited'> & {
            citing: RawOutlet;
            cited: RawOutlet;
          })[];
          days: { date: string; count: number }[];
        };
      }>(CITATION_NETWORK_QUERY, { ...filterVariables(filters), first: NETWORK_LINKS }, signal);
      const network = data.citationNetwork;
      return {
        truncated: network.truncated,
        days: network.days,
        links: network.edges.map((e) => ({
          ...e,
          citing: outlet(e.citing, 'Source'),
          cited: outlet(e.cited),
        })),
      };
    },
    async evidence(filters, link, after, signal) {
      const data = await fetchGraph<{
        citationNetwork: {
          edges: {
            citing: { id: string };
            evidence: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: {
                how: string;
                stance: string;
                node: { id: string; title: string; date: string | null };
                evidence: { sentence: string };
              }[];
            };
          }[];
        };
      }>(
        CITATION_EVIDENCE_QUERY,
        {
          ...filterVariables(filters),
          // The link's citing source, within the view's source filter if it has one.
          sources: [link.citing],
          minCount: 1,
          cited: link.cited,
          first: EVIDENCE_PAGE,
          after,
        },
        signal,
      );
      const edge = data.citationNetwork.edges.find((e) => e.citing.id === link.citing);
      if (edge === undefined) return { items: [], total: 0, next: null };
      return {
        total: edge.evidence.totalCount,
        next: edge.evidence.pageInfo.hasNextPage ? edge.evidence.pageInfo.endCursor : null,
        items: edge.evidence.edges.map((e) => ({
          how: e.how,
          stance: e.stance,
          sentence: e.evidence.sentence,
          article: e.node,
        })),
      };
    },
  };
}

import type { ManagedTransaction } from 'neo4j-driver';
import { readTransaction } from '../driver';
import {
  readCitationDays,
  readCitationLinkCount,
  readCitedActorKeys,
  readCitationLinks,
  readLinkEvidence,
  readLinkEvidenceCount,
  readOutletIdentity,
} from '../queries/citations.cypher';
import type {
  CitationEvidenceRow,
  CitationFilters,
  CitationLinkRow,
  DayCountRow,
  LinkRef,
  LinkScope,
} from '../../model/citations';

/** An outlet as the network knows it: a publishing Source or a cited Actor. */
export interface OutletRef {
  readonly kind: 'Source' | 'Actor';
  readonly key: string;
}

/** Which side of an outlet's links: the outlets it cites, or the sources citing it. */
export type OutletDirection = 'cites' | 'citedBy';

export interface CitationNetworkRequest {
  readonly filters: CitationFilters;
  /** Only links into these outlets; null for any. */
  readonly cited: readonly OutletRef[] | null;
  readonly minCount: number;
  /** Most links returned; one more is read to tell whether the network was cut. */
  readonly first: number;
}

export interface CitationNetworkRow {
  readonly links: readonly CitationLinkRow[];
  /** True when more links than `first` met the filters. */
  readonly truncated: boolean;
}

export interface CitationRepository {
  /** The directed outlet network, strongest links first. */
  network(request: CitationNetworkRequest): Promise<CitationNetworkRow>;
  /** Citations per day under the filters and cited outlets, for a time brush. */
  days(filters: CitationFilters, cited: readonly OutletRef[] | null): Promise<DayCountRow[]>;
  /** A page of one outlet's links in one direction, strongest first. */
  outletLinks(
    outlet: OutletRef,
    direction: OutletDirection,
    filters: CitationFilters,
    skip: number,
    limit: number,
  ): Promise<CitationLinkRow[]>;
  outletLinkCount(
    outlet: OutletRef,
    direction: OutletDirection,
    filters: CitationFilters,
  ): Promise<number>;
  /** A page of the citations behind one link, oldest article first. */
  evidence(link: LinkRef, skip: number, limit: number): Promise<CitationEvidenceRow[]>;
  evidenceCount(link: LinkRef): Promise<number>;
}

/**
 * The links of an outlet, through its identity: a Source cites as itself and is cited as the
 * Actor it is the same as; an Actor is cited as itself and cites as its Source, if it has one.
 */
async function scopeOf(
  tx: ManagedTransaction,
  outlet: OutletRef,
  direction: OutletDirection,
): Promise<LinkScope> {
  const identity = await readOutletIdentity(tx, outlet);
  return direction === 'cites'
    ? { citingKeys: identity.sourceKeys }
    : { citedActorKeys: identity.actorKeys };
}

async function citedScope(
  tx: ManagedTransaction,
  cited: readonly OutletRef[] | null,
): Promise<LinkScope> {
  return cited === null ? {} : { citedActorKeys: await readCitedActorKeys(tx, cited) };
}

export const citationRepository: CitationRepository = {
  network: ({ filters, cited, minCount, first }) =>
    readTransaction(async (tx) => {
      const links = await readCitationLinks(
        tx,
        filters,
        await citedScope(tx, cited),
        minCount,
        0,
        first + 1,
      );
      return { links: links.slice(0, first), truncated: links.length > first };
    }),
  days: (filters, cited) =>
    readTransaction(async (tx) => readCitationDays(tx, filters, await citedScope(tx, cited))),
  outletLinks: (outlet, direction, filters, skip, limit) =>
    readTransaction(async (tx) =>
      readCitationLinks(tx, filters, await scopeOf(tx, outlet, direction), 1, skip, limit),
    ),
  outletLinkCount: (outlet, direction, filters) =>
    readTransaction(async (tx) =>
      readCitationLinkCount(tx, filters, await scopeOf(tx, outlet, direction), 1),
    ),
  evidence: (link, skip, limit) => readTransaction((tx) => readLinkEvidence(tx, link, skip, limit)),
  evidenceCount: (link) => readTransaction((tx) => readLinkEvidenceCount(tx, link)),
};

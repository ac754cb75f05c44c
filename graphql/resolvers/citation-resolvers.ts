import { CITATION_STANCES } from '@/model/citation-vocabulary';
import type { CitationFilters, CitationLinkRow } from '@/model/citations';
import type { OutletDirection, OutletRef } from '@/graph-db/repositories/citation-repository';
import type { CitationLinkConnectionModel } from '../models/citation-models';
import type { GraphQLContext } from '../context';
import { badInput } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import { intInRange, parseDateRange, parseIds, parseSourceIds } from '../inputs';
import { LIMITS } from '../limits/limits';
import { pageWindow, toConnection } from '../execution/pagination';

/** Sections one request may filter on: an article has at most 20 (ingest/extract/sections.ts). */
const MAX_SECTION_FILTERS = 20;
const MAX_SECTION_CHARS = 100;
/** Highest `minCount`: above any real link, low enough to stay an Int everywhere. */
const MAX_MIN_COUNT = 1_000_000;

function parseStances(values: readonly string[] | null | undefined): string[] | null {
  if (values === null || values === undefined) return null;
  for (const value of values) {
    if (!(CITATION_STANCES as readonly string[]).includes(value)) {
      throw badInput(
        `unknown stance '${value.slice(0, 40)}'; use ${CITATION_STANCES.join(', ')}`,
        'stance',
      );
    }
  }
  return [...new Set(values)];
}

/** Sections compared as stored: trimmed, lower case. */
function parseSections(values: readonly string[] | null | undefined): string[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > MAX_SECTION_FILTERS)
    throw badInput(`sections takes at most ${MAX_SECTION_FILTERS} values`, 'sections');
  return [
    ...new Set(
      values.map((value) => {
        if (value.length > MAX_SECTION_CHARS)
          throw badInput(`a section is at most ${MAX_SECTION_CHARS} characters`, 'sections');
        return value.trim().replace(/\s+/g, ' ').toLowerCase();
      }),
    ),
  ];
}

/** Cited outlets: Source or Actor global ids. */
function parseCited(values: readonly string[] | null | undefined): OutletRef[] | null {
  if (values === null || values === undefined) return null;
  return parseIds(values, 'cited').map((ref) => {
    if (ref.kind !== 'Source' && ref.kind !== 'Actor')
      throw badInput(`cited takes Source or Actor ids, got ${ref.kind}`, 'cited');
    return { kind: ref.kind, key: ref.key };
  });
}

type OutletArgs = {
  first?: number | null;
  after?: string | null;
  from?: string | null;
  to?: string | null;
};

/** One side of an outlet's links as a connection; each link keeps the date filter for its evidence. */
async function outletLinks(
  context: GraphQLContext,
  outlet: OutletRef,
  direction: OutletDirection,
  args: OutletArgs,
): Promise<CitationLinkConnectionModel> {
  const window = pageWindow(args);
  const filters: CitationFilters = {
    ...parseDateRange(args.from, args.to),
    sourceKeys: null,
    stances: null,
    sections: null,
  };
  const rows = await context.db.citations.outletLinks(
    outlet,
    direction,
    filters,
    window.offset,
    window.first + 1,
  );
  return toConnection(
    window,
    rows,
    (row: CitationLinkRow, cursor) => ({ cursor, node: { ...row, filters } }),
    () => context.db.citations.outletLinkCount(outlet, direction, filters),
  );
}

const total = {
  totalCount: (parent: { totalCount: () => Promise<number> }) => parent.totalCount(),
};

/** `citationNetwork`, the `Outlet` fields of Source and Actor, and `Article.sections`. */
export const citationResolvers: Resolvers = {
  Query: {
    citationNetwork: async (_parent, args, { db }) => {
      const filters: CitationFilters = {
        ...parseDateRange(args.from, args.to),
        sourceKeys: parseSourceIds(args.sources, 'sources'),
        stances: parseStances(args.stance),
        sections: parseSections(args.sections),
      };
      const cited = parseCited(args.cited);
      const minCount = intInRange(args.minCount, 1, 1, MAX_MIN_COUNT, 'minCount');
      const first = intInRange(args.first, LIMITS.maxPageSize, 1, LIMITS.maxPageSize, 'first');
      const network = await db.citations.network({ filters, cited, minCount, first });
      return {
        edges: network.links.map((link) => ({ ...link, filters })),
        truncated: network.truncated,
        filters,
        cited,
      };
    },
  },
  Outlet: {
    __resolveType: (row) => row.kind,
  },
  Source: {
    cites: (row, args, context) =>
      outletLinks(context, { kind: 'Source', key: row.key }, 'cites', args),
    citedBy: (row, args, context) =>
      outletLinks(context, { kind: 'Source', key: row.key }, 'citedBy', args),
  },
  Actor: {
    cites: (row, args, context) =>
      outletLinks(context, { kind: 'Actor', key: row.key }, 'cites', args),
    citedBy: (row, args, context) =>
      outletLinks(context, { kind: 'Actor', key: row.key }, 'citedBy', args),
  },
  Article: {
    sections: (row) => [...(row.sections ?? [])],
  },
  CitationNetwork: {
    edges: (network) => [...network.edges],
    days: (network, _args, { db }) =>
      db.citations.days({ ...network.filters, from: null, to: null }, network.cited),
  },
  CitationLink: {
    stances: (link) => [...link.stances],
    evidence: async (link, args, context) => {
      const window = pageWindow(args);
      const ref = {
        citingKey: link.citing.key,
        citedActorKey: link.citedActorKey,
        filters: link.filters,
      };
      const rows = await context.db.citations.evidence(ref, window.offset, window.first + 1);
      return toConnection(
        window,
        rows,
        (row, cursor) => ({ ...row, cursor }),
        () => context.db.citations.evidenceCount(ref),
      );
    },
  },
  CitationLinkConnection: total,
  CitationEvidenceConnection: total,
  CitationEvidenceEdge: {
    node: (edge) => edge.article,
  },
};

import {
  NODE_KINDS,
  RELATION_TYPES,
  type NeighborhoodDepth,
  type PathHops,
} from '@/graph-db/model/graph-model';
import { badInput, notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import {
  intInRange,
  parseDateRange,
  parseId,
  parseIds,
  parseKinds,
  parseRelationTypes,
  parseSourceIds,
} from '../inputs';
import { LIMITS } from '../limits';

/** `neighborhood` and `paths`: bounded graph slices for the explorer. */
export const exploreResolvers: Resolvers = {
  Query: {
    neighborhood: async (_parent, args, { db }) => {
      if (args.ids.length === 0) throw badInput('ids must name at least one node', 'ids');
      const seeds = parseIds(args.ids, 'ids');
      const depth = intInRange(args.depth, 1, 1, 3, 'depth') as NeighborhoodDepth;
      const limit = intInRange(
        args.limit,
        LIMITS.defaultNeighborhoodLimit,
        1,
        LIMITS.maxNeighborhoodLimit,
        'limit',
      );
      const slice = await db.explore.neighborhood({
        seeds,
        depth,
        limit,
        filters: {
          relationTypes: parseRelationTypes(args.relationTypes, 'relationTypes') ?? [
            ...RELATION_TYPES,
          ],
          nodeKinds: parseKinds(args.nodeKinds, 'nodeKinds') ?? [...NODE_KINDS],
          sourceKeys: parseSourceIds(args.sources, 'sources'),
          ...parseDateRange(args.from, args.to),
        },
      });
      if (!slice) throw notFound('none of the ids exists');
      return slice;
    },
    paths: async (_parent, args, { db }) => {
      const from = parseId(args.from, 'from');
      const to = parseId(args.to, 'to');
      if (args.from === args.to) throw badInput('from and to must differ', 'to');
      const maxHops = intInRange(args.maxHops, 4, 1, LIMITS.maxPathHops, 'maxHops') as PathHops;
      const limit = intInRange(args.limit, 3, 1, LIMITS.maxPaths, 'limit');
      const result = await db.explore.paths({
        from,
        to,
        maxHops,
        limit,
        relationTypes: parseRelationTypes(args.relationTypes, 'relationTypes') ?? [
          ...RELATION_TYPES,
        ],
      });
      if (!result) throw notFound('from or to does not exist');
      return result;
    },
  },
  GraphSlice: {
    nodes: (slice) => [...slice.nodes],
    edges: (slice) => [...slice.edges],
  },
  PathsResult: {
    nodes: (slice) => [...slice.nodes],
    edges: (slice) => [...slice.edges],
    paths: (slice) => slice.paths.map((path) => [...path]),
  },
  SliceEdge: {
    evidence: (edge) => [...edge.evidence],
  },
};

import { NEIGHBORHOOD_DEPTHS, type NeighborhoodDepth } from '@/model/graph-model';
import { NEIGHBOR_GROUP_LIMITS, parseNeighborGroupId } from '@/model/neighbor-groups';
import { badInput, notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';
import { intInRange, parseDateRange, parseIds } from '../inputs';
import { LIMITS } from '../limits/limits';
import { selects } from './explore-resolvers';

/** `groupedNeighborhood` and `neighborGroup`: hubs read at a glance, opened group by group. */
export const neighborGroupResolvers: Resolvers = {
  Query: {
    groupedNeighborhood: async (_parent, args, { db }, info) => {
      const { maxIds, defaultTop, maxTop } = NEIGHBOR_GROUP_LIMITS;
      if (args.ids.length === 0 || args.ids.length > maxIds)
        throw badInput(`ids must name 1 to ${maxIds} nodes`, 'ids');
      const slice = await db.groups.groupedNeighborhood({
        seeds: parseIds(args.ids, 'ids'),
        top: intInRange(args.limit, defaultTop, 1, maxTop, 'limit'),
        depth: intInRange(
          args.depth,
          1,
          1,
          NEIGHBORHOOD_DEPTHS.length,
          'depth',
        ) as NeighborhoodDepth,
        evidence: selects(info, ['edges', 'evidence']),
      });
      if (!slice) throw notFound('none of the ids exists');
      return slice;
    },
    neighborGroup: async (_parent, args, { db }, info) => {
      if (args.id.length > 600 || parseNeighborGroupId(args.id) === undefined)
        throw badInput('id is not a group id like group:MENTIONS:in:Article:Actor:…', 'id');
      const slice = await db.groups.groupPage({
        group: args.id,
        first: intInRange(
          args.first,
          NEIGHBOR_GROUP_LIMITS.pageSize,
          1,
          LIMITS.maxPageSize,
          'first',
        ),
        offset: intInRange(args.offset, 0, 0, LIMITS.maxOffset, 'offset'),
        ...parseDateRange(args.from, args.to),
        evidence: selects(info, ['edges', 'evidence']),
      });
      if (!slice) throw notFound('the group’s hub does not exist');
      return slice;
    },
  },
  GraphSlice: {
    groups: (slice) => [...(slice.groups ?? [])],
  },
  NeighborGroup: {
    direction: (group) => (group.direction === 'out' ? 'OUT' : 'IN'),
  },
};

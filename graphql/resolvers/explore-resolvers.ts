import {
  NODE_KINDS,
  RELATION_TYPES,
  type NeighborhoodDepth,
  type PathHops,
} from '@/model/graph-model';
import { edgeQualifier, type GraphSlice, type SliceEdge } from '@/model/graph-slice';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
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
import { LIMITS } from '../limits/limits';

/**
 * Whether an operation selects `path` (field names) under the resolved field, through fragments
 * too. Each fragment is walked once per remaining path, so the walk is linear in the document.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean =>
    set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== rest[0]) return false;
        return rest.length === 1 || within(selection.selectionSet, rest.slice(1));
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet, rest);
      const key = `${selection.name.value}\u0000${rest.join('.')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return within(info.fragments[selection.name.value]?.selectionSet, rest);
    }) ?? false;
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}

/**
 * The slice's edges, with the fields derived from the slice (`sourceIndex`, `targetIndex`,
 * `qualifier`) set on them when the operation selects them: plain properties, which the compiled
 * query reads without a resolver call per edge and field.
 */
function sliceEdges(slice: GraphSlice, info: GraphQLResolveInfo): SliceEdge[] {
  const positions = selects(info, ['sourceIndex']) || selects(info, ['targetIndex']);
  const qualifier = selects(info, ['qualifier']);
  if (!positions && !qualifier) return [...slice.edges];
  const index = positions ? new Map(slice.nodes.map((node, at) => [node.id, at])) : undefined;
  // One literal shape for every edge: copies by spread made the compiled query several times slower.
  return slice.edges.map((edge) => ({
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    weight: edge.weight,
    quote: edge.quote,
    evidenceCount: edge.evidenceCount,
    evidence: edge.evidence,
    sourceIndex: index?.get(edge.source) ?? null,
    targetIndex: index?.get(edge.target) ?? null,
    qualifier: qualifier ? edgeQualifier(edge) : null,
  }));
}

/** `neighborhood` and `paths`: bounded graph slices for the explorer. */
export const exploreResolvers: Resolvers = {
  Query: {
    neighborhood: async (_parent, args, { db }, info) => {
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
        // Without `edges { evidence }` the sentences are not even read.
        evidence: selects(info, ['edges', 'evidence']),
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
    edgeEvidence: async (_parent, args, { db }) => {
      if (args.ids.length === 0 || args.ids.length > LIMITS.maxIds)
        throw badInput(`ids must name 1 to ${LIMITS.maxIds} edges`, 'ids');
      const first = intInRange(args.first, 25, 1, LIMITS.maxPageSize, 'first');
      const found = await db.explore.edgeEvidence(args.ids);
      return args.ids
        .flatMap((edgeId) => (found.get(edgeId) ?? []).map((evidence) => ({ edgeId, evidence })))
        .slice(0, first);
    },
  },
  GraphSlice: {
    nodes: (slice) => [...slice.nodes],
    edges: (slice, _args, _context, info) => sliceEdges(slice, info),
  },
  PathsResult: {
    nodes: (slice) => [...slice.nodes],
    edges: (slice, _args, _context, info) => sliceEdges(slice, info),
    paths: (slice) => slice.paths.map((path) => [...path]),
  },
  SliceEdge: {
    // Snapshots saved before the count existed hold their evidence in full.
    evidenceCount: (edge) =>
      (edge as { evidenceCount?: number }).evidenceCount ?? edge.evidence.length,
    evidence: (edge) => [...edge.evidence],
  },
};

import {
  NODE_KINDS,
  RELATION_TYPES,
  type NeighborhoodDepth,
  type NodeKind,
  type PathHops,
  type RelationType,
} from '../../model/graph-model';
import {
  EMPTY_SLICE,
  mergeSlices,
  parseGlobalId,
  type EvidenceItem,
  type GlobalId,
  type GraphSlice,
  type SliceNode,
} from '../../model/graph-slice';
import {
  PLAN_NEIGHBORHOOD_LIMIT,
  fetchPlan,
  type FetchPlanItem,
  type ViewState,
} from '../../model/view-state';
import type { ManagedTransaction } from 'neo4j-driver';
import { Neo4jTimeoutError, readTransaction } from '../driver';
import {
  expandLevel,
  readAlternativePath,
  readEdgeEvidence,
  readEdgesAmong,
  readShortestPaths,
  readSeeds,
  readPathsSliceParts,
  readSliceNodes,
  type ExpansionCandidate,
  type ExpansionFilters,
  type PathRow,
} from '../queries/graph-slice.cypher';
import { neighborGroupRepository } from './neighbor-group-repository';
import { NEIGHBOR_GROUP_LIMITS } from '../../model/neighbor-groups';

/** Relationships read per frontier node and level at most: a hub's long tail is never scanned. */
export const EXPANSION_SCAN_CAP = 2_000;
/** Time budget of the search for longer alternative paths; past it, the shortest ones stand. */
export const ALTERNATIVE_PATHS_BUDGET_MS = 1_500;

/** Edges returned per node of the slice at most (edges among 500 nodes stay drawable). */
export const EDGES_PER_NODE = 8;

export interface NodeRef {
  readonly kind: NodeKind;
  readonly key: string;
}

export interface NeighborhoodRequest {
  readonly seeds: readonly NodeRef[];
  readonly depth: NeighborhoodDepth;
  readonly filters: ExpansionFilters;
  /** Most nodes in the slice, seeds included. */
  readonly limit: number;
  /**
   * False: edges carry their evidence count without the sentences, which are most of a large
   * slice's bytes (a client that shows them fetches them per edge, `edgeEvidence`).
   */
  readonly evidence?: boolean;
}

export interface PathsRequest {
  readonly from: NodeRef;
  readonly to: NodeRef;
  readonly relationTypes: readonly RelationType[];
  readonly maxHops: PathHops;
  /** Most paths returned. */
  readonly limit: number;
}

export interface PathsSlice extends GraphSlice {
  readonly paths: readonly (readonly GlobalId[])[];
}

export interface ExploreRepository {
  /** Undefined when none of the seeds exists. */
  neighborhood(request: NeighborhoodRequest): Promise<GraphSlice | undefined>;
  /** Undefined when either end does not exist. */
  paths(request: PathsRequest): Promise<PathsSlice | undefined>;
  /**
   * Everything an explorer state fetches (its `fetchPlan`, answered with the same arguments the
   * explorer's API calls use), merged. Filters and hides are not applied: the explorer applies
   * them to this slice itself. Unknown nodes contribute nothing.
   */
  forViewState(state: ViewState, limit?: number): Promise<GraphSlice>;
  /** Evidence of the edges with these ids (as slices name them); unknown ids are absent. */
  edgeEvidence(ids: readonly string[]): Promise<Map<string, EvidenceItem[]>>;
}

/** The API's `paths` defaults, which the explorer's path searches use. */
const VIEW_PATH_HOPS: PathHops = 4;
const VIEW_PATHS = 3;

/** Strongest link first, then the better-connected neighbour; element id breaks ties stably. */
function byStrength(a: ExpansionCandidate, b: ExpansionCandidate): number {
  return b.weight - a.weight || b.degree - a.degree || (a.eid < b.eid ? -1 : a.eid > b.eid ? 1 : 0);
}

/**
 * Breadth-first expansion under a node budget. Each level gets an equal share of what is left for
 * the remaining levels, so depth 2 around a hub shows the hub's strongest articles *and* what they
 * link to instead of 500 articles and nothing else.
 */
async function neighborhood(request: NeighborhoodRequest): Promise<GraphSlice | undefined> {
  return readTransaction(async (tx) => {
    const seeds = await readSeeds(tx, request.seeds);
    if (seeds.length === 0) return undefined;
    // Element ids in the order they joined the slice; nodes are projected once, at the end.
    const kept = new Set<string>();
    let truncated = seeds.length > request.limit;
    for (const seed of seeds.slice(0, request.limit)) kept.add(seed.eid);
    let frontier = [...kept];
    for (let level = 1; level <= request.depth && frontier.length > 0; level += 1) {
      const remaining = request.limit - kept.size;
      if (remaining <= 0) {
        truncated = true;
        break;
      }
      const levelBudget = Math.ceil(remaining / (request.depth - level + 1));
      // Oversample: neighbours shared by several frontier nodes come back more than once.
      const perNode = Math.min(
        remaining,
        Math.max(3, Math.ceil((levelBudget * 2) / frontier.length)),
      );
      const { candidates, cut } = await expandLevel(
        tx,
        frontier,
        [...kept],
        request.filters,
        perNode,
        EXPANSION_SCAN_CAP,
      );
      if (cut) truncated = true;
      const next: string[] = [];
      for (const candidate of [...candidates].sort(byStrength)) {
        if (kept.has(candidate.eid)) continue;
        if (next.length >= levelBudget) {
          truncated = true;
          break;
        }
        kept.add(candidate.eid);
        next.push(candidate.eid);
      }
      frontier = next;
    }
    const seedNodes = new Map(seeds.map((seed) => [seed.eid, seed.node]));
    const projected = await readSliceNodes(
      tx,
      [...kept].filter((eid) => !seedNodes.has(eid)),
    );
    const nodes = new Map<string, SliceNode>();
    for (const eid of kept) {
      const node = seedNodes.get(eid) ?? projected.get(eid);
      if (node) nodes.set(eid, node);
    }
    const { edges, more } = await readEdgesAmong(
      tx,
      nodes,
      request.filters.relationTypes,
      nodes.size * EDGES_PER_NODE,
      request.evidence === false,
    );
    return { nodes: [...nodes.values()], edges, truncated: truncated || more };
  });
}

/** The nodes and edges the kept paths span, as a {@link PathsSlice}. */
async function readPathsSlice(
  tx: ManagedTransaction,
  kept: readonly PathRow[],
  truncated: boolean,
): Promise<PathsSlice> {
  const nodeIds = [...new Set(kept.flatMap((row) => row.nodeIds))];
  const relIds = [...new Set(kept.flatMap((row) => row.relIds))];
  const { nodes, edges } =
    nodeIds.length === 0
      ? { nodes: new Map<string, SliceNode>(), edges: [] }
      : await readPathsSliceParts(tx, nodeIds, relIds);
  return {
    nodes: nodeIds.flatMap((id) => {
      const node = nodes.get(id);
      return node ? [node] : [];
    }),
    edges,
    truncated,
    paths: kept.map((row) => row.nodeIds.map((id) => nodes.get(id)?.id ?? id)),
  };
}

/** What the search for alternatives has found so far (kept when its time budget runs out). */
interface AlternativesProgress {
  rows: PathRow[];
  /** The search ended on its own rather than at the time budget. */
  done: boolean;
  /** It ended for lack of routes avoiding earlier intermediates: paths through them may remain. */
  hidden: boolean;
}

/**
 * Longer alternatives, one search each: the shortest path avoiding the intermediate nodes of all
 * paths found before it, so lengths never shrink and each path is a different route. `progress`
 * starts with every shortest path, so the first alternative is already longer than they are.
 * Stops at `want` paths in all, when no route is left within the hop bound, or at the time budget
 * (the caller's transaction timeout, or the budget checked between searches).
 */
async function findAlternatives(
  tx: ManagedTransaction,
  request: PathsRequest,
  progress: AlternativesProgress,
  want: number,
): Promise<void> {
  const avoidNodes = new Set<string>();
  const avoidRels = new Set<string>();
  const avoid = (row: PathRow) => {
    for (const id of row.nodeIds.slice(1, -1)) avoidNodes.add(id);
    // A one-hop path has no intermediate node: avoid its relationship instead.
    if (row.relIds.length === 1) avoidRels.add(row.relIds[0] ?? '');
  };
  progress.rows.forEach(avoid);
  const started = performance.now();
  while (progress.rows.length < want) {
    if (performance.now() - started > ALTERNATIVE_PATHS_BUDGET_MS) {
      throw new Neo4jTimeoutError('alternative paths exceeded their time budget');
    }
    const next = await readAlternativePath(
      tx,
      request.from,
      request.to,
      request.relationTypes,
      request.maxHops,
      { nodes: [...avoidNodes], relationships: [...avoidRels] },
    );
    if (next === undefined) {
      progress.hidden = avoidNodes.size > 0;
      break;
    }
    progress.rows = [...progress.rows, next];
    avoid(next);
  }
  progress.done = true;
}

/**
 * All shortest paths first (bidirectional search, cheap even through hubs); when fewer than asked,
 * longer alternatives under a time budget, so a hub-dense graph yields the shortest paths and
 * `truncated` instead of a timeout. The usual request is two transactions: the shortest paths,
 * then the alternatives and the slice they span.
 */
async function paths(request: PathsRequest): Promise<PathsSlice | undefined> {
  // One more than asked tells whether more paths exist.
  const want = request.limit + 1;
  const first = await readTransaction(async (tx) => {
    const rows = await readShortestPaths(
      tx,
      request.from,
      request.to,
      request.relationTypes,
      request.maxHops,
      want,
    );
    if (rows === undefined) return undefined;
    const shortest = rows[0]?.relIds.length ?? 0;
    const needsAlternatives =
      rows.length > 0 && rows.length < request.limit && shortest < request.maxHops;
    return {
      rows,
      slice: needsAlternatives
        ? undefined
        : await readPathsSlice(tx, rows.slice(0, request.limit), rows.length > request.limit),
    };
  });
  if (first === undefined) return undefined;
  if (first.slice) return first.slice;
  const progress: AlternativesProgress = { rows: first.rows, done: false, hidden: false };
  const truncated = () => progress.rows.length > request.limit || progress.hidden || !progress.done;
  try {
    return await readTransaction(
      async (tx) => {
        await findAlternatives(tx, request, progress, want);
        return readPathsSlice(tx, progress.rows.slice(0, request.limit), truncated());
      },
      { timeoutMs: ALTERNATIVE_PATHS_BUDGET_MS },
    );
  } catch (error) {
    if (!(error instanceof Neo4jTimeoutError)) throw error;
    // Out of time: what was found stands, read without the budget.
    return readTransaction((tx) =>
      readPathsSlice(tx, progress.rows.slice(0, request.limit), truncated()),
    );
  }
}

function refs(ids: readonly GlobalId[]): NodeRef[] {
  return ids.flatMap((id) => {
    const ref = parseGlobalId(id);
    return ref === undefined ? [] : [ref];
  });
}

async function planSlice(item: FetchPlanItem, limit: number): Promise<GraphSlice> {
  // The explorer's own requests for these items (components/explorer/use-graph-data.ts).
  if (item.groupPage !== undefined) {
    const { id, offset, first, from, to } = item.groupPage;
    const page = await neighborGroupRepository.groupPage({
      group: id,
      offset,
      first,
      from: from ?? null,
      to: to ?? null,
    });
    return page ?? EMPTY_SLICE;
  }
  const seeds = refs(item.ids);
  if (item.grouped === true) {
    const grouped = await neighborGroupRepository.groupedNeighborhood({
      seeds,
      top: NEIGHBOR_GROUP_LIMITS.defaultTop,
    });
    return grouped ?? EMPTY_SLICE;
  }
  const [from, to] = seeds;
  if (item.paths === true) {
    if (from === undefined || to === undefined) return EMPTY_SLICE;
    const found = await paths({
      from,
      to,
      maxHops: VIEW_PATH_HOPS,
      limit: VIEW_PATHS,
      relationTypes: [...RELATION_TYPES],
    });
    return found === undefined
      ? EMPTY_SLICE
      : { nodes: found.nodes, edges: found.edges, truncated: found.truncated };
  }
  if (seeds.length === 0) return EMPTY_SLICE;
  const slice = await neighborhood({
    seeds,
    depth: Math.min(Math.max(item.depth, 1), 3) as NeighborhoodDepth,
    limit,
    filters: {
      relationTypes: RELATION_TYPES.filter(
        (t) => item.relationTypes === undefined || item.relationTypes.includes(t),
      ),
      nodeKinds: [...NODE_KINDS],
      sourceKeys: null,
      from: null,
      to: null,
    },
  });
  return slice ?? EMPTY_SLICE;
}

async function forViewState(
  state: ViewState,
  limit = PLAN_NEIGHBORHOOD_LIMIT,
): Promise<GraphSlice> {
  const plan = fetchPlan(state);
  if (plan.length === 0) return EMPTY_SLICE;
  return mergeSlices(await Promise.all(plan.map((item) => planSlice(item, limit))));
}

export const exploreRepository: ExploreRepository = {
  neighborhood,
  paths,
  forViewState,
  edgeEvidence: (ids) => readTransaction((tx) => readEdgeEvidence(tx, ids)),
};

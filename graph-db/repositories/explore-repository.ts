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
  readEdgeEvidence,
  readNeighborhood,
  readPathsSliceParts,
  type ExpansionFilters,
  type PathRow,
} from '../queries/graph-slice.cypher';
import { readPathEnds } from '../queries/path-search.cypher';
import {
  PathSearch,
  runPathSearch,
  selectPaths,
  type PathSearchBounds,
  type PathSelection,
} from './path-search';
import { neighborGroupRepository } from './neighbor-group-repository';
import { groupedTop } from '../../model/neighbor-groups';

export { UNFILTERED, type ExpansionFilters } from '../queries/graph-slice.cypher';

/** Relationships read per frontier node and level at most: a hub's long tail is never scanned. */
export const EXPANSION_SCAN_CAP = 2_000;
/**
 * Bounds of the paths search (path-search.ts): hubs are met, not walked through; an end is read
 * up to the hub bound; a search reads at most `maxHops` levels of `levelBudget` relationships.
 * Looser bounds changed few answers of bench:api's pairs for twice the reads (docs/benchmarks.md,
 * "Where a paths miss spends its time").
 */
export const PATH_SEARCH_BOUNDS: PathSearchBounds = {
  hubDegree: 1_000,
  levelBudget: 5_000,
  scanCap: 1_000,
  parentCap: 4,
  chainCap: 16,
  candidateCap: 500,
};
/** Time budget of a paths search: a safety net, since its bounds already keep it small. */
export const PATHS_SEARCH_BUDGET_MS = 2_500;

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

/**
 * Why a paths answer is incomplete: more paths than asked, a bound of the search (hubs are not
 * walked through), or its time budget.
 */
export type PathsTruncation = 'MORE_PATHS' | 'SEARCH_BOUND' | 'TIME_BUDGET';

export interface PathsSlice extends GraphSlice {
  readonly paths: readonly (readonly GlobalId[])[];
  /** Set exactly when `truncated` is. */
  readonly truncatedBy: PathsTruncation | null;
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

/**
 * Breadth-first expansion under a node budget, in one statement (graph-slice.cypher.ts
 * `neighborhoodCypher` explains the ranking and the budget of each level).
 */
async function neighborhood(request: NeighborhoodRequest): Promise<GraphSlice | undefined> {
  return readTransaction((tx) => neighborhoodIn(tx, request));
}

/** {@link neighborhood} in a given read transaction (bench/neighborhood-profile.ts times it). */
export function neighborhoodIn(
  tx: ManagedTransaction,
  request: NeighborhoodRequest,
): Promise<GraphSlice | undefined> {
  return readNeighborhood(
    tx,
    { ...request, lean: request.evidence === false },
    EXPANSION_SCAN_CAP,
    EDGES_PER_NODE,
  );
}

/** The nodes and edges the kept paths span, as a {@link PathsSlice}. */
async function readPathsSlice(
  tx: ManagedTransaction,
  kept: readonly PathRow[],
  truncatedBy: PathsTruncation | null,
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
    truncated: truncatedBy !== null,
    truncatedBy,
    paths: kept.map((row) => row.nodeIds.map((id) => nodes.get(id)?.id ?? id)),
  };
}

/**
 * Paths by {@link PathSearch}: a bidirectional breadth-first search of at most `maxHops` levels,
 * each a bounded read, in one transaction within {@link PATHS_SEARCH_BUDGET_MS}; then the slice
 * the picked paths span. Past the budget, the paths found by then stand (`truncatedBy`
 * TIME_BUDGET).
 */
async function paths(request: PathsRequest): Promise<PathsSlice | undefined> {
  let search: PathSearch | undefined;
  try {
    return await readTransaction(
      (tx) =>
        pathsIn(tx, request, (started) => {
          search = started;
        }),
      { timeoutMs: PATHS_SEARCH_BUDGET_MS },
    );
  } catch (error) {
    if (!(error instanceof Neo4jTimeoutError)) throw error;
    // Out of time: what was found stands, its slice read without the budget. Out of time before
    // the ends were read (a cold plan under load): whether they exist, read alone.
    const found = search?.select() ?? { rows: [], passedOver: false, cut: false };
    return readTransaction(async (tx) => {
      const none = { want: 0, enough: 0, twoHops: false, scanCap: 0, parentCap: 0 };
      const { from, to, relationTypes } = request;
      if (search === undefined && !(await readPathEnds(tx, from, to, relationTypes, none)))
        return undefined;
      return readPathsSlice(
        tx,
        found.rows.slice(0, request.limit),
        pathsTruncation(request, found, true),
      );
    });
  }
}

function pathsTruncation(
  request: PathsRequest,
  found: PathSelection,
  timedOut: boolean,
): PathsTruncation | null {
  if (found.rows.length > request.limit) return 'MORE_PATHS';
  if (timedOut) return 'TIME_BUDGET';
  if (found.cut) return 'SEARCH_BOUND';
  return found.passedOver ? 'MORE_PATHS' : null;
}

/**
 * {@link paths} in a given read transaction, without its time budget; `started` gets the search
 * once both ends are found (bench/paths-profile.ts times the statements).
 */
export async function pathsIn(
  tx: ManagedTransaction,
  request: PathsRequest,
  started: (search: PathSearch) => void = () => undefined,
  bounds: PathSearchBounds = PATH_SEARCH_BOUNDS,
): Promise<PathsSlice | undefined> {
  // One more than asked tells whether more paths exist.
  const want = request.limit + 1;
  const ends = await readPathEnds(tx, request.from, request.to, request.relationTypes, {
    want,
    enough: request.limit,
    twoHops: request.maxHops >= 2,
    scanCap: bounds.scanCap,
    parentCap: bounds.parentCap,
  });
  if (ends === undefined || ends.from.id === ends.to.id) return undefined;
  const near = selectPaths(
    [...ends.near].sort((a, b) => a.relIds.length - b.relIds.length || a.score - b.score),
    want,
  );
  // As many paths of one or two hops as asked: no search can find shorter ones. Longer ones were
  // not looked for, so more may exist unless the hop bound allows none.
  if (near.rows.length >= request.limit) {
    const longest = near.rows[near.rows.length - 1]?.relIds.length ?? 0;
    const more = near.rows.length > request.limit || longest < request.maxHops;
    return readPathsSlice(tx, near.rows.slice(0, request.limit), more ? 'MORE_PATHS' : null);
  }
  const search = new PathSearch(ends, request.maxHops, want, bounds);
  search.absorbEnds(ends.levels);
  started(search);
  const found = await runPathSearch(tx, search, request.relationTypes);
  return readPathsSlice(
    tx,
    found.rows.slice(0, request.limit),
    pathsTruncation(request, found, false),
  );
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
  const depth = Math.min(Math.max(item.depth, 1), 3) as NeighborhoodDepth;
  if (item.grouped === true) {
    const grouped = await neighborGroupRepository.groupedNeighborhood({
      seeds,
      top: groupedTop(depth),
      depth,
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
    depth,
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

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
  readAlternativePath,
  readEdgeEvidence,
  readNeighborhood,
  readShortestPaths,
  readPathsSliceParts,
  type ExpansionFilters,
  type PathRow,
} from '../queries/graph-slice.cypher';
import { neighborGroupRepository } from './neighbor-group-repository';
import { groupedTop } from '../../model/neighbor-groups';

export { UNFILTERED, type ExpansionFilters } from '../queries/graph-slice.cypher';

/** Relationships read per frontier node and level at most: a hub's long tail is never scanned. */
export const EXPANSION_SCAN_CAP = 2_000;
/** Time budget of the search for longer alternative paths; past it, the shortest ones stand. */
export const ALTERNATIVE_PATHS_BUDGET_MS = 1_500;
/**
 * Time budget of the search for the shortest paths: between far-apart ends in a hub-dense graph it
 * can run for many seconds (16 s at 1,000,000 articles), so past this it stops and the answer says
 * so instead of holding a slot into the request's deadline.
 */
export const SHORTEST_PATHS_BUDGET_MS = 1_000;

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

/** Why a paths answer is incomplete: more paths than asked, or a search stopped at its budget. */
export type PathsTruncation = 'MORE_PATHS' | 'TIME_BUDGET';

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
 * All shortest paths first (bidirectional search, cheap even through hubs), within
 * {@link SHORTEST_PATHS_BUDGET_MS}; when fewer than asked, longer alternatives under their own
 * budget, so a hub-dense graph yields the shortest paths and `truncated` instead of a timeout,
 * and ends too far apart to search in time yield no path and `truncatedBy` TIME_BUDGET. The
 * usual request is two transactions: the shortest paths, then the alternatives and the slice
 * they span.
 */
async function paths(request: PathsRequest): Promise<PathsSlice | undefined> {
  // One more than asked tells whether more paths exist.
  const want = request.limit + 1;
  const moreThanAsked = (rows: readonly PathRow[]) =>
    rows.length > request.limit ? 'MORE_PATHS' : null;
  // What the search found before its budget ran out (the slice read may be what ran out).
  let found: PathRow[] | undefined;
  let first;
  try {
    first = await readTransaction(
      async (tx) => {
        const rows = await readShortestPaths(
          tx,
          request.from,
          request.to,
          request.relationTypes,
          request.maxHops,
          want,
        );
        if (rows === undefined) return undefined;
        found = rows;
        const shortest = rows[0]?.relIds.length ?? 0;
        const needsAlternatives =
          rows.length > 0 && rows.length < request.limit && shortest < request.maxHops;
        return {
          rows,
          slice: needsAlternatives
            ? undefined
            : await readPathsSlice(tx, rows.slice(0, request.limit), moreThanAsked(rows)),
        };
      },
      { timeoutMs: SHORTEST_PATHS_BUDGET_MS },
    );
  } catch (error) {
    if (!(error instanceof Neo4jTimeoutError)) throw error;
    // The search only runs once both ends exist, so a timeout means they do.
    const rows = found ?? [];
    return readTransaction((tx) =>
      readPathsSlice(tx, rows.slice(0, request.limit), moreThanAsked(rows) ?? 'TIME_BUDGET'),
    );
  }
  if (first === undefined) return undefined;
  if (first.slice) return first.slice;
  const progress: AlternativesProgress = { rows: first.rows, done: false, hidden: false };
  const truncatedBy = (): PathsTruncation | null =>
    !progress.done
      ? 'TIME_BUDGET'
      : progress.rows.length > request.limit || progress.hidden
        ? 'MORE_PATHS'
        : null;
  try {
    return await readTransaction(
      async (tx) => {
        await findAlternatives(tx, request, progress, want);
        return readPathsSlice(tx, progress.rows.slice(0, request.limit), truncatedBy());
      },
      { timeoutMs: ALTERNATIVE_PATHS_BUDGET_MS },
    );
  } catch (error) {
    if (!(error instanceof Neo4jTimeoutError)) throw error;
    // Out of time: what was found stands, read without the budget.
    return readTransaction((tx) =>
      readPathsSlice(tx, progress.rows.slice(0, request.limit), truncatedBy()),
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

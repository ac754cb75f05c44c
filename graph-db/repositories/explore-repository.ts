import type { NeighborhoodDepth, NodeKind, PathHops, RelationType } from '../model/graph-model';
import type { GlobalId, GraphSlice, SliceNode } from '../model/graph-slice';
import { Neo4jTimeoutError, readTransaction } from '../driver';
import {
  expandLevel,
  readAlternativePaths,
  readEdgesAmong,
  readEdgesById,
  readShortestPaths,
  readSeeds,
  readSliceNodes,
  type ExpansionCandidate,
  type ExpansionFilters,
  type PathRow,
} from '../queries/graph-slice.cypher';

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
}

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
    const nodes = new Map<string, SliceNode>();
    let truncated = seeds.length > request.limit;
    for (const seed of seeds.slice(0, request.limit)) nodes.set(seed.eid, seed.node);
    let frontier = [...nodes.keys()];
    for (let level = 1; level <= request.depth && frontier.length > 0; level += 1) {
      const remaining = request.limit - nodes.size;
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
        [...nodes.keys()],
        request.filters,
        perNode,
        EXPANSION_SCAN_CAP,
      );
      if (cut) truncated = true;
      const next: string[] = [];
      for (const candidate of [...candidates].sort(byStrength)) {
        if (nodes.has(candidate.eid)) continue;
        if (next.length >= levelBudget) {
          truncated = true;
          break;
        }
        nodes.set(candidate.eid, candidate.node);
        next.push(candidate.eid);
      }
      frontier = next;
    }
    const { edges, more } = await readEdgesAmong(
      tx,
      [...nodes.keys()],
      request.filters.relationTypes,
      nodes.size * EDGES_PER_NODE,
    );
    return { nodes: [...nodes.values()], edges, truncated: truncated || more };
  });
}

/** Paths are the same when they walk the same relationships. */
function pathKey(row: PathRow): string {
  return row.relIds.join(',');
}

/**
 * All shortest paths first (bidirectional search, cheap even through hubs); when fewer than asked,
 * longer alternatives by k-shortest search under a time budget, so a hub-dense graph yields the
 * shortest paths and `truncated` instead of a timeout.
 */
async function paths(request: PathsRequest): Promise<PathsSlice | undefined> {
  const found = await readTransaction(async (tx) => {
    const ends = await readSeeds(tx, [request.from, request.to]);
    if (ends.length < 2) return undefined;
    // One more than asked tells whether more paths exist.
    return readShortestPaths(
      tx,
      request.from,
      request.to,
      request.relationTypes,
      request.maxHops,
      request.limit + 1,
    );
  });
  if (found === undefined) return undefined;
  let rows = found;
  let truncated = rows.length > request.limit;
  const shortest = rows[0]?.relIds.length ?? 0;
  if (rows.length > 0 && rows.length < request.limit && shortest < request.maxHops) {
    try {
      const alternatives = await readTransaction(
        (tx) =>
          readAlternativePaths(
            tx,
            request.from,
            request.to,
            request.relationTypes,
            request.maxHops,
            request.limit + 1,
          ),
        { timeoutMs: ALTERNATIVE_PATHS_BUDGET_MS },
      );
      const seen = new Set(rows.map(pathKey));
      const longer = alternatives.filter((row) => !seen.has(pathKey(row)));
      rows = [...rows, ...longer];
      truncated = rows.length > request.limit;
    } catch (error) {
      if (!(error instanceof Neo4jTimeoutError)) throw error;
      truncated = true;
    }
  }
  const kept = rows.slice(0, request.limit);
  return readTransaction(async (tx) => {
    const nodeIds = [...new Set(kept.flatMap((row) => row.nodeIds))];
    const relIds = [...new Set(kept.flatMap((row) => row.relIds))];
    const nodes = await readSliceNodes(tx, nodeIds);
    const edges = relIds.length === 0 ? [] : await readEdgesById(tx, relIds);
    return {
      nodes: nodeIds.flatMap((id) => {
        const node = nodes.get(id);
        return node ? [node] : [];
      }),
      edges,
      truncated,
      paths: kept.map((row) => row.nodeIds.map((id) => nodes.get(id)?.id ?? id)),
    };
  });
}

export const exploreRepository: ExploreRepository = { neighborhood, paths };

import { NODE_KINDS, RELATION_TYPES, type NodeKind } from '../../model/graph-model';
import { parseGlobalId, type GraphSlice, type SliceNode } from '../../model/graph-slice';
import {
  NEIGHBOR_GROUP_LIMITS,
  neighborGroupId,
  parseNeighborGroupId,
  shareBudget,
  type NeighborGroup,
} from '../../model/neighbor-groups';
import type { ManagedTransaction } from 'neo4j-driver';
import { readTransaction } from '../driver';
import { readSeeds, readSliceAmong } from '../queries/graph-slice.cypher';
import { readGroupPage, readHubGroups } from '../queries/neighbor-groups.cypher';
import { EDGES_PER_NODE } from './explore-repository';

export interface GroupedNeighborhoodRequest {
  readonly seeds: readonly { readonly kind: NodeKind; readonly key: string }[];
  /** Most neighbours kept, all seeds together (the rest is grouped). */
  readonly top: number;
  /** False: edges carry their evidence count without the sentences. */
  readonly evidence?: boolean;
}

export interface GroupPageRequest {
  /** A group id (`neighborGroupId`). */
  readonly group: string;
  readonly offset: number;
  readonly first: number;
  /** Inclusive ISO dates bounding article members' publication; null for no bound. */
  readonly from: string | null;
  readonly to: string | null;
  readonly evidence?: boolean;
}

export interface NeighborGroupRepository {
  /**
   * Each seed with its neighbours: all of them when it has at most `threshold` neighbour links,
   * else its strongest share of `top` with the rest as groups. Undefined when no seed exists.
   */
  groupedNeighborhood(request: GroupedNeighborhoodRequest): Promise<GraphSlice | undefined>;
  /**
   * The hub with one page of a group's members, strongest first, and the group (its `count`
   * within the date window, `shown` the members up to this page's end). Undefined for an unknown
   * group id or hub.
   */
  groupPage(request: GroupPageRequest): Promise<GraphSlice | undefined>;
}

/** The nodes (element id to slice node) and the edges among them, as a slice. */
async function sliceOf(
  tx: ManagedTransaction,
  order: readonly string[],
  known: ReadonlyMap<string, SliceNode>,
  evidence: boolean | undefined,
): Promise<{ slice: Omit<GraphSlice, 'groups'> }> {
  // The seeds' degrees were read already; the one read projects every node, the seeds without
  // counting their degree again.
  const degrees = new Map([...known].map(([eid, node]) => [eid, node.degree]));
  const { nodes, edges, more } = await readSliceAmong(
    tx,
    order,
    degrees,
    RELATION_TYPES,
    order.length * EDGES_PER_NODE,
    evidence === false,
  );
  return {
    slice: { nodes: order.flatMap((eid) => nodes.get(eid) ?? []), edges, truncated: more },
  };
}

async function groupedNeighborhood(
  request: GroupedNeighborhoodRequest,
): Promise<GraphSlice | undefined> {
  const { threshold, scanCap, maxIds } = NEIGHBOR_GROUP_LIMITS;
  return readTransaction(async (tx) => {
    const seeds = await readSeeds(tx, request.seeds.slice(0, maxIds));
    if (seeds.length === 0) return undefined;
    const kept = new Set(seeds.map((seed) => seed.eid));
    const groups: NeighborGroup[] = [];
    let capped = false;
    const shares = shareBudget(
      seeds.map(() => Number.MAX_SAFE_INTEGER),
      request.top,
    );
    for (const [i, seed] of seeds.entries()) {
      const share = shares[i] ?? 0;
      const around = await readHubGroups(
        tx,
        seed.eid,
        RELATION_TYPES,
        NODE_KINDS,
        Math.max(share, threshold),
        scanCap,
      );
      capped ||= around.capped;
      const links = around.groups.reduce((sum, g) => sum + g.total, 0);
      const small = links <= threshold && !around.capped;
      const taken = small
        ? around.groups.map((g) => g.total)
        : shareBudget(
            around.groups.map((g) => g.total),
            share,
          );
      around.groups.forEach((g, j) => {
        const shown = Math.min(taken[j] ?? 0, g.top.length);
        for (const member of g.top.slice(0, shown)) kept.add(member.eid);
        if (shown >= g.total) return;
        groups.push({
          id: neighborGroupId(seed.node.id, g.relationType, g.direction, g.kind),
          hub: seed.node.id,
          relationType: g.relationType,
          direction: g.direction,
          kind: g.kind,
          count: g.total,
          shown,
        });
      });
    }
    const { slice } = await sliceOf(
      tx,
      [...kept],
      new Map(seeds.map((seed) => [seed.eid, seed.node])),
      request.evidence,
    );
    // No empty list: a slice without groups reads (and is stored) as any other slice.
    return {
      ...slice,
      truncated: slice.truncated || capped,
      ...(groups.length > 0 ? { groups } : {}),
    };
  });
}

async function groupPage(request: GroupPageRequest): Promise<GraphSlice | undefined> {
  const parsed = parseNeighborGroupId(request.group);
  if (parsed === undefined) return undefined;
  const hubRef = parseGlobalId(parsed.hub);
  if (hubRef === undefined) return undefined;
  return readTransaction(async (tx) => {
    const [hub] = await readSeeds(tx, [hubRef]);
    if (hub === undefined) return undefined;
    const page = await readGroupPage(
      tx,
      hub.eid,
      parsed,
      { from: request.from, to: request.to },
      request.offset,
      request.first,
      NEIGHBOR_GROUP_LIMITS.scanCap,
    );
    const { slice } = await sliceOf(
      tx,
      [hub.eid, ...page.page],
      new Map([[hub.eid, hub.node]]),
      request.evidence,
    );
    const group: NeighborGroup = {
      id: request.group,
      ...parsed,
      count: page.total,
      shown: Math.min(page.total, request.offset + page.page.length),
    };
    return { ...slice, truncated: slice.truncated || page.capped, groups: [group] };
  });
}

export const neighborGroupRepository: NeighborGroupRepository = {
  groupedNeighborhood,
  groupPage,
};

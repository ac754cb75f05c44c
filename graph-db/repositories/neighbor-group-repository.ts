import {
  NODE_KINDS,
  RELATION_TYPES,
  type NeighborhoodDepth,
  type NodeKind,
} from '../../model/graph-model';
import {
  globalId,
  parseGlobalId,
  type GlobalId,
  type GraphSlice,
  type SliceNode,
} from '../../model/graph-slice';
import {
  NEIGHBOR_GROUP_LIMITS,
  foldGroups,
  groupFoldId,
  neighborGroupId,
  parseNeighborGroupId,
  shareBudget,
  type NeighborGroup,
} from '../../model/neighbor-groups';
import type { ManagedTransaction } from 'neo4j-driver';
import { readTransaction } from '../driver';
import { readSeeds, readSliceAmong } from '../queries/graph-slice.cypher';
import {
  readGroupPage,
  readHubGroups,
  type HubGroupRow,
  type HubGroups,
} from '../queries/neighbor-groups.cypher';
import { EDGES_PER_NODE } from './explore-repository';

/** Members already kept that a group's list may lead with. */
const KNOWN_SLACK = 10;

export interface GroupedNeighborhoodRequest {
  readonly seeds: readonly { readonly kind: NodeKind; readonly key: string }[];
  /** Most neighbours kept, all seeds together (the rest is grouped). */
  readonly top: number;
  /** False: edges carry their evidence count without the sentences. */
  readonly evidence?: boolean;
  /**
   * Hops (1 by default): each level groups the neighbours of the nodes the level before kept,
   * and `top` is shared evenly by the levels.
   */
  readonly depth?: NeighborhoodDepth;
  /** Most groups drawn on their own (NEIGHBOR_GROUP_LIMITS.maxGroups by default); the rest fold. */
  readonly maxGroups?: number;
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
   * Each seed with its neighbours: all of them when it has at most `threshold` neighbour links
   * (up to `wholeLinks` for all seeds), else its strongest share of `top` with the rest as
   * groups; deeper levels the same around the nodes kept (never whole). The strongest
   * `maxGroups` groups stand alone, the rest carry `folded`. Undefined when no seed exists.
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

/** A node whose neighbours a level of a grouped expansion reads. */
interface Hub {
  readonly eid: string;
  readonly id: GlobalId;
}

/**
 * Which hubs come whole: those with at most `wholeUpTo` links (and not capped), smallest first,
 * while their links together stay within `wholeLinks`. Linear after a sort of the hubs.
 */
function wholeHubs(
  links: readonly { readonly links: number; readonly capped: boolean }[],
  wholeUpTo: number,
  wholeLinks: number,
): boolean[] {
  const whole = links.map(() => false);
  const order = links
    .map((_, i) => i)
    .sort((a, b) => (links[a]?.links ?? 0) - (links[b]?.links ?? 0));
  let used = 0;
  for (const i of order) {
    const hub = links[i];
    if (hub === undefined || hub.capped || hub.links > wholeUpTo || used + hub.links > wholeLinks)
      continue;
    used += hub.links;
    whole[i] = true;
  }
  return whole;
}

/**
 * One level of a grouped expansion: around each hub of `frontier`, its strongest neighbours not
 * kept yet, within `budget` for the whole level (water-filled among the hubs, then among each
 * hub's groups), and a group for the rest. Hubs with at most `wholeUpTo` neighbour links come
 * whole, up to `wholeLinks` links in all. Adds what it keeps to `kept` and returns it as the
 * next level's hubs.
 */
async function groupLevel(
  tx: ManagedTransaction,
  frontier: readonly Hub[],
  kept: Set<string>,
  groups: NeighborGroup[],
  level: {
    readonly budget: number;
    readonly wholeUpTo: number;
    readonly wholeLinks: number;
    readonly scan: number;
  },
): Promise<{ next: Hub[]; capped: boolean }> {
  // Members already kept may lead a group's list without taking a place: room for a few.
  const perGroup = Math.max(level.budget, level.wholeUpTo) + Math.min(kept.size, KNOWN_SLACK);
  const byHub = await readHubGroups(
    tx,
    frontier.map((hub) => hub.eid),
    RELATION_TYPES,
    NODE_KINDS,
    perGroup,
    level.scan,
  );
  const fresh = (g: HubGroupRow) => g.top.filter((m) => !kept.has(m.eid));
  const wants = (around: HubGroups | undefined) =>
    (around?.groups ?? []).map((g) => g.total - (g.top.length - fresh(g).length));
  const whole = wholeHubs(
    frontier.map((hub) => {
      const around = byHub.get(hub.eid);
      return {
        links: (around?.groups ?? []).reduce((sum, g) => sum + g.total, 0),
        capped: around?.capped ?? false,
      };
    }),
    level.wholeUpTo,
    level.wholeLinks,
  );
  // Whole hubs take what they have; the others share the budget.
  const shares = shareBudget(
    frontier.map((hub, i) =>
      whole[i] === true ? 0 : wants(byHub.get(hub.eid)).reduce((sum, w) => sum + w, 0),
    ),
    level.budget,
  );
  const next: Hub[] = [];
  let capped = false;
  for (const [i, hub] of frontier.entries()) {
    const around = byHub.get(hub.eid);
    if (around === undefined) continue;
    capped ||= around.capped;
    const want = wants(around);
    const taken = whole[i] === true ? want : shareBudget(want, shares[i] ?? 0);
    around.groups.forEach((g, j) => {
      // `shown` is where opening the group goes on: the longest run of its strongest members
      // that are drawn (kept before, or taken now), so no member is skipped.
      let shown = 0;
      let take = taken[j] ?? 0;
      for (const member of g.top) {
        if (!kept.has(member.eid)) {
          if (take === 0) break;
          take -= 1;
          kept.add(member.eid);
          next.push({ eid: member.eid, id: globalId(g.kind, member.key) });
        }
        shown += 1;
      }
      if (shown >= g.total) return;
      groups.push({
        id: neighborGroupId(hub.id, g.relationType, g.direction, g.kind),
        hub: hub.id,
        relationType: g.relationType,
        direction: g.direction,
        kind: g.kind,
        count: g.total,
        shown,
      });
    });
  }
  return { next, capped };
}

async function groupedNeighborhood(
  request: GroupedNeighborhoodRequest,
): Promise<GraphSlice | undefined> {
  const { threshold, scanCap, maxIds, wholeLinks, maxGroups } = NEIGHBOR_GROUP_LIMITS;
  const depth = request.depth ?? 1;
  return readTransaction(async (tx) => {
    const seeds = await readSeeds(tx, request.seeds.slice(0, maxIds));
    if (seeds.length === 0) return undefined;
    const kept = new Set(seeds.map((seed) => seed.eid));
    const groups: NeighborGroup[] = [];
    const levels: number[] = [];
    let capped = false;
    let frontier: Hub[] = seeds.map((seed) => ({ eid: seed.eid, id: seed.node.id }));
    let left = request.top;
    for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
      const before = kept.size;
      const read = await groupLevel(tx, frontier, kept, groups, {
        // The budget left, shared evenly by the levels to come.
        budget: Math.floor(Math.max(left, 0) / (depth - level + 1)),
        // Only the seeds come whole: deeper, every hub keeps within its share.
        wholeUpTo: level === 1 ? threshold : 0,
        wholeLinks,
        // A level's hubs share one scan cap (a lone seed has all of it).
        scan: Math.max(threshold, Math.floor(scanCap / frontier.length)),
      });
      while (levels.length < groups.length) levels.push(level);
      capped ||= read.capped;
      left -= kept.size - before;
      frontier = read.next;
    }
    const { slice } = await sliceOf(
      tx,
      [...kept],
      new Map(seeds.map((seed) => [seed.eid, seed.node])),
      request.evidence,
    );
    const drawn = foldGroups(
      groups,
      levels,
      request.maxGroups ?? maxGroups,
      groupFoldId(
        seeds.map((seed) => seed.node.id),
        depth,
      ),
    );
    // No empty list: a slice without groups reads (and is stored) as any other slice.
    return {
      ...slice,
      truncated: slice.truncated || capped,
      ...(drawn.length > 0 ? { groups: drawn } : {}),
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

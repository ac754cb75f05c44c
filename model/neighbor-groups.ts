import { isNodeKind, isRelationType, type NodeKind, type RelationType } from './graph-model';
import { parseGlobalId, type GlobalId } from './graph-slice';
import { fnv1a } from './string-hash';

/**
 * A hub's neighbours grouped by relation type, direction and kind ("188 articles mention"): what
 * the API returns beside the strongest neighbours of a big neighbourhood, and what the explorer
 * draws as one aggregate node that opens on demand. Pure: client and server share it.
 */

/** Seen from the hub: `out` when the hub starts the relationships, `in` when it ends them. */
export type GroupDirection = 'out' | 'in';

export interface NeighborGroup {
  /** `group:<TYPE>:<out|in>:<Kind>:<hub global id>` (see {@link neighborGroupId}). */
  readonly id: string;
  readonly hub: GlobalId;
  readonly relationType: RelationType;
  readonly direction: GroupDirection;
  readonly kind: NodeKind;
  /** Distinct neighbours in the group (within the date window, when one is set). */
  readonly count: number;
  /** How many of them the slice holds: always the strongest ones of the group. */
  readonly shown: number;
  /**
   * Set when the read kept this group out of its strongest `maxGroups`: the id of the one
   * "N more groups" node ({@link groupFoldId}) the group is drawn in until it is opened.
   */
  readonly folded?: string;
}

/**
 * Bounds of grouped reads, in one place (docs/api.md and docs/explorer.md describe them).
 */
export const NEIGHBOR_GROUP_LIMITS = Object.freeze({
  /** A neighbourhood with more neighbour links than this is grouped. */
  threshold: 60,
  /** Neighbours a grouped neighbourhood keeps by default (all seeds together). */
  defaultTop: 40,
  /** Most neighbours one grouped neighbourhood may keep. */
  maxTop: 100,
  /** Most seeds a grouped neighbourhood takes (a box selection's Expand sends up to this many). */
  maxIds: 100,
  /**
   * Most neighbour links the seeds of one read bring whole, together (seeds of at most
   * `threshold` links each, smallest first); bigger or later seeds share the kept budget.
   */
  wholeLinks: 600,
  /**
   * Most groups one grouped read draws as nodes of their own (the nearest hops' first, then the
   * biggest); the rest fold into one "N more groups" node.
   */
  maxGroups: 20,
  /** Relationships read per hub (and per group page) at most: a hub's far tail is not scanned. */
  scanCap: 20_000,
  /** Members per page of an opened group. */
  pageSize: 25,
  /** Most pages of one group a view opens (pageSize × pages members at most). */
  maxPages: 40,
});

/**
 * Neighbours a grouped read of `depth` hops keeps: a hub's first view, or for a deeper expansion
 * the most a read may keep, shared by its hops.
 */
export function groupedTop(depth: number): number {
  return depth > 1 ? NEIGHBOR_GROUP_LIMITS.maxTop : NEIGHBOR_GROUP_LIMITS.defaultTop;
}

const PREFIX = 'group:';
const FOLD_PREFIX = `${PREFIX}more:`;

/**
 * The id of the "N more groups" node of a grouped read of `seeds` (global ids) at `depth`:
 * `group:more:<hash of the read>:<first seed>`, so each read has its own and the node hangs off
 * its first seed. No group id can be one (`more` is no relation type).
 */
export function groupFoldId(seeds: readonly GlobalId[], depth: number): string {
  const sorted = [...seeds].sort();
  const h = fnv1a(`${depth}|${sorted.join('|')}`);
  return `${FOLD_PREFIX}${h.toString(36)}:${sorted[0] ?? ''}`;
}

/** The seed a fold node hangs off; undefined for anything else. */
export function groupFoldAnchor(id: string): GlobalId | undefined {
  if (!id.startsWith(FOLD_PREFIX)) return undefined;
  const colon = id.indexOf(':', FOLD_PREFIX.length);
  const anchor = colon < 0 ? '' : id.slice(colon + 1);
  return parseGlobalId(anchor) === undefined ? undefined : anchor;
}

/**
 * The strongest `max` groups as they are, the rest marked `folded` into `foldId`: by hop (the
 * seeds' own groups first), then by size. `levels[i]` is the hop of `groups[i]`.
 */
export function foldGroups(
  groups: readonly NeighborGroup[],
  levels: readonly number[],
  max: number,
  foldId: string,
): NeighborGroup[] {
  if (groups.length <= max) return [...groups];
  const order = groups
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (levels[a] ?? 0) - (levels[b] ?? 0) ||
        (groups[b]?.count ?? 0) - (groups[a]?.count ?? 0) ||
        a - b,
    );
  const rank = new Map(order.map((i, r) => [i, r]));
  return groups.map((g, i) => ((rank.get(i) ?? 0) < max ? g : { ...g, folded: foldId }));
}

/** "86 more groups (5,120 neighbours)": the label of a fold node. */
export function groupFoldLabel(groups: number, members: number): string {
  const s = groups === 1 ? '' : 's';
  return `${groups} more group${s} (${members.toLocaleString('en')} neighbours)`;
}

/** The id of a group: unlike a global id it starts with `group:`, so no node can have it. */
export function neighborGroupId(
  hub: GlobalId,
  relationType: RelationType,
  direction: GroupDirection,
  kind: NodeKind,
): string {
  return `${PREFIX}${relationType}:${direction}:${kind}:${hub}`;
}

export function isNeighborGroupId(id: string): boolean {
  return id.startsWith(PREFIX);
}

/** The parts of a group id; undefined for anything {@link neighborGroupId} cannot produce. */
export function parseNeighborGroupId(id: string):
  | {
      readonly hub: GlobalId;
      readonly relationType: RelationType;
      readonly direction: GroupDirection;
      readonly kind: NodeKind;
    }
  | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  // Type, direction and kind hold no colon; the hub id is the rest, colons and all.
  const parts: string[] = [];
  let at = PREFIX.length;
  for (let i = 0; i < 3; i += 1) {
    const colon = id.indexOf(':', at);
    if (colon < 0) return undefined;
    parts.push(id.slice(at, colon));
    at = colon + 1;
  }
  const [relationType = '', direction = '', kind = ''] = parts;
  const hub = id.slice(at);
  if (!isRelationType(relationType) || !isNodeKind(kind)) return undefined;
  if (direction !== 'out' && direction !== 'in') return undefined;
  if (parseGlobalId(hub) === undefined) return undefined;
  return { hub, relationType, direction, kind };
}

const PLURALS: Readonly<Record<NodeKind, string>> = {
  Article: 'articles',
  Source: 'sources',
  Actor: 'actors',
  Event: 'cited events',
  Narrative: 'narratives',
};

/** What members do to the hub (`in`), and what the hub does to them (`out`). */
const VERBS: Readonly<Record<RelationType, { readonly in: string; readonly out: string }>> = {
  PUBLISHED_BY: { in: 'published by it', out: 'publish it' },
  MENTIONS: { in: 'mention', out: 'mentioned' },
  QUOTES: { in: 'quote', out: 'quoted' },
  ATTRIBUTES: { in: 'attribute words to', out: 'credited with its words' },
  CITES: { in: 'cite', out: 'cited' },
  INVOLVES: { in: 'involve', out: 'involved' },
  ADVANCES: { in: 'advance', out: 'advanced' },
  RELATED_TO: { in: 'list it as related', out: 'listed as related' },
  PART_OF: { in: 'part of it', out: 'it is part of' },
  CITES_SOURCE: { in: 'cite', out: 'cited' },
  SAME_AS: { in: 'the same as it', out: 'the same as it' },
  REUSES: { in: 'reuse its text', out: 'whose text it reuses' },
};

/**
 * The aggregate node's label for `rest` members not drawn yet: "188 articles mention", or
 * "148 more articles mention" once some are drawn.
 */
export function neighborGroupLabel(group: NeighborGroup, rest: number): string {
  const more = rest < group.count ? 'more ' : '';
  return `${rest} ${more}${PLURALS[group.kind]} ${VERBS[group.relationType][group.direction]}`;
}

/**
 * Shares `budget` among groups of the given sizes: each gets an equal share, and what a small
 * group cannot use goes to the others (water filling), so one big group of articles does not
 * crowd out every event and actor. Linear in the number of groups times the rounds (at most
 * their number).
 */
export function shareBudget(sizes: readonly number[], budget: number): number[] {
  const out = sizes.map(() => 0);
  let left = Math.max(0, Math.floor(budget));
  let open = sizes.map((_, i) => i).filter((i) => (sizes[i] ?? 0) > 0);
  while (left > 0 && open.length > 0) {
    const share = Math.max(1, Math.floor(left / open.length));
    const still: number[] = [];
    for (const i of open) {
      if (left === 0) break;
      const want = (sizes[i] ?? 0) - (out[i] ?? 0);
      const give = Math.min(share, want, left);
      out[i] = (out[i] ?? 0) + give;
      left -= give;
      if (give < want) still.push(i);
    }
    open = still;
  }
  return out;
}

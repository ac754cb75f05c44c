import type { ManagedTransaction } from 'neo4j-driver';
import type { PathHops, RelationType } from '../../model/graph-model';
import type { PathRow } from '../queries/graph-slice.cypher';
import { readPathLevel, type LevelRequest, type LevelRow } from '../queries/path-search.cypher';

/**
 * The paths search: a bidirectional breadth-first search driven from here, one statement per
 * level of one side (docs/explorer.md, "How paths are found", explains it for users). Each side
 * remembers, per node reached, its depth and a few ways into it; a node both sides reached is a
 * meeting point, and the paths through it are read back from those ways. Hubs are never expanded
 * (but still meet), each level reads a bounded number of relationships, so a search reads at most
 * `maxHops` levels of that size whatever the graph.
 */

export interface PathSearchBounds {
  /** Nodes with more relationships (of the types followed) are not expanded unless they are an end. */
  readonly hubDegree: number;
  /** Relationships one level reads at most (the degrees of the nodes it expands, summed). */
  readonly levelBudget: number;
  /** Relationships read from an end at most. */
  readonly scanCap: number;
  /** Ways into a node remembered per side. */
  readonly parentCap: number;
  /** Routes from an end to one node combined per side. */
  readonly chainCap: number;
  /** Paths read back from the meeting points at most. */
  readonly candidateCap: number;
}

/** A path found, with what ranks it among paths of its length. */
export interface CandidatePath extends PathRow {
  /** Summed degrees of its intermediate nodes: lower is a more specific link. */
  readonly score: number;
}

type Ways = readonly (readonly [parent: string, relationship: string])[];

/** One side of the search: everything it reached from its end, level by level. */
class Side {
  readonly depth = new Map<string, number>();
  readonly ways = new Map<string, Ways>();
  /** Node ids by depth; the last level is the next to expand. */
  readonly levels: string[][];

  constructor(readonly end: string) {
    this.depth.set(end, 0);
    this.levels = [[end]];
  }

  get reached(): number {
    return this.levels.length - 1;
  }
}

/** Which nodes of a side's last level the next level expands, and what that reads. */
interface Plan {
  readonly side: Side;
  readonly other: Side;
  readonly expand: string[];
  /** Relationships the whole expandable level has (hubs left out); sides are compared by it. */
  readonly cost: number;
  /** Hubs of the level, left out. */
  readonly hubs: number;
  /** The level budget left nodes out, or an end will be read only in part. */
  readonly overBudget: boolean;
}

/** The next statement of a search: which side it grows and the level it reads. */
export interface PathStep {
  readonly side: 'from' | 'to';
  readonly level: LevelRequest;
  readonly cut: boolean;
}

interface Chain {
  readonly nodes: readonly string[];
  readonly rels: readonly string[];
}

/** The answer of a search so far: picked paths and whether others were passed over or missed. */
export interface PathSelection {
  readonly rows: readonly CandidatePath[];
  /** A route sharing intermediate nodes with a picked one was left out. */
  readonly passedOver: boolean;
  /** A bound cut the search: some paths within the hop bound may not have been seen. */
  readonly cut: boolean;
}

export class PathSearch {
  private readonly from: Side;
  private readonly to: Side;
  private readonly degrees = new Map<string, number>();
  private cut = false;
  private readonly near: readonly CandidatePath[];
  /** {@link select}'s picks since the last level, and whether the candidates were capped. */
  private selection: (Omit<PathSelection, 'cut'> & { capped: boolean }) | undefined;
  /** The other side's last hop, when both sides take one. */
  private pending: PathStep | undefined;

  constructor(
    ends: {
      readonly from: { id: string; degree: number };
      readonly to: { id: string; degree: number };
      /**
       * Paths found before the search (the ends' nearest, read beyond the cap on an end's
       * relationships): a side that met the other end first keeps only that way to it.
       */
      readonly near: readonly CandidatePath[];
    },
    private readonly maxHops: PathHops,
    /** Paths wanted: the search stops once it has this many. */
    private readonly want: number,
    private readonly bounds: PathSearchBounds,
  ) {
    this.near = ends.near;
    this.from = new Side(ends.from.id);
    this.to = new Side(ends.to.id);
    this.degrees.set(ends.from.id, ends.from.degree);
    this.degrees.set(ends.to.id, ends.to.degree);
  }

  private degree(id: string): number {
    return this.degrees.get(id) ?? 0;
  }

  private plan(side: Side, other: Side): Plan {
    const { hubDegree, levelBudget, scanCap } = this.bounds;
    const last = side.levels[side.reached] ?? [];
    // A path never passes through an end, so the other end is not expanded.
    const open = last.filter((id) => id !== other.end);
    const expandable = open
      .filter((id) => id === side.end || this.degree(id) <= hubDegree)
      .sort((a, b) => this.degree(a) - this.degree(b) || (a < b ? -1 : 1));
    const reads = (id: string) => Math.min(this.degree(id), scanCap);
    const expand: string[] = [];
    let cost = 0;
    let used = 0;
    for (const id of expandable) {
      cost += reads(id);
      if (used + reads(id) > levelBudget) continue;
      used += reads(id);
      expand.push(id);
    }
    return {
      side,
      other,
      expand,
      cost,
      hubs: open.length - expandable.length,
      overBudget:
        expand.length < expandable.length ||
        (expand.includes(side.end) && this.degree(side.end) > scanCap),
    };
  }

  private step(plan: Plan, final: boolean, targets: readonly string[] | null): PathStep {
    const { side } = plan;
    return {
      side: side === this.from ? 'from' : 'to',
      level: {
        frontier: plan.expand,
        targets,
        scanCap: this.bounds.scanCap,
        parentCap: this.bounds.parentCap,
      },
      // Hubs left out of the last hop still meet the other side, which the last hop grows.
      cut: plan.overBudget || (!final && plan.hubs > 0),
    };
  }

  /** The next level to read, or undefined when the search is over. */
  next(): PathStep | undefined {
    if (this.select().rows.length >= this.want) return undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) return pending;
    const hopsLeft = this.maxHops - this.from.reached - this.to.reached;
    if (hopsLeft <= 0) return undefined;
    const plans = [this.plan(this.from, this.to), this.plan(this.to, this.from)];
    const open = plans.filter((plan) => plan.expand.length > 0);
    if (open.length === 0) {
      // Nothing left to expand but hubs (or nothing at all): paths through them may be missed.
      this.cut ||= plans.some((plan) => plan.hubs > 0 || plan.overBudget);
      return undefined;
    }
    const cheapest = open.reduce((best, plan) => (plan.cost < best.cost ? plan : best));
    if (hopsLeft > 1) return this.step(cheapest, false, null);
    // The last hop keeps only nodes the other side reached (all within the hop bound). Hubs are
    // reached but not expanded, so it grows the side without them toward them; both sides when
    // both have hubs (each toward what the other had reached before).
    // Nodes nearer the other end than its last level would make a path shorter than the ones
    // already met, unless reached only through a hub, which that side did not expand.
    // An end read only in part is such a node too: its first level is a sample.
    const partial = (side: Side) => this.degree(side.end) > this.bounds.scanCap;
    const targets = (plan: Plan) => {
      const { other } = plan;
      const hubs = [...other.depth.keys()].filter((id) => this.degree(id) > this.bounds.hubDegree);
      const end = partial(other) ? [other.end] : [];
      return [...new Set([...(other.levels[other.reached] ?? []), ...hubs, ...end])];
    };
    const hubsAt = new Map(plans.map((plan) => [plan.side, plan.hubs > 0 || partial(plan.side)]));
    const towardHubs = open.filter((plan) => hubsAt.get(plan.other) === true);
    const chosen = towardHubs.length === 0 ? [cheapest] : towardHubs;
    const [first, second] = chosen.map((plan) => this.step(plan, true, targets(plan)));
    this.pending = second;
    return first;
  }

  /** Takes in the level a step read. */
  absorb(step: PathStep, rows: readonly LevelRow[]): void {
    this.absorbInto(step.side === 'from' ? this.from : this.to, rows, step.cut);
  }

  /** Takes in both ends' first levels, read with the ends. */
  absorbEnds(levels: { readonly from: readonly LevelRow[]; readonly to: readonly LevelRow[] }) {
    for (const [side, rows] of [
      [this.from, levels.from],
      [this.to, levels.to],
    ] as const) {
      this.absorbInto(side, rows, this.degree(side.end) > this.bounds.scanCap);
    }
  }

  private absorbInto(side: Side, rows: readonly LevelRow[], cut: boolean): void {
    const depth = side.reached + 1;
    const level: string[] = [];
    for (const row of rows) {
      if (side.depth.has(row.id)) continue;
      side.depth.set(row.id, depth);
      this.degrees.set(row.id, row.degree);
      level.push(row.id);
    }
    for (const row of rows) {
      if (side.depth.get(row.id) !== depth) continue;
      // Through the least connected parents first: the more specific link.
      side.ways.set(
        row.id,
        [...row.via].sort(
          ([a], [b]) => this.degree(a) - this.degree(b) || (a < b ? -1 : a > b ? 1 : 0),
        ),
      );
    }
    side.levels.push(level);
    this.cut ||= cut;
    this.selection = undefined;
  }

  /** Routes from the side's end to `id`, through the ways remembered, at most `chainCap`. */
  private chains(side: Side, id: string, memo: Map<string, Chain[]>): Chain[] {
    if (id === side.end) return [{ nodes: [id], rels: [] }];
    const known = memo.get(id);
    if (known) return known;
    const found: Chain[] = [];
    for (const [parent, rel] of side.ways.get(id) ?? []) {
      for (const chain of this.chains(side, parent, memo)) {
        if (found.length >= this.bounds.chainCap) break;
        found.push({ nodes: [...chain.nodes, id], rels: [...chain.rels, rel] });
      }
    }
    memo.set(id, found);
    return found;
  }

  /**
   * Paths through the meeting points, shortest first, then through the least connected
   * intermediate nodes; each path once, none visiting a node twice.
   */
  candidates(): { paths: CandidatePath[]; capped: boolean } {
    const [few, many] =
      this.from.depth.size <= this.to.depth.size ? [this.from, this.to] : [this.to, this.from];
    const meetings: { id: string; length: number }[] = [];
    for (const [id, depth] of few.depth) {
      const there = many.depth.get(id);
      if (there !== undefined && depth + there <= this.maxHops)
        meetings.push({ id, length: depth + there });
    }
    meetings.sort(
      (a, b) =>
        a.length - b.length || this.degree(a.id) - this.degree(b.id) || (a.id < b.id ? -1 : 1),
    );
    const memoFrom = new Map<string, Chain[]>();
    const memoTo = new Map<string, Chain[]>();
    const seen = new Set(this.near.map((path) => path.relIds.join('|')));
    const paths: CandidatePath[] = [...this.near];
    let capped = false;
    for (const { id } of meetings) {
      if (capped) break;
      const back = this.chains(this.to, id, memoTo);
      for (const head of this.chains(this.from, id, memoFrom)) {
        if (capped) break;
        for (const tail of back) {
          const nodeIds = [...head.nodes, ...tail.nodes.slice(0, -1).reverse()];
          if (new Set(nodeIds).size !== nodeIds.length) continue;
          const relIds = [...head.rels, ...[...tail.rels].reverse()];
          const key = relIds.join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          const score = nodeIds.slice(1, -1).reduce((sum, node) => sum + this.degree(node), 0);
          paths.push({ nodeIds, relIds, score });
          if (paths.length >= this.bounds.candidateCap) {
            capped = true;
            break;
          }
        }
      }
    }
    paths.sort(
      (a, b) =>
        a.relIds.length - b.relIds.length ||
        a.score - b.score ||
        (a.nodeIds.join('|') < b.nodeIds.join('|') ? -1 : 1),
    );
    return { paths, capped };
  }

  /** The paths to answer with so far ({@link selectPaths} over {@link candidates}). */
  select(): PathSelection {
    if (!this.selection) {
      const { paths, capped } = this.candidates();
      this.selection = { ...selectPaths(paths, this.want), capped };
    }
    const { rows, passedOver, capped } = this.selection;
    return { rows, passedOver, cut: this.cut || capped };
  }
}

/**
 * Every shortest path first (up to `want`), then longer ones that share no intermediate node with
 * any path picked before them, so each is a different route rather than a detour around an
 * earlier one. `candidates` are ranked (shortest first).
 */
export function selectPaths(
  candidates: readonly CandidatePath[],
  want: number,
): { rows: CandidatePath[]; passedOver: boolean } {
  const rows: CandidatePath[] = [];
  const used = new Set<string>();
  const shortest = candidates[0]?.relIds.length;
  let passedOver = false;
  for (const path of candidates) {
    if (rows.length >= want) break;
    const inner = path.nodeIds.slice(1, -1);
    if (path.relIds.length !== shortest && inner.some((id) => used.has(id))) {
      passedOver = true;
      continue;
    }
    rows.push(path);
    for (const id of inner) used.add(id);
  }
  return { rows, passedOver };
}

/** Runs a search to its end in `tx`, reading one level per statement. */
export async function runPathSearch(
  tx: ManagedTransaction,
  search: PathSearch,
  types: readonly RelationType[],
): Promise<PathSelection> {
  for (let step = search.next(); step !== undefined; step = search.next()) {
    search.absorb(step, await readPathLevel(tx, types, step.level));
  }
  return search.select();
}

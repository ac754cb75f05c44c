import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_KINDS, type NodeKind, type RelationType } from '../../model/graph-model';
import type { GroupDirection } from '../../model/neighbor-groups';
import { int, toNumber, toStringValue } from '../neo4j-values';
import { relationAlternation } from './graph-slice.cypher';

/**
 * Reads behind grouped neighbourhoods: a hub's neighbours by (relation type, direction, kind)
 * with each group's size and strongest members, and one page of a group's members. Strongest
 * means the heaviest link (a MENTIONS count, else 1), then the most recent (articles and events),
 * then the key. Labels and types come from the allow-lists; every value is a parameter.
 */

/** A kind test from the NODE_KINDS allow-list, e.g. `(m:Article OR m:Event)`. */
function kindTest(v: string, kinds: readonly NodeKind[]): string {
  const valid = NODE_KINDS.filter((kind) => kinds.includes(kind));
  return valid.length === 0 ? 'false' : `(${valid.map((kind) => `${v}:${kind}`).join(' OR ')})`;
}

/** The node's kind as a string, from the allow-list. */
const KIND_OF_M = `CASE ${NODE_KINDS.map((kind) => `WHEN m:${kind} THEN '${kind}'`).join(' ')} END`;

const WEIGHT = "CASE WHEN type(r) = 'MENTIONS' THEN coalesce(r.count, 1) ELSE 1 END";

/** Strongest first; undated members after dated ones, the key last so pages are stable. */
const STRONGEST_FIRST = 'ORDER BY w DESC, date IS NULL, date DESC, m.key';

/**
 * Groups around each hub of `$hubs` (element ids): one row per (hub, type, direction, kind) with
 * its distinct member count and its strongest `$perGroup` members as `[element id, weight, key]`.
 * At most `$scanCap` relationships are read per hub.
 */
export function hubGroupsCypher(
  types: readonly RelationType[],
  kinds: readonly NodeKind[],
): string {
  return `
UNWIND $hubs AS hub
MATCH (h) WHERE elementId(h) = hub
CALL (h) {
  MATCH (h)-[r:${relationAlternation(types)}]-(m)
  WHERE m <> h AND ${kindTest('m', kinds)}
  WITH h, r, m LIMIT $scanCap
  RETURN type(r) AS type, startNode(r) = h AS out, m, max(${WEIGHT}) AS w, count(*) AS links
}
WITH hub, type, out, m, w, links, CASE WHEN m:Article OR m:Event THEN m.date ELSE null END AS date
${STRONGEST_FIRST}
WITH hub, type, out, ${KIND_OF_M} AS kind, collect([elementId(m), w, m.key])[0..$perGroup] AS top,
     count(*) AS total, sum(links) AS links
RETURN hub, type, out, kind, total, top, links`;
}

export interface HubGroupRow {
  readonly relationType: RelationType;
  readonly direction: GroupDirection;
  readonly kind: NodeKind;
  readonly total: number;
  /** The strongest members, strongest first: element ids with their key and link weight. */
  readonly top: readonly { readonly eid: string; readonly key: string; readonly weight: number }[];
}

export interface HubGroups {
  readonly groups: readonly HubGroupRow[];
  /** The scan cap was reached: counts are lower bounds. */
  readonly capped: boolean;
}

/**
 * The groups around each hub (element ids), largest first, by hub; a hub without neighbours
 * (or unknown) has none. One statement for a whole level of a grouped expansion.
 */
export async function readHubGroups(
  tx: ManagedTransaction,
  hubs: readonly string[],
  types: readonly RelationType[],
  kinds: readonly NodeKind[],
  perGroup: number,
  scanCap: number,
): Promise<ReadonlyMap<string, HubGroups>> {
  const result = await tx.run(hubGroupsCypher(types, kinds), {
    hubs: [...hubs],
    perGroup: int(perGroup),
    scanCap: int(scanCap),
  });
  const byHub = new Map<string, { groups: HubGroupRow[]; links: number }>();
  for (const record of result.records) {
    const hub = toStringValue(record.get('hub'));
    const entry = byHub.get(hub) ?? { groups: [], links: 0 };
    byHub.set(hub, entry);
    entry.links += toNumber(record.get('links'));
    entry.groups.push({
      relationType: toStringValue(record.get('type')) as RelationType,
      direction: record.get('out') === true ? 'out' : 'in',
      kind: toStringValue(record.get('kind')) as NodeKind,
      total: toNumber(record.get('total')),
      top: (record.get('top') as [unknown, unknown, unknown][]).map(([eid, weight, key]) => ({
        eid: toStringValue(eid),
        key: toStringValue(key),
        weight: toNumber(weight),
      })),
    });
  }
  const out = new Map<string, HubGroups>();
  for (const [hub, { groups, links }] of byHub) {
    groups.sort(
      (a, b) =>
        b.total - a.total ||
        a.relationType.localeCompare(b.relationType) ||
        a.kind.localeCompare(b.kind) ||
        a.direction.localeCompare(b.direction),
    );
    out.set(hub, { groups, capped: links >= scanCap });
  }
  return out;
}

/**
 * One page of a group's members, strongest first: `$first` element ids from `$offset`, with the
 * group's member count (articles published within `$from`..`$to` when set). The relationship
 * type, direction and member kind are literals from the allow-lists.
 */
export function groupPageCypher(
  relationType: RelationType,
  direction: GroupDirection,
  kind: NodeKind,
  dated: { readonly from: boolean; readonly to: boolean },
): string {
  if (!NODE_KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
  const link = `[r:${relationAlternation([relationType])}]`;
  const pattern = direction === 'out' ? `(h)-${link}->(m:${kind})` : `(h)<-${link}-(m:${kind})`;
  const window: string[] = [];
  // Publication dates, as the explorer's date filter reads them: cited events keep their own clock.
  if (dated.from) window.push('left(toString(m.date), 10) >= $from');
  if (dated.to) window.push('left(toString(m.date), 10) <= $to');
  const windowTest = window.length === 0 || kind !== 'Article' ? '' : `AND ${window.join(' AND ')}`;
  return `
MATCH (h) WHERE elementId(h) = $hub
CALL (h) {
  MATCH ${pattern}
  WHERE m <> h ${windowTest}
  WITH r, m LIMIT $scanCap
  RETURN m, max(${WEIGHT}) AS w, count(*) AS links
}
WITH m, w, links, CASE WHEN m:Article OR m:Event THEN m.date ELSE null END AS date
${STRONGEST_FIRST}
WITH collect(elementId(m)) AS ids, sum(links) AS links
RETURN size(ids) AS total, ids[$offset..($offset + $first)] AS page, links`;
}

export interface GroupPage {
  readonly total: number;
  /** Element ids of the page's members, strongest first. */
  readonly page: readonly string[];
  readonly capped: boolean;
}

/** One page of a group's members around the hub (element id). */
export async function readGroupPage(
  tx: ManagedTransaction,
  hub: string,
  group: { relationType: RelationType; direction: GroupDirection; kind: NodeKind },
  window: { readonly from: string | null; readonly to: string | null },
  offset: number,
  first: number,
  scanCap: number,
): Promise<GroupPage> {
  const result = await tx.run(
    groupPageCypher(group.relationType, group.direction, group.kind, {
      from: window.from !== null,
      to: window.to !== null,
    }),
    {
      hub,
      from: window.from,
      to: window.to,
      offset: int(offset),
      first: int(first),
      scanCap: int(scanCap),
    },
  );
  const record = result.records[0];
  if (record === undefined) return { total: 0, page: [], capped: false };
  return {
    total: toNumber(record.get('total')),
    page: (record.get('page') as unknown[]).map(toStringValue),
    capped: toNumber(record.get('links')) >= scanCap,
  };
}

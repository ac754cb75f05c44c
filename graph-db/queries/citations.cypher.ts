import type { ManagedTransaction } from 'neo4j-driver';
import { outletOfSource } from '@/ingest/gazetteer/source-outlets';
import { sourceKey } from '@/ingest/keys';
import { int, toNumber, toStringValue } from '../neo4j-values';
import { FIXED_PLAN } from './fixed-plan';
import { evidenceProperties } from './evidence-sentence';
import { nodeProjection, toEvidenceRow, toNodeRow, toNodeRowOf } from './node-rows';
import type {
  CitationFilters,
  LinkScope,
  CitationLinkRow,
  DayCountRow,
  OutletIdentity,
  CitationEvidenceRow,
  LinkRef,
} from '../../model/citations';

/**
 * The citation network: `(:Article)-[:CITES_SOURCE {how, stance, evidence}]->(:Actor)` edges,
 * and the identity of an outlet that both publishes here and is cited,
 * `(:Source)-[:SAME_AS]->(:Actor)`. In the network such an outlet is one node, its Source.
 */

/** Extractor name of the SAME_AS evidence: the link comes from our outlet list, not from a text. */
export const SAME_AS_EXTRACTOR = 'identity/outlet-list';

/**
 * Links sources to the outlet actor they are. The actor is created as a placeholder when no
 * article named it yet, so citing it later finds the same node whichever comes first.
 */
export const LINK_SOURCE_OUTLETS_CYPHER = `${FIXED_PLAN}
UNWIND $rows AS row
MATCH (s:Source {key: row.sourceKey})
MERGE (x:Actor {key: row.outletKey})
ON CREATE SET x.name = row.outletName, x.kind = 'outlet', x.aliases = row.aliases,
              x.aliasText = reduce(text = '', alias IN row.aliases | text + ' ' + alias), x.placeholder = true
MERGE (s)-[l:SAME_AS]->(x)
ON CREATE SET l.sentence = row.sentence, l.start = 0, l.end = 0, l.extractor = '${SAME_AS_EXTRACTOR}',
              l.confidence = 1.0
`;

export interface SourceOutletRow {
  readonly sourceKey: string;
  readonly outletKey: string;
  readonly outletName: string;
  readonly aliases: readonly string[];
  readonly sentence: string;
}

/** LINK_SOURCE_OUTLETS_CYPHER rows for the given source names (one per source that is an outlet). */
export function sourceOutletRows(sourceNames: Iterable<string>): SourceOutletRow[] {
  const rows = new Map<string, SourceOutletRow>();
  for (const name of sourceNames) {
    const key = sourceKey(name);
    if (rows.has(key)) continue;
    const outlet = outletOfSource(name);
    if (!outlet) continue;
    rows.set(key, {
      sourceKey: key,
      outletKey: outlet.key,
      outletName: outlet.name,
      aliases: outlet.aliases,
      sentence: `Source ${name} is the outlet ${outlet.name}`,
    });
  }
  return [...rows.values()];
}

/** Links every stored source that is a listed outlet (the writer does it for new ones). */
export async function linkStoredSources(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run('MATCH (s:Source) RETURN s.name AS name');
  const rows = sourceOutletRows(result.records.map((r) => toStringValue(r.get('name'))));
  if (rows.length > 0) await tx.run(LINK_SOURCE_OUTLETS_CYPHER, { rows });
  return rows.length;
}

// ---- reads ------------------------------------------------------------------------------------

/** Conditions on `a` (article) and `c` (CITES_SOURCE) of the filters; all parameters. */
const FILTER_CONDITIONS = `($from IS NULL OR a.date >= $from) AND ($to IS NULL OR a.date <= $to)
  AND ($stances IS NULL OR c.stance IN $stances)
  AND ($sections IS NULL OR any(section IN coalesce(a.sections, []) WHERE section IN $sections))
  AND ($sources IS NULL OR s.key IN $sources)
  AND ($citing IS NULL OR s.key IN $citing)
  AND ($cited IS NULL OR x.key IN $cited)`;

/**
 * Links (citing source, cited outlet) with their counts. Aggregated per cited actor first, then
 * the actor is replaced by the Source it is the same as (the lowest key if several), so KCNA cited
 * and KCNA publishing are one node. Each actor has at most one canonical node, so no link splits.
 */
const LINKS_CYPHER = `
MATCH (s:Source)<-[:PUBLISHED_BY]-(a:Article)-[c:CITES_SOURCE]->(x:Actor)
WHERE ${FILTER_CONDITIONS}
WITH s, x, c.stance AS stance, count(*) AS n, min(a.date) AS first, max(a.date) AS last
WITH s, x, sum(n) AS count, min(first) AS firstDate, max(last) AS lastDate,
     collect({stance: stance, count: n}) AS stances
WHERE count >= $minCount`;

export const CITATION_LINKS_PAGE_CYPHER = `${LINKS_CYPHER}
CALL (x) {
  OPTIONAL MATCH (xs:Source)-[:SAME_AS]->(x)
  RETURN xs ORDER BY xs.key LIMIT 1
}
WITH s, x, coalesce(xs, x) AS cited, count, firstDate, lastDate, stances
ORDER BY count DESC, s.key, cited.key
SKIP $skip LIMIT $limit
RETURN ${nodeProjection('s')} AS citing, ${nodeProjection('cited')} AS cited, x.key AS citedActorKey,
       count, firstDate, lastDate, stances`;

export const CITATION_LINKS_COUNT_CYPHER = `${LINKS_CYPHER}
RETURN count(*) AS total`;

function filterParams(filters: CitationFilters, scope: LinkScope) {
  return {
    from: filters.from,
    to: filters.to,
    stances: filters.stances,
    sections: filters.sections,
    sources: filters.sourceKeys,
    citing: scope.citingKeys ?? null,
    cited: scope.citedActorKeys ?? null,
  };
}

function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : toStringValue(value);
}

/** A page of links, most citations first. */
export async function readCitationLinks(
  tx: ManagedTransaction,
  filters: CitationFilters,
  scope: LinkScope,
  minCount: number,
  skip: number,
  limit: number,
): Promise<CitationLinkRow[]> {
  const result = await tx.run(CITATION_LINKS_PAGE_CYPHER, {
    ...filterParams(filters, scope),
    minCount: int(minCount),
    skip: int(skip),
    limit: int(limit),
  });
  return result.records.map((record) => {
    const cited = toNodeRow(record.get('cited'));
    if (cited?.kind !== 'Source' && cited?.kind !== 'Actor')
      throw new Error('a cited outlet is neither a Source nor an Actor');
    const stances = (record.get('stances') as { stance: unknown; count: unknown }[])
      .map((s) => ({ stance: toStringValue(s.stance), count: toNumber(s.count) }))
      .sort((a, b) => b.count - a.count || a.stance.localeCompare(b.stance));
    return {
      citing: toNodeRowOf(record.get('citing'), 'Source'),
      cited,
      citedActorKey: toStringValue(record.get('citedActorKey')),
      count: toNumber(record.get('count')),
      firstDate: nullableString(record.get('firstDate')),
      lastDate: nullableString(record.get('lastDate')),
      stances,
    };
  });
}

/** Number of links. */
export async function readCitationLinkCount(
  tx: ManagedTransaction,
  filters: CitationFilters,
  scope: LinkScope,
  minCount: number,
): Promise<number> {
  const result = await tx.run(CITATION_LINKS_COUNT_CYPHER, {
    ...filterParams(filters, scope),
    minCount: int(minCount),
  });
  return toNumber(result.records[0]?.get('total'));
}

/** Citations per publication day of the citing articles (undated ones left out). */
export const CITATION_DAYS_CYPHER = `
MATCH (s:Source)<-[:PUBLISHED_BY]-(a:Article)-[c:CITES_SOURCE]->(x:Actor)
WHERE a.date IS NOT NULL AND ${FILTER_CONDITIONS}
RETURN a.date AS date, count(*) AS count ORDER BY date`;

export async function readCitationDays(
  tx: ManagedTransaction,
  filters: CitationFilters,
  scope: LinkScope,
): Promise<DayCountRow[]> {
  const result = await tx.run(CITATION_DAYS_CYPHER, filterParams(filters, scope));
  return result.records.map((record) => ({
    date: toStringValue(record.get('date')),
    count: toNumber(record.get('count')),
  }));
}

/** The actor keys the given outlets are cited as (a Source through SAME_AS, an Actor itself). */
export const CITED_ACTOR_KEYS_CYPHER = `
UNWIND $refs AS ref
CALL (ref) {
  MATCH (:Source {key: ref.key})-[:SAME_AS]->(x:Actor) WHERE ref.kind = 'Source' RETURN x.key AS key
  UNION
  MATCH (x:Actor {key: ref.key}) WHERE ref.kind = 'Actor' RETURN x.key AS key
}
RETURN collect(DISTINCT key) AS keys`;

export async function readCitedActorKeys(
  tx: ManagedTransaction,
  refs: readonly { readonly kind: 'Source' | 'Actor'; readonly key: string }[],
): Promise<string[]> {
  const result = await tx.run(CITED_ACTOR_KEYS_CYPHER, { refs });
  return ((result.records[0]?.get('keys') as unknown[] | undefined) ?? []).map(toStringValue);
}

/**
 * The actor keys of an outlet's identity: a Source's SAME_AS actors, or the actor itself. `cites`
 * of an actor is read through the Source it is the same as.
 */
export const OUTLET_IDENTITY_CYPHER = `
CALL () {
  MATCH (s:Source {key: $sourceKey})-[:SAME_AS]->(x:Actor) RETURN s.key AS sourceKey, x.key AS actorKey
  UNION
  MATCH (x:Actor {key: $actorKey}) OPTIONAL MATCH (s:Source)-[:SAME_AS]->(x)
  RETURN s.key AS sourceKey, x.key AS actorKey
}
RETURN collect(DISTINCT sourceKey) AS sourceKeys, collect(DISTINCT actorKey) AS actorKeys`;

export async function readOutletIdentity(
  tx: ManagedTransaction,
  outlet: { readonly kind: 'Source' | 'Actor'; readonly key: string },
): Promise<OutletIdentity> {
  const result = await tx.run(OUTLET_IDENTITY_CYPHER, {
    sourceKey: outlet.kind === 'Source' ? outlet.key : null,
    actorKey: outlet.kind === 'Actor' ? outlet.key : null,
  });
  const record = result.records[0];
  const list = (name: string) =>
    ((record?.get(name) as unknown[] | undefined) ?? []).map(toStringValue);
  const sourceKeys = list('sourceKeys');
  return {
    sourceKeys: outlet.kind === 'Source' ? [outlet.key] : sourceKeys,
    actorKeys: list('actorKeys'),
  };
}

/** The citations behind one link, oldest article first. */
export const LINK_EVIDENCE_PAGE_CYPHER = `
MATCH (s:Source {key: $citingKey})<-[:PUBLISHED_BY]-(a:Article)-[c:CITES_SOURCE]->(x:Actor {key: $actor})
WHERE ${FILTER_CONDITIONS}
WITH a, c ORDER BY a.date, a.key, c.start SKIP $skip LIMIT $limit
RETURN ${nodeProjection('a')} AS article, ${evidenceProperties('c')} AS props`;

export const LINK_EVIDENCE_COUNT_CYPHER = `
MATCH (s:Source {key: $citingKey})<-[:PUBLISHED_BY]-(a:Article)-[c:CITES_SOURCE]->(x:Actor {key: $actor})
WHERE ${FILTER_CONDITIONS}
RETURN count(c) AS total`;

function evidenceParams(link: LinkRef) {
  return {
    ...filterParams(link.filters, {}),
    citingKey: link.citingKey,
    actor: link.citedActorKey,
  };
}

export async function readLinkEvidence(
  tx: ManagedTransaction,
  link: LinkRef,
  skip: number,
  limit: number,
): Promise<CitationEvidenceRow[]> {
  const result = await tx.run(LINK_EVIDENCE_PAGE_CYPHER, {
    ...evidenceParams(link),
    skip: int(skip),
    limit: int(limit),
  });
  return result.records.map((record) => {
    const article = toNodeRowOf(record.get('article'), 'Article');
    const props = (record.get('props') ?? {}) as Record<string, unknown>;
    return {
      article,
      how: toStringValue(props.how),
      stance: toStringValue(props.stance),
      evidence: toEvidenceRow(props, article.key),
    };
  });
}

export async function readLinkEvidenceCount(
  tx: ManagedTransaction,
  link: LinkRef,
): Promise<number> {
  const result = await tx.run(LINK_EVIDENCE_COUNT_CYPHER, evidenceParams(link));
  return toNumber(result.records[0]?.get('total'));
}

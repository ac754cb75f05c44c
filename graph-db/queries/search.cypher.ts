import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeKind } from '../../model/graph-model';
import { int, toNumber } from '../neo4j-values';
import { nodeProjection, toNodeRow } from './node-rows';
import { type NodeRow } from '../../model/node-rows';

/** Full-text search over the `search_entities` index (see migrations 009). */

/** A transaction or an auto-commit session: each read here is one statement. */
type StatementRunner = Pick<ManagedTransaction, 'run'>;

export interface SearchFilters {
  /** Keep only these kinds; null keeps all. */
  readonly kinds: readonly NodeKind[] | null;
  /** Keep only articles published by these source keys; other kinds are unaffected. */
  readonly sourceKeys: readonly string[] | null;
  /** Inclusive date bounds on articles and events. */
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Conditions on a hit `n`, written only for the filters that are set: an unfiltered search (the
 * type-ahead) streams hits straight from the index without evaluating anything per hit.
 */
function filterConditions(filters: SearchFilters): string {
  const conditions: string[] = [];
  if (filters.kinds !== null) conditions.push('any(l IN labels(n) WHERE l IN $kinds)');
  if (filters.sourceKeys !== null)
    conditions.push(
      '(NOT n:Article OR EXISTS { (n)-[:PUBLISHED_BY]->(s:Source) WHERE s.key IN $sources })',
    );
  if (filters.from !== null) conditions.push('(NOT (n:Article OR n:Event) OR n.date >= $from)');
  if (filters.to !== null) conditions.push('(NOT (n:Article OR n:Event) OR n.date <= $to)');
  return conditions.length === 0 ? '' : `WHERE ${conditions.join('\n  AND ')}`;
}

/**
 * The first `$want` hits of disjoint Lucene tiers (`$tier0`, `$tier1`, ...; lucene-query.ts) as
 * `hits`, best first: a tier is read only while the tiers before it have fewer, for what they
 * left, and Lucene is told that limit (`$indexLimit`) when no filter drops hits. Each tier's hits
 * stay in its own score order.
 */
function tieredHitsCypher(filters: SearchFilters, tiers: number): string {
  const conditions = filterConditions(filters);
  const tier = (index: number) => `CALL (hits) {
  UNWIND CASE WHEN size(hits) < $want THEN [$want - size(hits)] ELSE [] END AS wanted
  CALL db.index.fulltext.queryNodes('search_entities', $tier${index},
    CASE WHEN $indexLimit THEN {limit: wanted} ELSE {} END) YIELD node AS n, score
  ${conditions}
  WITH n, score LIMIT $want
  RETURN collect({n: n, score: score}) AS tier${index}
}
WITH hits + tier${index}[0..($want - size(hits))] AS hits`;
  return `
WITH [] AS hits
${Array.from({ length: tiers }, (_, index) => tier(index)).join('\n')}`;
}

/** One page of hits, `$want` being skip + limit. */
export function searchCypher(filters: SearchFilters, tiers: number): string {
  return `${tieredHitsCypher(filters, tiers)}
UNWIND hits[$skip..$want] AS hit
WITH hit.n AS n, hit.score AS score
RETURN ${nodeProjection('n')} AS node, score
`;
}

/** Number of hits after filters, counted up to `$want`. */
export function searchCountCypher(filters: SearchFilters, tiers: number): string {
  return `${tieredHitsCypher(filters, tiers)}
RETURN size(hits) AS total
`;
}

export interface SearchHitRow {
  readonly node: NodeRow;
  readonly score: number;
}

/** Thrown when Lucene rejects a query despite escaping; the API reports BAD_USER_INPUT. */
export class SearchSyntaxError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchSyntaxError';
  }
}

function filterParams(filters: SearchFilters) {
  return {
    kinds: filters.kinds === null ? null : [...filters.kinds],
    sources: filters.sourceKeys === null ? null : [...filters.sourceKeys],
    from: filters.from,
    to: filters.to,
  };
}

function hasFilters(filters: SearchFilters): boolean {
  return (
    filters.kinds !== null ||
    filters.sourceKeys !== null ||
    filters.from !== null ||
    filters.to !== null
  );
}

function rethrow(error: unknown): never {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code.startsWith('Neo.ClientError.Procedure') && /pars/i.test(String(error))) {
    throw new SearchSyntaxError('The search text could not be parsed', { cause: error });
  }
  throw error;
}

/** The statement's parameters: the tiers, filters, and how many hits each tier may keep. */
function tieredParams(
  tiers: readonly string[],
  filters: SearchFilters,
  want: number,
): Record<string, unknown> {
  const params: Record<string, unknown> = {
    indexLimit: !hasFilters(filters),
    want: int(want),
    ...filterParams(filters),
  };
  tiers.forEach((lucene, index) => (params[`tier${index}`] = lucene));
  return params;
}

/**
 * One page of hits, best first, from the tiers of lucene-query.ts. Lucene returns hits by
 * descending score, so without post-filters the index itself is told the limit and scores only
 * what can make the page.
 */
export async function searchNodes(
  tx: StatementRunner,
  tiers: readonly string[],
  filters: SearchFilters,
  skip: number,
  limit: number,
): Promise<SearchHitRow[]> {
  const params = { ...tieredParams(tiers, filters, skip + limit), skip: int(skip) };
  try {
    const result = await tx.run(searchCypher(filters, tiers.length), params);
    return result.records.flatMap((record) => {
      const node = toNodeRow(record.get('node'));
      return node ? [{ node, score: toNumber(record.get('score')) }] : [];
    });
  } catch (error) {
    return rethrow(error);
  }
}

/**
 * Number of hits after filters, counted up to `bound` + 1: a number above `bound` says there are
 * more. Like a page of that size, the count asks Lucene only for as many hits as it can use.
 */
export async function countSearchHits(
  tx: StatementRunner,
  tiers: readonly string[],
  filters: SearchFilters,
  bound: number,
): Promise<number> {
  try {
    const result = await tx.run(
      searchCountCypher(filters, tiers.length),
      tieredParams(tiers, filters, bound + 1),
    );
    return toNumber(result.records[0]?.get('total'));
  } catch (error) {
    return rethrow(error);
  }
}

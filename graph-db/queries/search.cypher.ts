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
 * One page of hits from disjoint Lucene tiers (`$tier0`, `$tier1`, ...; lucene-query.ts), best
 * first: each tier keeps at most `$want` (skip + limit) hits after filters and is read only while
 * the tiers before it have fewer; `$options` carries the index-side limit when no filter drops
 * hits. Each tier's hits stay in its own score order.
 */
export function searchCypher(filters: SearchFilters, tiers: number): string {
  const conditions = filterConditions(filters);
  const tier = (index: number) => `CALL (hits) {
  UNWIND CASE WHEN size(hits) < $want THEN [$tier${index}] ELSE [] END AS lucene
  CALL db.index.fulltext.queryNodes('search_entities', lucene, $options) YIELD node AS n, score
  ${conditions}
  WITH n, score LIMIT $want
  RETURN collect({n: n, score: score}) AS tier${index}
}
WITH hits + tier${index} AS hits`;
  return `
WITH [] AS hits
${Array.from({ length: tiers }, (_, index) => tier(index)).join('\n')}
UNWIND hits[$skip..$want] AS hit
WITH hit.n AS n, hit.score AS score
RETURN ${nodeProjection('n')} AS node, score
`;
}

/** Number of hits after filters. */
export function searchCountCypher(filters: SearchFilters): string {
  return `
CALL db.index.fulltext.queryNodes('search_entities', $lucene) YIELD node AS n
${filterConditions(filters)}
RETURN count(n) AS total
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
  const want = skip + limit;
  const options = hasFilters(filters) ? {} : { limit: int(want) };
  const params: Record<string, unknown> = {
    options,
    skip: int(skip),
    want: int(want),
    ...filterParams(filters),
  };
  tiers.forEach((lucene, index) => (params[`tier${index}`] = lucene));
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

/** Number of hits after filters. */
export async function countSearchHits(
  tx: StatementRunner,
  lucene: string,
  filters: SearchFilters,
): Promise<number> {
  try {
    const result = await tx.run(searchCountCypher(filters), {
      lucene,
      ...filterParams(filters),
    });
    return toNumber(result.records[0]?.get('total'));
  } catch (error) {
    return rethrow(error);
  }
}

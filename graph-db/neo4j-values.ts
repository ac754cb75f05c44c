import neo4j, { isDate, isDateTime, isInt, type Integer } from 'neo4j-driver';

/**
 * The one boundary where Neo4j numbers and temporals become plain JSON values.
 * Integers become JS numbers (our counts are far below 2^53); dates become ISO strings.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      out[key] = toPlain(inner);
    }
    return out;
  }
  return value;
}

/** A JS number as a Neo4j integer parameter (LIMIT/SKIP need integers, not floats). */
export function int(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}

/** Reads a numeric column that may be an Integer, a number or null. */
export function toNumber(value: unknown): number {
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  return 0;
}

/** Reads a string column, empty when absent. */
export function toStringValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}

/**
 * Reads a node or relationship's internal id (Cypher `id()`) as the decimal string the reads keep
 * it as. `id()` is deprecated in Neo4j 5 in favour of `elementId()` because an id can be reused
 * after its node or relationship is deleted. The reads use it only to name nodes and relationships
 * within one read transaction (between its statements, and from Neo4j to this process), and Neo4j
 * frees a deleted record's id for reuse only once every transaction open at the deletion has
 * closed, so there an id names one thing throughout. An element id is this same id behind the
 * database's prefix (about 45 characters that Neo4j builds and both ends encode and decode), so it
 * guarded against nothing more (docs/benchmarks.md, "Internal ids instead of element ids"). As
 * strings, ids sort exactly as the element ids they replace did (same prefix), so every tie-break
 * gives the same answer.
 */
export function internalId(value: unknown): string {
  return String(toNumber(value));
}

/** An {@link internalId} as a Cypher integer parameter. */
export function internalIdParam(id: string): Integer {
  // From a number: the driver's parsing of a string is a loop of 64-bit multiplications.
  return neo4j.int(Number(id));
}

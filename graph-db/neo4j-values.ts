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

import type { ConnectionModel } from '../models/models';
import { badInput } from '../errors';
import { LIMITS } from '../limits/limits';

/**
 * Relay pagination over offsets. Cursors are opaque to clients (base64url of a versioned offset)
 * so the scheme can change without breaking them; a cursor that does not decode is BAD_USER_INPUT.
 */

const CURSOR_PREFIX = 'o1:';

/** Opaque cursor of the item at absolute position `offset`. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** Position encoded by a cursor, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): number | undefined {
  if (cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return undefined;
  const digits = text.slice(CURSOR_PREFIX.length);
  if (!/^(0|[1-9]\d{0,8})$/.test(digits)) return undefined;
  return Number(digits);
}

export interface PageWindow {
  /** Items to skip. */
  readonly offset: number;
  /** Items asked for. */
  readonly first: number;
}

/** Validates `first`/`after`: size outside 1..100 or a bad cursor is BAD_USER_INPUT, never clamped. */
export function pageWindow(args: {
  first?: number | null | undefined;
  after?: string | null | undefined;
}): PageWindow {
  const first = args.first ?? LIMITS.defaultPageSize;
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.maxPageSize) {
    throw badInput(`first must be between 1 and ${LIMITS.maxPageSize}, got ${first}`, 'first');
  }
  let offset = 0;
  if (args.after !== null && args.after !== undefined) {
    const position = decodeCursor(args.after);
    if (position === undefined) throw badInput('after is not a valid cursor', 'after');
    offset = position + 1;
  }
  if (offset > LIMITS.maxOffset) {
    throw badInput(
      `cannot page beyond ${LIMITS.maxOffset} items; narrow the query instead`,
      'after',
    );
  }
  return { offset, first };
}

/**
 * Builds a connection from rows fetched with `limit = first + 1` (the extra row only says
 * whether a next page exists) and a lazy total.
 */
export function toConnection<T, E>(
  window: PageWindow,
  rows: readonly T[],
  toEdge: (row: T, cursor: string) => E,
  totalCount: () => Promise<number>,
): ConnectionModel<E> {
  const page = rows.slice(0, window.first);
  const edges = page.map((row, index) => toEdge(row, encodeCursor(window.offset + index)));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > window.first,
      hasPreviousPage: window.offset > 0,
      startCursor: page.length > 0 ? encodeCursor(window.offset) : null,
      endCursor: page.length > 0 ? encodeCursor(window.offset + page.length - 1) : null,
    },
    totalCount: () => (total ??= totalCount()),
  };
}

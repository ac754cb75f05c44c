import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can switch on. Documented in docs/api.md. */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Not a GraphQL request at all (a body that is not JSON, a batch); Apollo's own code. */
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** A GraphQL error with a stable code and an optional HTTP status for the whole response. */
export function apiError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(message: string, argument?: string): GraphQLError {
  return apiError(ERROR_CODES.BAD_USER_INPUT, message, argument === undefined ? {} : { argument });
}

/** The thing asked for does not exist. */
export function notFound(message: string): GraphQLError {
  return apiError(ERROR_CODES.NOT_FOUND, message);
}

/** The caller may not do this (wrong edit token, disabled mutation). */
export function forbidden(message: string): GraphQLError {
  return apiError(ERROR_CODES.FORBIDDEN, message);
}

/** The operation is over a bound (depth, aliases, cost, time). */
export function tooComplex(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError(ERROR_CODES.QUERY_TOO_COMPLEX, message, extra);
}

/** The error a resolver threw, through Apollo's and graphql-js's wrappers. */
export function rootCause(error: unknown): unknown {
  let current = unwrapResolverError(error);
  for (let hops = 0; hops < 5; hops += 1) {
    const inner =
      current instanceof Error && 'originalError' in current
        ? (current as { originalError?: unknown }).originalError
        : undefined;
    if (inner === undefined || inner === null || inner === current) break;
    current = inner;
  }
  return current;
}

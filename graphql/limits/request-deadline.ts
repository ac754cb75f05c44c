import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';
import { tooComplex } from '../errors';
import { LIMITS } from './limits';

/**
 * A cooperative time budget per request. JavaScript cannot stop a synchronous loop, so what bounds
 * CPU is that every pass over a client's document is linear (complexity.ts, access.ts) and every
 * operation is within its static cost; this deadline is the backstop at the points where execution
 * yields: a resolver called after the request's budget ran out throws instead of starting more work
 * (another Neo4j read, another page). What it does not cover: a resolver already waiting on Neo4j
 * (the read timeout ends it) and graphql's own synchronous completion of results already fetched.
 */

/** When each request's budget runs out, in `performance.now()` time. */
const deadlines = new WeakMap<object, number>();

/** Starts the budget of every request as Apollo receives it. */
export function deadlinePlugin(
  budgetMs: number = LIMITS.maxRequestMs,
): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart({ contextValue }) {
      deadlines.set(contextValue, performance.now() + budgetMs);
      return Promise.resolve();
    },
  };
}

/** Moves the request's deadline `ms` later: time it spent waiting, not working (an admission queue). */
export function extendDeadline(context: object, ms: number): void {
  const deadline = deadlines.get(context);
  if (deadline !== undefined) deadlines.set(context, deadline + ms);
}

/** Throws QUERY_TOO_COMPLEX when the request of `context` is past its budget. */
export function checkDeadline(context: unknown): void {
  if (typeof context !== 'object' || context === null) return;
  const deadline = deadlines.get(context);
  if (deadline !== undefined && performance.now() > deadline) {
    throw tooComplex(
      `the request ran past its time budget of ${LIMITS.maxRequestMs / 1000} s; narrow it (fewer ids, smaller depth or limit)`,
    );
  }
}

type AnyResolver = (parent: unknown, args: unknown, context: unknown, info: unknown) => unknown;

/**
 * The resolver map with every field resolver checking the deadline before it runs. Default
 * resolvers (plain property reads) are not wrapped: they start no work.
 */
export function withDeadline<T extends object>(resolvers: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (typeof fields !== 'object' || fields === null || typeName.startsWith('__')) {
      wrapped[typeName] = fields;
      continue;
    }
    // Scalars are class instances, not field maps: keep them as they are.
    if (Object.getPrototypeOf(fields) !== Object.prototype) {
      wrapped[typeName] = fields;
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const [name, resolver] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof resolver !== 'function' || name.startsWith('__')) {
        out[name] = resolver;
        continue;
      }
      const resolve = resolver as AnyResolver;
      out[name] = (parent: unknown, args: unknown, context: unknown, info: unknown) => {
        checkDeadline(context);
        return resolve(parent, args, context, info);
      };
    }
    wrapped[typeName] = out;
  }
  return wrapped as T;
}

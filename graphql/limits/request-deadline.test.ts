import type { GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../context';
import { deadlinePlugin, withDeadline } from './request-deadline';

/** Starts a request's budget as Apollo would, on a fresh context object. */
async function startRequest(budgetMs: number): Promise<GraphQLContext> {
  const context = {} as GraphQLContext;
  await deadlinePlugin(budgetMs).requestDidStart?.({
    contextValue: context,
  } as GraphQLRequestContext<GraphQLContext>);
  return context;
}

describe('the request deadline', () => {
  const calls: string[] = [];
  const date = new GraphQLScalarType({ name: 'Date' });
  const resolvers = withDeadline({
    Date: date,
    Query: { stats: () => calls.push('stats') },
  });

  it('lets resolvers run within the budget and stops them after it', async () => {
    const inTime = await startRequest(60_000);
    const late = await startRequest(-1);
    resolvers.Query.stats();
    (resolvers.Query.stats as (...args: unknown[]) => unknown)(null, {}, inTime, null);
    let refused: unknown;
    try {
      (resolvers.Query.stats as (...args: unknown[]) => unknown)(null, {}, late, null);
    } catch (error) {
      refused = error;
    }
    expect({
      calls,
      code: refused instanceof GraphQLError ? refused.extensions.code : refused,
      scalarKept: resolvers.Date === date,
    }).toEqual({ calls: ['stats', 'stats'], code: 'QUERY_TOO_COMPLEX', scalarKept: true });
  });
});

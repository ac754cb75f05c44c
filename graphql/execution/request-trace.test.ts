import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { createReadCache } from '@/graph-db/read-cache';
import { uncachedRepositories } from '@/graph-db/repositories';
import type { GraphQLContext } from '../context';
import { DatabaseOutage } from '../limits/outage';
import { ANONYMOUS_CALLER } from '../testing/execute';
import { responseCachePlugin } from './response-cache-plugin';
import { RequestTrace, requestTimingPlugin } from './request-trace';

/** The phases a trace's Server-Timing names, in order. */
const phasesOf = (trace: RequestTrace) =>
  trace
    .serverTiming()
    .split(', ')
    .filter(Boolean)
    .map((part) => part.split(';')[0]);

describe('request trace', () => {
  it('records each request’s own cache outcome and the phases it reached', async () => {
    const cache = createReadCache({ maxBytes: 1 << 20, readVersion: () => Promise.resolve('v1') });
    const server = new ApolloServer<GraphQLContext>({
      typeDefs: 'type Query { stats: Int }',
      resolvers: { Query: { stats: () => 7 } },
      plugins: [responseCachePlugin(cache, new DatabaseOutage()), requestTimingPlugin()],
    });
    const ask = async (query: string, trace: RequestTrace | undefined) => {
      await server.executeOperation(
        { query },
        { contextValue: { db: uncachedRepositories, caller: ANONYMOUS_CALLER, trace } },
      );
      return trace;
    };
    const miss = await ask('{ stats }', new RequestTrace(true));
    const [hit, other, untimed] = await Promise.all([
      ask('{ stats }', new RequestTrace(true)),
      ask('{ __schema { queryType { name } } }', new RequestTrace(true)),
      ask('{ stats }', new RequestTrace()),
      ask('{ stats }', undefined),
    ]);
    expect(
      [miss, hit, other, untimed].map((trace) => [trace?.cache, trace && phasesOf(trace)]),
    ).toEqual([
      ['miss', ['operation', 'admission', 'execute', 'store']],
      ['hit', ['operation', 'store']],
      ['none', ['operation', 'admission', 'execute', 'store']],
      ['hit', []],
    ]);
  });
});

import type { ApolloServer } from '@apollo/server';
import { repositories } from '@/graph-db/repositories';
import type { Caller, GraphQLContext } from '../context';

/** A caller holding a write key, as most API tests act; access tests pass their own. */
export const WRITE_CALLER: Caller = {
  key: { id: 'test-writer', name: 'integration tests', scope: 'write' },
  clientId: 'key:test-writer',
};
export const ANONYMOUS_CALLER: Caller = { key: null, clientId: 'ip:127.0.0.1' };

/** A GraphQL result as tests read it. */
export interface TestResult<T = Record<string, unknown>> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  readonly http: { status?: number };
}

/**
 * Runs one operation through the real Apollo server (validation, plugins, formatError) with a
 * fresh request context, as the HTTP route does.
 */
export async function execute<T = Record<string, unknown>>(
  server: ApolloServer<GraphQLContext>,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = WRITE_CALLER,
): Promise<TestResult<T>> {
  const response = await server.executeOperation<T>(
    { query, variables },
    { contextValue: { db: repositories, caller } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    ...(data !== undefined ? { data } : {}),
    ...(errors
      ? {
          errors: errors.map((e) => ({
            message: e.message,
            ...(e.extensions ? { extensions: e.extensions } : {}),
          })),
        }
      : {}),
    http: { ...(response.http.status !== undefined ? { status: response.http.status } : {}) },
  };
}

/** The `extensions.code` of each error. */
export function codes(result: TestResult<unknown>): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}

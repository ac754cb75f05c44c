import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jitGateway } from './jit-executor';

class DatabaseDown extends Error {}

const schema = makeExecutableSchema({
  typeDefs: `type Query { hello(name: String!): String! broken: String times(n: Int!): [Int!]! }`,
  resolvers: {
    Query: {
      hello: (_: unknown, { name }: { name: string }) => `hello ${name}`,
      broken: () => {
        throw new DatabaseDown('down');
      },
      times: (_: unknown, { n }: { n: number }) => Array.from({ length: n }, (_x, i) => i),
    },
  },
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const { executor } = await jitGateway(schema).load({ apollo: {} });
  if (executor === null) throw new Error('no executor');
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  // Only the fields the executor reads; Apollo passes many more.
  const requestContext = {
    queryHash: query,
    document,
    operation,
    operationName: null,
    request: { variables },
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
  return executor(requestContext);
}

describe('jitGateway executor', () => {
  it('answers with data only when nothing failed', async () => {
    const result = await run('query($n: Int!) { hello(name: "x") times(n: $n) }', { n: 3 });
    expect(result).toEqual({ data: { hello: 'hello x', times: [0, 1, 2] } });
  });

  it('gives resolver errors as graphql-js errors: extensions, path and the original error', async () => {
    const result = await run('{ hello(name: "x") broken }');
    expect(Object.keys(result)).toEqual(['errors', 'data']);
    const [error] = result.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.extensions).toEqual({});
    expect(error?.path).toEqual(['broken']);
    expect(error?.originalError).toBeInstanceOf(DatabaseDown);
    expect(error?.locations).toEqual([{ line: 1, column: 20 }]);
    expect(result.data).toEqual({ hello: 'hello x', broken: null });
  });

  it('reports a bad variable as graphql-js does, with the variable definition node', async () => {
    const result = await run('query($n: Int!) { times(n: $n) }', { n: 'many' });
    expect(result.data).toBeUndefined();
    const [error] = result.errors ?? [];
    expect(error?.message).toMatch(/^Variable "\$n" got invalid value "many"/);
    expect(error?.nodes?.[0]?.kind).toBe(Kind.VARIABLE_DEFINITION);
  });
});

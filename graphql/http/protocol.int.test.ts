import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jTimeoutError, closeDriver, readTransaction } from '@/graph-db/driver';
import { repositories, type Repositories } from '@/graph-db/repositories';
import { connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import type { GraphQLContext } from '../context';
import { LIMITS } from '../limits/limits';
import { createApolloServer, formatError } from '../server';
import { ANONYMOUS_CALLER, codes, execute } from '../testing/execute';

connectTestDatabase();
const server = createApolloServer();

async function http(
  method: 'GET' | 'POST',
  options: { search?: string; body?: unknown; accept?: string; headers?: [string, string][] },
) {
  const headers = new HeaderMap([
    ['accept', options.accept ?? 'application/json'],
    ...(method === 'POST' ? ([['content-type', 'application/json']] as [string, string][]) : []),
    ...(options.headers ?? []),
  ]);
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: options.search ?? '', body: options.body },
    context: () => Promise.resolve<GraphQLContext>({ db: repositories, caller: ANONYMOUS_CALLER }),
  });
  if (response.body.kind !== 'complete') throw new Error('expected a complete body');
  return {
    status: response.status ?? 200,
    type: response.headers.get('content-type') ?? '',
    body: JSON.parse(response.body.string) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

beforeAll(async () => {
  await resetDatabase();
  await server.start();
});
afterAll(async () => {
  await server.stop();
  await closeDriver();
});

describe('operation bounds', () => {
  it(`refuses depth over ${LIMITS.maxDepth}`, async () => {
    const deep = `{ node(id: "Actor:country:china") { ... on Actor { partOf { partOf { partOf { partOf { partOf { partOf { partOf { partOf { name } } } } } } } } } } }`;
    const result = await execute(server, deep);
    expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(result.http.status).toBe(400);
    const ok = `{ node(id: "Actor:country:china") { ... on Actor { partOf { partOf { partOf { partOf { partOf { partOf { name } } } } } } } } }`;
    expect(codes(await execute(server, ok))).toEqual([]);
  });

  it(`refuses more than ${LIMITS.maxAliases} aliases`, async () => {
    const fields = (n: number) =>
      Array.from({ length: n }, (_, i) => `a${i}: health { nodeCount }`).join(' ');
    expect(codes(await execute(server, `{ ${fields(16)} }`))).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codes(await execute(server, `{ ${fields(15)} }`))).toEqual([]);
  });

  it(`refuses a static cost over ${LIMITS.maxCost}, counting variables and fragments`, async () => {
    const nested = `query($n: Int) { search(query: "x", first: $n) { edges { node { node { ...A } } } } }
      fragment A on Actor { mentionedIn(first: 100) { edges { node { title } } } }`;
    expect(codes(await execute(server, nested, { n: 100 }))).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codes(await execute(server, nested, { n: 2 }))).toEqual([]);
    const slice = `{ neighborhood(ids: ["Actor:country:x"], limit: 500) { nodes { id kind label date subtype degree }
      edges { id type source target weight quote evidence { sentence start end extractor confidence articleId articleTitle } } truncated } }`;
    expect(codes(await execute(server, slice))).toEqual(['NOT_FOUND']);
  });

  it('leaves introspection to its own switch', async () => {
    const introspection = `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }`;
    expect(codes(await execute(server, introspection))).toEqual([]);
    process.env.GRAPHQL_INTROSPECTION = 'false';
    try {
      const closed = createApolloServer();
      const result = await execute(closed, `{ __schema { queryType { name } } }`);
      expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    } finally {
      delete process.env.GRAPHQL_INTROSPECTION;
    }
  });
});

describe('GraphQL over HTTP', () => {
  it('answers queries over GET and POST', async () => {
    const get = await http('GET', {
      search: `?query=${encodeURIComponent('{ health { nodeCount } }')}`,
      headers: [['apollo-require-preflight', 'true']],
    });
    expect(get.status).toBe(200);
    expect(get.body.data).toEqual({ health: { nodeCount: expect.any(Number) as number } });
    const post = await http('POST', { body: { query: '{ health { nodeCount } }' } });
    expect(post.status).toBe(200);
  });

  it('refuses mutations over GET', async () => {
    const get = await http('GET', {
      search: `?query=${encodeURIComponent('mutation { deleteView(slug: "x", editToken: "y") { deleted } }')}`,
      headers: [['apollo-require-preflight', 'true']],
    });
    expect(get.status).toBe(405);
  });

  it('speaks application/graphql-response+json when asked', async () => {
    const accept = 'application/graphql-response+json, application/json;q=0.9';
    const ok = await http('POST', { body: { query: '{ health { nodeCount } }' }, accept });
    expect(ok.type).toMatch(/^application\/graphql-response\+json/);
    expect(ok.status).toBe(200);
    const invalid = await http('POST', { body: { query: '{ nope }' }, accept });
    expect(invalid.type).toMatch(/^application\/graphql-response\+json/);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unparsable = await http('POST', { body: { query: '{ health {' }, accept });
    expect(unparsable.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const batch = await http('POST', {
      body: [{ query: '{ health { nodeCount } }' }, { query: '{ health { nodeCount } }' }],
    });
    expect(batch.status).toBe(400);
  });
});

describe('error codes', () => {
  it('hides internal errors behind INTERNAL_SERVER_ERROR', async () => {
    const broken: Repositories = {
      ...repositories,
      analytics: {
        ...repositories.analytics,
        stats: () => Promise.reject(new Error('secret cypher detail')),
      },
    };
    const response = await server.executeOperation(
      { query: '{ stats { articles } }' },
      { contextValue: { db: broken, caller: ANONYMOUS_CALLER } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const [error] = response.body.singleResult.errors ?? [];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).not.toMatch(/secret/);
  });

  it('maps a read over the time limit to QUERY_TOO_COMPLEX', async () => {
    await closeDriver();
    process.env.NEO4J_READ_TIMEOUT_MS = '50';
    try {
      await expect(
        readTransaction((tx) =>
          tx.run('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)'),
        ),
      ).rejects.toBeInstanceOf(Neo4jTimeoutError);
    } finally {
      delete process.env.NEO4J_READ_TIMEOUT_MS;
      await closeDriver();
    }
    const formatted = formatError(
      { message: 'x', extensions: {} },
      new GraphQLError('x', { originalError: new Neo4jTimeoutError('slow') }),
    );
    expect(formatted.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers SERVICE_UNAVAILABLE when Neo4j is unreachable', async () => {
    const uri = process.env.NEO4J_URI;
    await closeDriver();
    process.env.NEO4J_URI = 'bolt://127.0.0.1:1';
    try {
      const result = await execute(server, '{ stats { articles } }');
      expect(codes(result)).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      process.env.NEO4J_URI = uri;
      await closeDriver();
    }
    expect(codes(await execute(server, '{ health { nodeCount } }'))).toEqual([]);
  });
});

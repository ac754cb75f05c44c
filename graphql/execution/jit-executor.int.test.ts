import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repositories } from '@/graph-db/repositories';
import { connectTestDatabase } from '@/graph-db/testing/test-database';
import { GRAPHIQL_EXAMPLES } from '@/components/ui/graphiql-examples';
import { createApolloServer } from '../server';
import { WRITE_CALLER } from '../testing/execute';
import { withFixtureGraph } from '../testing/fixtures';

connectTestDatabase();
// The reference engine and the one that serves: every answer below must be byte-identical.
const reference = createApolloServer({ executor: 'graphql-js' });
const jit = createApolloServer({ executor: 'jit' });

const SLICE = `nodes { id kind label date subtype degree }
  edges { id type source target weight quote evidence { sentence start end extractor confidence articleId articleTitle } }
  truncated`;

/** The whole answer as a client gets it: body (key order included) and HTTP status. */
async function answer(
  server: ReturnType<typeof createApolloServer>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: { db: repositories, caller: WRITE_CALLER } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.stringify({ status: response.http.status, body: response.body.singleResult });
}

withFixtureGraph();

interface Case {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** The error code the reference answers with; none means data without errors. */
  readonly code?: string;
}

const CASES: readonly Case[] = [
  ...GRAPHIQL_EXAMPLES.filter((e) => !/\bmutation\b/.test(e.query)).map((e) => ({
    name: `GraphiQL example ${e.name}`,
    query: e.query,
  })),
  { name: 'introspection', query: getIntrospectionQuery() },
  {
    name: 'search, then node and nodes through the Node interface with fragments',
    query: `{ search(query: "hacking empire", first: 5) { totalCount edges { cursor node { id kind label snippet highlights { start end }
        node { __typename id ... on Narrative { label firstSeen } ... on Article { title date } } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: 'neighbourhood with aliases, variables and directives',
    query: `query($ids: [ID!]!, $deep: Boolean!) {
      one: neighborhood(ids: $ids, depth: 1, limit: 50) { ${SLICE} }
      two: neighborhood(ids: $ids, depth: 2, limit: 100) @include(if: $deep) { nodes { id } truncated }
      skipped: stats @skip(if: $deep) { articles }
    }`,
    variables: { ids: ['Actor:country:united-states'], deep: true },
  },
  {
    name: 'paths and timeline',
    query: `{ paths(from: "Actor:country:united-states", to: "Actor:country:china") { paths ${SLICE} }
       timeline(filter: { narrative: "Narrative:hacking-empire" }, bucket: MONTH) { totalArticles buckets { start articles citedEvents medianLagDays } lag { citations medianDays } } }`,
  },
  {
    name: 'a resolver error next to data, with a path',
    query: `{ stats { articles } neighborhood(ids: ["Actor:country:nowhere-at-all"]) { truncated } }`,
    code: 'NOT_FOUND',
  },
  {
    name: 'a bound refused (page size)',
    query: `{ search(query: "empire", first: 0) { totalCount } }`,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a variable of the wrong type',
    query: `query($n: Int!) { search(query: "empire", first: $n) { totalCount } }`,
    variables: { n: 'many' },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a missing required variable',
    query: `query($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }`,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an id that is not a global id',
    query: `{ node(id: "no colon here") { id } }`,
    code: 'BAD_USER_INPUT',
  },
];

describe('graphql-jit answers exactly as graphql-js', () => {
  it.each(CASES)('$name', async ({ query, variables, code }) => {
    const expected = await answer(reference, query, variables);
    // The case asks what it means to: real data, or the error it is about.
    const { body } = JSON.parse(expected) as {
      body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    };
    if (code === undefined) {
      expect(body.errors).toBeUndefined();
      expect(body.data).toBeTruthy();
    } else {
      expect(body.errors?.map((e) => e.extensions?.code)).toContain(code);
    }
    expect(await answer(jit, query, variables)).toBe(expected);
    // Compiled once, run again from the cache.
    expect(await answer(jit, query, variables)).toBe(expected);
  });

  it('runs mutations in order and reports their errors the same way', async () => {
    const mutation = `mutation($slug: String!) {
      deleteView(slug: $slug, editToken: "not-the-token") { deleted }
    }`;
    const expected = await answer(reference, mutation, { slug: 'no-such-view' });
    expect(expected).toContain('NOT_FOUND');
    expect(await answer(jit, mutation, { slug: 'no-such-view' })).toBe(expected);
  });
});

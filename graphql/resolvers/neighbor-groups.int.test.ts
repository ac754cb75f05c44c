import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '@/graph-db/driver';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { NEIGHBOR_GROUP_LIMITS, neighborGroupId } from '@/model/neighbor-groups';
import { createApolloServer } from '../server';
import { execute } from '../testing/execute';

connectTestDatabase();
const server = createApolloServer();

const HUB = 'Actor:country:h';
const ARTICLES = neighborGroupId(HUB, 'MENTIONS', 'in', 'Article');
const EVIDENCE = `sentence: 'evidence', start: 0, end: 8, extractor: 'test', confidence: 0.9`;

beforeAll(async () => {
  await resetDatabase();
  // Hub H, mentioned by 70 articles dated 2020-01-02 onwards (article i mentions it i times).
  await writeTransaction((tx) =>
    tx.run(`
      CREATE (h:Actor {key: 'country:h', name: 'H', kind: 'country'})
      WITH h
      UNWIND range(1, 70) AS i
      CREATE (a:Article {key: 'a' + i, title: 'Article ' + i, stub: false,
                         date: toString(date('2020-01-01') + duration({days: i}))})
      CREATE (a)-[:MENTIONS {count: i, ${EVIDENCE}}]->(h)`),
  );
});

afterAll(async () => {
  await closeDriver();
});

const GROUPED = `query($ids: [ID!]!, $limit: Int, $depth: Int) {
  groupedNeighborhood(ids: $ids, limit: $limit, depth: $depth) {
    nodes { id } edges { evidenceCount }
    groups { id hub relationType direction kind count shown }
  }
}`;
const PAGE = `query($id: ID!, $first: Int, $offset: Int, $from: String, $to: String) {
  neighborGroup(id: $id, first: $first, offset: $offset, from: $from, to: $to) {
    nodes { id } groups { count shown }
  }
}`;

interface Grouped {
  groupedNeighborhood: {
    nodes: { id: string }[];
    groups: { id: string; direction: string; count: number; shown: number }[];
  };
}
interface Page {
  neighborGroup: { nodes: { id: string }[]; groups: { count: number; shown: number }[] };
}

describe('groupedNeighborhood and neighborGroup over GraphQL', () => {
  it('answer a hub as its strongest neighbours and a group, then the group page by page', async () => {
    const grouped = await execute<Grouped>(server, GROUPED, { ids: [HUB], limit: 10 });
    const page = await execute<Page>(server, PAGE, {
      id: ARTICLES,
      first: 3,
      offset: 10,
      from: '2020-01-01',
      to: '2020-02-29',
    });
    expect({
      nodes: grouped.data?.groupedNeighborhood.nodes.length,
      groups: grouped.data?.groupedNeighborhood.groups,
      page: page.data?.neighborGroup.nodes.map((n) => n.id),
      pageGroup: page.data?.neighborGroup.groups,
    }).toEqual({
      nodes: 11,
      groups: [
        {
          id: ARTICLES,
          hub: HUB,
          relationType: 'MENTIONS',
          direction: 'IN',
          kind: 'Article',
          count: 70,
          shown: 10,
        },
      ],
      // Articles 1..59 are published in January and February 2020; after the 10 strongest of them.
      page: [HUB, 'Article:a49', 'Article:a48', 'Article:a47'],
      pageGroup: [{ count: 59, shown: 13 }],
    });
  });

  it('refuse bad arguments with BAD_USER_INPUT, and an unknown hub with NOT_FOUND', async () => {
    const code = async (query: string, variables: Record<string, unknown>) =>
      (await execute(server, query, variables)).errors?.[0]?.extensions?.code;
    expect(
      await Promise.all([
        code(GROUPED, { ids: [] }),
        code(GROUPED, {
          ids: Array.from({ length: NEIGHBOR_GROUP_LIMITS.maxIds + 1 }, (_, i) => `Actor:a${i}`),
        }),
        code(GROUPED, { ids: [HUB], limit: 101 }),
        code(GROUPED, { ids: [HUB], depth: 4 }),
        code(GROUPED, { ids: ['Actor:country:nowhere'] }),
        code(PAGE, { id: HUB }),
        code(PAGE, { id: ARTICLES, first: 101 }),
        code(PAGE, { id: ARTICLES, offset: 10_001 }),
        code(PAGE, { id: ARTICLES, from: '2020-03-01', to: '2020-01-01' }),
        code(PAGE, { id: neighborGroupId('Actor:country:nowhere', 'MENTIONS', 'in', 'Article') }),
      ]),
    ).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'NOT_FOUND',
    ]);
  });
});

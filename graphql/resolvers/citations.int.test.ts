import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestRepository } from '@/graph-db/repositories/ingest-repository';
import { article, CHOSUN, KCNA, RODONG, TASS } from '@/graph-db/testing/citation-fixtures';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { createApolloServer } from '../server';
import { codes, execute } from '../testing/execute';

connectTestDatabase();
const server = createApolloServer();

const LINK = `citing { id name } cited { __typename id name } count firstDate lastDate
  stances { stance count }`;

interface Link {
  citing: { id: string; name: string };
  cited: { __typename: string; id: string; name: string };
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  stances: { stance: string; count: number }[];
}

beforeAll(async () => {
  await resetDatabase();
  const report = await ingestRepository.writeBatch([
    article(
      'rodong-1',
      'Rodong Sinmun',
      '2024-03-01',
      [
        {
          ...KCNA,
          how: 'according-to',
          stance: 'endorsing',
          sentence: 'According to KCNA, it worked.',
        },
        { ...CHOSUN, how: 'reported', stance: 'hostile', sentence: 'The puppet Chosun Ilbo lied.' },
      ],
      ['top news'],
    ),
    article(
      'kcna-1',
      'KCNA',
      '2024-03-05',
      [
        { ...TASS, how: 'reported', stance: 'neutral', sentence: 'ITAR-TASS reported the talks.' },
        { ...TASS, how: 'quoted', stance: 'endorsing', sentence: 'TASS quoted the minister.' },
        { ...RODONG, how: 'quoted', stance: 'endorsing', sentence: 'Rodong Sinmun said so.' },
      ],
      ['external'],
    ),
  ]);
  expect(report.failed).toEqual([]);
});
afterAll(closeDriver);

describe('citationNetwork', () => {
  it('returns the directed outlet network, an outlet that publishes and is cited as one node', async () => {
    const result = await execute<{ citationNetwork: { edges: Link[]; truncated: boolean } }>(
      server,
      `{ citationNetwork { truncated edges { ${LINK} } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.citationNetwork).toEqual({
      truncated: false,
      edges: [
        {
          citing: { id: 'Source:kcna', name: 'KCNA' },
          cited: { __typename: 'Actor', id: 'Actor:outlet:tass', name: 'TASS' },
          count: 2,
          firstDate: '2024-03-05',
          lastDate: '2024-03-05',
          stances: [
            { stance: 'endorsing', count: 1 },
            { stance: 'neutral', count: 1 },
          ],
        },
        {
          citing: { id: 'Source:kcna', name: 'KCNA' },
          cited: { __typename: 'Source', id: 'Source:rodong-sinmun', name: 'Rodong Sinmun' },
          count: 1,
          firstDate: '2024-03-05',
          lastDate: '2024-03-05',
          stances: [{ stance: 'endorsing', count: 1 }],
        },
        {
          citing: { id: 'Source:rodong-sinmun', name: 'Rodong Sinmun' },
          cited: { __typename: 'Source', id: 'Source:kcna', name: 'KCNA' },
          count: 1,
          firstDate: '2024-03-01',
          lastDate: '2024-03-01',
          stances: [{ stance: 'endorsing', count: 1 }],
        },
        {
          citing: { id: 'Source:rodong-sinmun', name: 'Rodong Sinmun' },
          cited: { __typename: 'Actor', id: 'Actor:outlet:chosun-ilbo', name: 'Chosun Ilbo' },
          count: 1,
          firstDate: '2024-03-01',
          lastDate: '2024-03-01',
          stances: [{ stance: 'hostile', count: 1 }],
        },
      ],
    });
  });

  it('pages through the evidence of an edge, linked to its articles, under the same filters', async () => {
    const query = `query($after: String) {
      citationNetwork(stance: ["neutral", "endorsing"], sources: ["Source:kcna"], minCount: 2) {
        edges { cited { id } evidence(first: 1, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { how stance node { id title sections } evidence { sentence start end article { id } } }
        } }
      } }`;
    type Page = {
      citationNetwork: {
        edges: {
          cited: { id: string };
          evidence: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: unknown[];
          };
        }[];
      };
    };
    const first = await execute<Page>(server, query);
    const link = first.data?.citationNetwork.edges[0];
    expect(first.data?.citationNetwork.edges.map((e) => e.cited.id)).toEqual(['Actor:outlet:tass']);
    expect(link?.evidence.totalCount).toBe(2);
    expect(link?.evidence.pageInfo.hasNextPage).toBe(true);
    const second = await execute<Page>(server, query, { after: link?.evidence.pageInfo.endCursor });
    expect([
      ...(link?.evidence.edges ?? []),
      ...(second.data?.citationNetwork.edges[0]?.evidence.edges ?? []),
    ]).toEqual([
      {
        how: 'reported',
        stance: 'neutral',
        node: {
          id: 'Article:https://citations.test/kcna-1',
          title: 'Article kcna-1',
          sections: ['external'],
        },
        evidence: {
          sentence: 'ITAR-TASS reported the talks.',
          start: 0,
          end: 29,
          article: { id: 'Article:https://citations.test/kcna-1' },
        },
      },
      {
        how: 'quoted',
        stance: 'endorsing',
        node: {
          id: 'Article:https://citations.test/kcna-1',
          title: 'Article kcna-1',
          sections: ['external'],
        },
        evidence: {
          sentence: 'TASS quoted the minister.',
          start: 30,
          end: 55,
          article: { id: 'Article:https://citations.test/kcna-1' },
        },
      },
    ]);
  });

  it('narrows to cited outlets and counts citations per day outside the date window', async () => {
    const result = await execute<{
      citationNetwork: { edges: { citing: { id: string } }[]; days: unknown[] };
    }>(
      server,
      `{ citationNetwork(cited: ["Source:kcna"], to: "2024-01-01") { edges { citing { id } } days { date count } } }`,
    );
    expect(result.data?.citationNetwork).toEqual({
      edges: [],
      days: [{ date: '2024-03-01', count: 1 }],
    });
  });

  it('filters by section, case-insensitively', async () => {
    const result = await execute<{ citationNetwork: { edges: Link[] } }>(
      server,
      `{ citationNetwork(sections: ["Top News"]) { edges { ${LINK} } } }`,
    );
    expect(
      result.data?.citationNetwork.edges.map((e) => `${e.citing.id} -> ${e.cited.id}`),
    ).toEqual([
      'Source:rodong-sinmun -> Source:kcna',
      'Source:rodong-sinmun -> Actor:outlet:chosun-ilbo',
    ]);
  });

  it('refuses bad arguments and an evidence selection beyond the cost limit', async () => {
    const bad = await Promise.all(
      [
        '{ citationNetwork(stance: ["angry"]) { truncated } }',
        '{ citationNetwork(first: 101) { truncated } }',
        '{ citationNetwork(minCount: 0) { truncated } }',
        '{ citationNetwork(from: "2024-13-01") { truncated } }',
        '{ citationNetwork(sources: ["Actor:outlet:tass"]) { truncated } }',
      ].map((query) => execute(server, query)),
    );
    expect(bad.map(codes)).toEqual(Array.from({ length: 5 }, () => ['BAD_USER_INPUT']));
    const costly = await execute(
      server,
      `{ citationNetwork(first: 100) { edges { evidence(first: 100) {
         edges { how stance node { id title } evidence { sentence } } } } } }`,
    );
    expect(codes(costly)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('Outlet.cites and Outlet.citedBy', () => {
  it('answer the same for an outlet through its Source and through its Actor', async () => {
    const side = `totalCount edges { node { citing { id } cited { id } count } }`;
    const result = await execute<{
      source: Record<string, unknown>;
      actor: Record<string, unknown>;
      tass: Record<string, unknown>;
    }>(
      server,
      `{ source: node(id: "Source:kcna") { ... on Outlet { cites { ${side} } citedBy { ${side} } } }
         actor: node(id: "Actor:outlet:kcna") { ... on Outlet { cites { ${side} } citedBy { ${side} } } }
         tass: node(id: "Actor:outlet:tass") { ... on Actor { cites { ${side} } citedBy(from: "2024-03-02") { ${side} } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.actor).toEqual(result.data?.source);
    expect(result.data?.source).toEqual({
      cites: {
        totalCount: 2,
        edges: [
          { node: { citing: { id: 'Source:kcna' }, cited: { id: 'Actor:outlet:tass' }, count: 2 } },
          {
            node: {
              citing: { id: 'Source:kcna' },
              cited: { id: 'Source:rodong-sinmun' },
              count: 1,
            },
          },
        ],
      },
      citedBy: {
        totalCount: 1,
        edges: [
          {
            node: {
              citing: { id: 'Source:rodong-sinmun' },
              cited: { id: 'Source:kcna' },
              count: 1,
            },
          },
        ],
      },
    });
    expect(result.data?.tass).toEqual({
      cites: { totalCount: 0, edges: [] },
      citedBy: {
        totalCount: 1,
        edges: [
          { node: { citing: { id: 'Source:kcna' }, cited: { id: 'Actor:outlet:tass' }, count: 2 } },
        ],
      },
    });
  });
});

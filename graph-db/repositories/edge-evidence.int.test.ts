import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NEIGHBORHOOD_QUERY,
  EDGE_EVIDENCE_QUERY,
  asGraphSlice,
} from '@/components/explorer/graph-client';
import { createApolloServer } from '@/graphql/server';
import { writeTransaction } from '../driver';
import { UNFILTERED } from '../queries/graph-slice.cypher';
import { closeDriver, connectTestDatabase, resetDatabase } from '../testing/test-database';
import { exploreRepository } from './explore-repository';
import { uncachedRepositories } from './process-repositories';

connectTestDatabase();

/** Evidence props with a sentence of its own per relationship, so a wrong match shows. */
const evidence = (sentence: string) =>
  `sentence: '${sentence}', start: 3, end: ${3 + sentence.length}, extractor: 'test', confidence: 0.75`;

/**
 * Keys with colons (actors) and a CITES qualifier make edge ids ambiguous to split; INVOLVES
 * names its article by key. Two CITES of one article to one event differ by qualifier only.
 */
async function buildGraph(): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.run(`
      CREATE (us:Actor {key: 'country:united-states', name: 'United States', kind: 'country'})
      CREATE (kp:Actor {key: 'country:dprk', name: 'DPRK', kind: 'country'})
      CREATE (src:Source {key: 'kcna', name: 'KCNA'})
      CREATE (e:Event {key: 'war:1950', date: '1950-06-25', precision: 'day', description: 'war'})
      CREATE (a:Article {key: 'kcna:1', title: 'US drills', date: '2024-01-02', stub: false})
      CREATE (a)-[:MENTIONS {count: 2, ${evidence('The US staged drills.')}}]->(us)
      CREATE (a)-[:MENTIONS {count: 1, ${evidence('The DPRK answered.')}}]->(kp)
      CREATE (a)-[:PUBLISHED_BY {${evidence('Source: KCNA')}}]->(src)
      CREATE (a)-[:CITES {localKey: 'e0', ${evidence('As in June 1950.')}}]->(e)
      CREATE (a)-[:CITES {localKey: 'e1', ${evidence('Again in 1950.')}}]->(e)
      CREATE (e)-[:INVOLVES {articleKey: 'kcna:1', ${evidence('The war involved the US.')}}]->(us)`);
  });
}

const server = createApolloServer();
const context = {
  db: uncachedRepositories,
  caller: { key: null, clientId: 'ip:test' },
};

async function run(query: string, variables: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

beforeAll(async () => {
  await resetDatabase();
  await buildGraph();
});

afterAll(async () => {
  await server.stop();
  await closeDriver();
});

describe('edge evidence on demand', () => {
  it('gives each edge of a slice the evidence the slice read for it, nothing for unknown ids, and a lean slice the same counts', async () => {
    const request = {
      seeds: [{ kind: 'Article' as const, key: 'kcna:1' }],
      depth: 1 as const,
      limit: 50,
      filters: UNFILTERED,
    };
    const slice = await exploreRepository.neighborhood(request);
    const lean = await exploreRepository.neighborhood({ ...request, evidence: false });
    const edges = slice?.edges ?? [];
    const ids = [
      ...edges.map((e) => e.id),
      'MENTIONS:Article:kcna:1->Actor:country:nowhere',
      'not an edge id',
    ];
    const found = await exploreRepository.edgeEvidence(ids);
    expect({
      count: edges.length,
      counts: edges.map((e) => e.evidenceCount),
      found: Object.fromEntries(found),
      lean: lean?.edges,
    }).toEqual({
      count: 6,
      counts: [1, 1, 1, 1, 1, 1],
      found: Object.fromEntries(edges.map((e) => [e.id, e.evidence])),
      // The lean read: the same edges, counts and all, without the sentences.
      lean: edges.map((e) => ({ ...e, evidence: [] })),
    });
  });

  it('serves slices with counts and the sentences by edge id, bounded by first', async () => {
    const neighborhood = await run(NEIGHBORHOOD_QUERY, {
      ids: ['Actor:country:united-states'],
      depth: 1,
    });
    // The explorer's ids, rebuilt from the answer's node positions and qualifiers.
    const { edges } = asGraphSlice(neighborhood.data?.neighborhood);
    const ids = edges.map((e) => e.id).sort();
    const all = await run(EDGE_EVIDENCE_QUERY, { ids, first: 100 });
    const one = await run(EDGE_EVIDENCE_QUERY, { ids, first: 1 });
    const tooMany = await run(EDGE_EVIDENCE_QUERY, { ids: [], first: 1 });
    expect({
      edges: edges.map((e) => [e.id, e.evidenceCount]).sort(),
      all: all.data?.edgeEvidence,
      one: (one.data?.edgeEvidence as unknown[]).length,
      empty: tooMany.errors?.[0]?.extensions?.code,
    }).toEqual({
      edges: [
        ['CITES:Article:kcna:1->Event:war:1950:e0', 1],
        ['CITES:Article:kcna:1->Event:war:1950:e1', 1],
        ['INVOLVES:Event:war:1950->Actor:country:united-states', 1],
        ['MENTIONS:Article:kcna:1->Actor:country:united-states', 1],
      ],
      all: [
        {
          edgeId: 'CITES:Article:kcna:1->Event:war:1950:e0',
          evidence: {
            sentence: 'As in June 1950.',
            start: 3,
            end: 19,
            extractor: 'test',
            confidence: 0.75,
            articleId: 'Article:kcna:1',
            articleTitle: 'US drills',
          },
        },
        {
          edgeId: 'CITES:Article:kcna:1->Event:war:1950:e1',
          evidence: {
            sentence: 'Again in 1950.',
            start: 3,
            end: 17,
            extractor: 'test',
            confidence: 0.75,
            articleId: 'Article:kcna:1',
            articleTitle: 'US drills',
          },
        },
        {
          edgeId: 'INVOLVES:Event:war:1950->Actor:country:united-states',
          evidence: {
            sentence: 'The war involved the US.',
            start: 3,
            end: 27,
            extractor: 'test',
            confidence: 0.75,
            articleId: 'Article:kcna:1',
            articleTitle: 'US drills',
          },
        },
        {
          edgeId: 'MENTIONS:Article:kcna:1->Actor:country:united-states',
          evidence: {
            sentence: 'The US staged drills.',
            start: 3,
            end: 24,
            extractor: 'test',
            confidence: 0.75,
            articleId: 'Article:kcna:1',
            articleTitle: 'US drills',
          },
        },
      ],
      one: 1,
      empty: 'BAD_USER_INPUT',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTransaction, writeTransaction } from '../driver';
import { RELATION_TYPES, type PathHops, type RelationType } from '../../model/graph-model';
import { closeDriver, connectTestDatabase, resetDatabase } from '../testing/test-database';
import { PATH_SEARCH_BOUNDS, exploreRepository, pathsIn } from './explore-repository';
import type { PathSearchBounds } from './path-search';

connectTestDatabase();

const EVIDENCE = `sentence: 'evidence', start: 0, end: 8, extractor: 'test', confidence: 0.9`;

/**
 * - P and Q are co-mentioned by four articles pq2..pq5, which mention 2..5 actors in all.
 * - R and S meet only at the hub HUB (mentioned by more articles than the search's hub bound)
 *   and at the small narrative N: R - r1 - HUB - s1 - S and R - r2 - N - s2 - S.
 * - U and V are six hops apart, through M1 and M2, each mentioned by four articles:
 *   U - u1 - M1 - x - M2 - v1 - V.
 */
async function buildGraph(): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.run(`
      UNWIND ['p', 'q', 'r', 's', 'u', 'v', 'm1', 'm2', 'hub', 'f1', 'f2', 'f3'] AS key
      CREATE (:Actor {key: 'person:' + key, name: key, kind: 'person'})`);
    await tx.run(
      `
      MATCH (p:Actor {key: 'person:p'}), (q:Actor {key: 'person:q'})
      UNWIND range(2, 5) AS size
      CREATE (a:Article {key: 'pq' + size, title: 'PQ ' + size, date: '2020-01-01', stub: false})
      CREATE (a)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(p)
      CREATE (a)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(q)
      WITH a, size
      MATCH (f:Actor) WHERE f.key IN $fillers[0..size - 2]
      CREATE (a)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(f)`,
      { fillers: ['person:f1', 'person:f2', 'person:f3'] },
    );
    await tx.run(
      `
      MATCH (hub:Actor {key: 'person:hub'})
      UNWIND range(1, $hubArticles) AS i
      CREATE (a:Article {key: 'hub' + i, title: 'Hub ' + i, date: '2020-01-01', stub: false})
      CREATE (a)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(hub)`,
      { hubArticles: PATH_SEARCH_BOUNDS.hubDegree },
    );
    await tx.run(`
      MATCH (r:Actor {key: 'person:r'}), (s:Actor {key: 'person:s'}), (hub:Actor {key: 'person:hub'})
      CREATE (n:Narrative {key: 'n', label: 'narrative', kind: 'slogan'})
      CREATE (r1:Article {key: 'r1', title: 'R1', date: '2020-01-01', stub: false})
      CREATE (r2:Article {key: 'r2', title: 'R2', date: '2020-01-01', stub: false})
      CREATE (s1:Article {key: 's1', title: 'S1', date: '2020-01-01', stub: false})
      CREATE (s2:Article {key: 's2', title: 'S2', date: '2020-01-01', stub: false})
      CREATE (r1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(r)
      CREATE (r1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(hub)
      CREATE (s1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(s)
      CREATE (s1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(hub)
      CREATE (r2)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(r)
      CREATE (r2)-[:ADVANCES {${EVIDENCE}}]->(n)
      CREATE (s2)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(s)
      CREATE (s2)-[:ADVANCES {${EVIDENCE}}]->(n)`);
    await tx.run(`
      MATCH (u:Actor {key: 'person:u'}), (v:Actor {key: 'person:v'}),
            (m1:Actor {key: 'person:m1'}), (m2:Actor {key: 'person:m2'})
      CREATE (u1:Article {key: 'u1', title: 'U1', date: '2020-01-01', stub: false})
      CREATE (x:Article {key: 'x', title: 'X', date: '2020-01-01', stub: false})
      CREATE (v1:Article {key: 'v1', title: 'V1', date: '2020-01-01', stub: false})
      CREATE (u1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(u)
      CREATE (u1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(m1)
      CREATE (x)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(m1)
      CREATE (x)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(m2)
      CREATE (v1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(m2)
      CREATE (v1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(v)
      WITH m1, m2
      UNWIND [m1, m1, m2, m2] AS m
      CREATE (f:Article {key: 'filler-' + randomUUID(), title: 'Filler', date: '2020-01-01', stub: false})
      CREATE (f)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(m)`);
  });
}

function request(from: string, to: string, maxHops: PathHops, limit = 3) {
  return {
    from: { kind: 'Actor' as const, key: `person:${from}` },
    to: { kind: 'Actor' as const, key: `person:${to}` },
    relationTypes: [...RELATION_TYPES] as RelationType[],
    maxHops,
    limit,
  };
}

/** The inner nodes of each path, as global ids. */
function routes(slice: { paths: readonly (readonly string[])[] } | undefined): string[][] {
  return (slice?.paths ?? []).map((path) => path.slice(1, -1));
}

beforeAll(async () => {
  await resetDatabase();
  await buildGraph();
  // Plans once, so the first test's search does not spend its time budget planning.
  await exploreRepository.paths(request('r', 's', 4));
});

afterAll(async () => {
  await closeDriver();
});

describe('paths search', () => {
  it('finds k shortest paths in one search, least connected intermediates first', async () => {
    const slice = await exploreRepository.paths(request('p', 'q', 4));
    expect({ routes: routes(slice), truncatedBy: slice?.truncatedBy }).toEqual({
      routes: [['Article:pq2'], ['Article:pq3'], ['Article:pq4']],
      truncatedBy: 'MORE_PATHS',
    });
  });

  it('meets at a hub without walking through it, and ranks the route through it last', async () => {
    const all = await exploreRepository.paths(request('r', 's', 4));
    const mentionsOnly = await exploreRepository.paths({
      ...request('r', 's', 4),
      relationTypes: ['MENTIONS'],
    });
    expect({
      all: routes(all),
      allTruncatedBy: all?.truncatedBy,
      mentionsOnly: routes(mentionsOnly),
    }).toEqual({
      all: [
        ['Article:r2', 'Narrative:n', 'Article:s2'],
        ['Article:r1', 'Actor:person:hub', 'Article:s1'],
      ],
      allTruncatedBy: null,
      mentionsOnly: [['Article:r1', 'Actor:person:hub', 'Article:s1']],
    });
  });

  it('says SEARCH_BOUND when only a walk through hubs would reach the other end', async () => {
    const small: PathSearchBounds = { ...PATH_SEARCH_BOUNDS, hubDegree: 3 };
    const [shipped, bounded] = await Promise.all([
      exploreRepository.paths(request('u', 'v', 6)),
      readTransaction((tx) => pathsIn(tx, request('u', 'v', 6), undefined, small)),
    ]);
    expect({
      shipped: [routes(shipped), shipped?.truncatedBy],
      bounded: [routes(bounded), bounded?.truncated, bounded?.truncatedBy],
    }).toEqual({
      shipped: [
        [['Article:u1', 'Actor:person:m1', 'Article:x', 'Actor:person:m2', 'Article:v1']],
        null,
      ],
      bounded: [[], true, 'SEARCH_BOUND'],
    });
  });

  it('says SEARCH_BOUND when a level would read more than its budget', async () => {
    const small: PathSearchBounds = { ...PATH_SEARCH_BOUNDS, levelBudget: 3 };
    const bounded = await readTransaction((tx) =>
      pathsIn(tx, request('u', 'v', 6), undefined, small),
    );
    expect([routes(bounded), bounded?.truncatedBy]).toEqual([[], 'SEARCH_BOUND']);
  });
});

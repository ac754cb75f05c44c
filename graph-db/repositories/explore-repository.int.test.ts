import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '../driver';
import { NODE_KINDS, RELATION_TYPES } from '../../model/graph-model';
import type { GraphSlice } from '../../model/graph-slice';
import { EMPTY_VIEW_STATE, type ViewState } from '../../model/view-state';
import type { ExpansionFilters } from '../queries/graph-slice.cypher';
import { closeDriver, connectTestDatabase, resetDatabase } from '../testing/test-database';
import { exploreRepository, type PathsSlice } from './explore-repository';
import { neighborGroupRepository } from './neighbor-group-repository';
import { groupedTop } from '../../model/neighbor-groups';

connectTestDatabase();

const EVIDENCE = `sentence: 'evidence', start: 0, end: 8, extractor: 'test', confidence: 0.9`;

/**
 * A small graph with known routes between two actors A and B:
 *   2 hops  A - art1 - B
 *   3 hops  A - art2 - e1 - B            (art2 cites e1, which involves B)
 *   4 hops  A - art3 - src - art4 - B    (both published by src)
 *   4 hops  A - art5 - nar - art6 - B    (both advance nar)
 * C PART_OF D is their only link. Hub H is mentioned by ten articles (count 1..10), each of which
 * also mentions the shared actor X (count 5) and an actor of its own Y<i> (count 1).
 */
async function buildGraph(): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.run(`
      UNWIND ['A', 'B', 'C', 'D', 'H', 'X'] AS name
      CREATE (:Actor {key: 'country:' + toLower(name), name: name, kind: 'country'})`);
    await tx.run(`
      MATCH (a:Actor {key: 'country:a'}), (b:Actor {key: 'country:b'})
      CREATE (src:Source {key: 'src', name: 'Source'})
      CREATE (nar:Narrative {key: 'nar', label: 'narrative', kind: 'slogan'})
      CREATE (e1:Event {key: 'e1', date: '2020-01-01', precision: 'day', description: 'event one'})
      CREATE (art1:Article {key: 'art1', title: 'Article 1', date: '2020-02-01', stub: false})
      CREATE (art2:Article {key: 'art2', title: 'Article 2', date: '2020-02-02', stub: false})
      CREATE (art3:Article {key: 'art3', title: 'Article 3', date: '2020-02-03', stub: false})
      CREATE (art4:Article {key: 'art4', title: 'Article 4', date: '2020-02-04', stub: false})
      CREATE (art5:Article {key: 'art5', title: 'Article 5', date: '2020-02-05', stub: false})
      CREATE (art6:Article {key: 'art6', title: 'Article 6', date: '2020-02-06', stub: false})
      CREATE (art1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(a)
      CREATE (art1)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(b)
      CREATE (art2)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(a)
      CREATE (art2)-[:CITES {localKey: 'e0', ${EVIDENCE}}]->(e1)
      CREATE (e1)-[:INVOLVES {articleKey: 'art2', ${EVIDENCE}}]->(b)
      CREATE (art3)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(a)
      CREATE (art3)-[:PUBLISHED_BY {${EVIDENCE}}]->(src)
      CREATE (art4)-[:PUBLISHED_BY {${EVIDENCE}}]->(src)
      CREATE (art4)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(b)
      CREATE (art5)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(a)
      CREATE (art5)-[:ADVANCES {${EVIDENCE}}]->(nar)
      CREATE (art6)-[:ADVANCES {${EVIDENCE}}]->(nar)
      CREATE (art6)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(b)`);
    await tx.run(`
      MATCH (c:Actor {key: 'country:c'}), (d:Actor {key: 'country:d'})
      CREATE (c)-[:PART_OF {${EVIDENCE}}]->(d)`);
    await tx.run(`
      MATCH (h:Actor {key: 'country:h'}), (x:Actor {key: 'country:x'})
      UNWIND range(1, 10) AS i
      CREATE (a:Article {key: 'hub' + i, title: 'Hub article ' + i, date: '2021-01-01', stub: false})
      CREATE (y:Actor {key: 'person:y' + i, name: 'Y' + i, kind: 'person'})
      CREATE (a)-[:MENTIONS {count: i, ${EVIDENCE}}]->(h)
      CREATE (a)-[:MENTIONS {count: 5, ${EVIDENCE}}]->(x)
      CREATE (a)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(y)`);
  });
}

const allFilters: ExpansionFilters = {
  relationTypes: [...RELATION_TYPES],
  nodeKinds: [...NODE_KINDS],
  sourceKeys: null,
  from: null,
  to: null,
};

function paths(from: string, to: string, maxHops: 2 | 3 | 4, limit: number) {
  return exploreRepository.paths({
    from: { kind: 'Actor', key: from },
    to: { kind: 'Actor', key: to },
    relationTypes: [...RELATION_TYPES],
    maxHops,
    limit,
  });
}

/** Every step of every path is an edge of the slice (in either direction). */
function expectConnected(slice: PathsSlice): void {
  const links = new Set(
    slice.edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]),
  );
  for (const path of slice.paths) {
    for (let i = 1; i < path.length; i += 1) {
      expect(links.has(`${path[i - 1]}|${path[i]}`), path.join(' > ')).toBe(true);
    }
  }
}

beforeAll(async () => {
  await resetDatabase();
  await buildGraph();
  // Compiles the path queries once: alternatives have a time budget meant for searching, and a
  // freshly started test database can spend it planning.
  await paths('country:a', 'country:b', 4, 3);
});

afterAll(async () => {
  await closeDriver();
});

describe('paths', () => {
  it('returns the shortest path, then longer routes that avoid earlier intermediates', async () => {
    const slice = await paths('country:a', 'country:b', 4, 3);
    expect(slice).toBeDefined();
    if (!slice) return;
    expect(slice.paths.map((p) => p.length - 1)).toEqual([2, 3, 4]);
    expect(slice.paths[0]).toEqual(['Actor:country:a', 'Article:art1', 'Actor:country:b']);
    expect(slice.paths[1]).toEqual([
      'Actor:country:a',
      'Article:art2',
      'Event:e1',
      'Actor:country:b',
    ]);
    const inner = slice.paths.flatMap((p) => p.slice(1, -1));
    expect(new Set(inner).size).toBe(inner.length);
    // A fourth route exists (through the other of src and nar): more paths than the limit.
    expect([slice.truncated, slice.truncatedBy]).toEqual([true, 'MORE_PATHS']);
    expectConnected(slice);
    const involves = slice.edges.find((e) => e.type === 'INVOLVES');
    expect(involves?.evidence[0]).toMatchObject({
      articleId: 'Article:art2',
      articleTitle: 'Article 2',
    });
  });

  it('finds every disjoint route within the hop bound and never exceeds it', async () => {
    const all = await paths('country:a', 'country:b', 4, 10);
    expect(all?.paths.map((p) => p.length - 1)).toEqual([2, 3, 4, 4]);
    expect(new Set(all?.paths.map((p) => p[1])).size).toBe(4);
    const short = await paths('country:a', 'country:b', 3, 10);
    expect(short?.paths.map((p) => p.length - 1)).toEqual([2, 3]);
    const none = await paths('country:a', 'country:b', 2, 10);
    expect(none?.paths).toHaveLength(1);
  });

  it('reports a lone direct link as complete, and unknown ends as missing', async () => {
    const direct = await paths('country:c', 'country:d', 4, 3);
    expect(direct?.paths).toEqual([['Actor:country:c', 'Actor:country:d']]);
    expect([direct?.truncated, direct?.truncatedBy]).toEqual([false, null]);
    expect(direct?.edges.map((e) => e.id)).toEqual(['PART_OF:Actor:country:c->Actor:country:d']);
    const unrelated = await paths('country:c', 'country:a', 4, 3);
    expect(unrelated).toMatchObject({
      paths: [],
      nodes: [],
      edges: [],
      truncated: false,
      truncatedBy: null,
    });
    expect(await paths('country:a', 'country:atlantis', 4, 3)).toBeUndefined();
  });
});

describe('neighborhood', () => {
  function around(key: string, depth: 1 | 2, limit: number, filters = allFilters) {
    return exploreRepository.neighborhood({
      seeds: [{ kind: 'Actor', key }],
      depth,
      limit,
      filters,
    });
  }

  function ids(slice: GraphSlice | undefined): string[] {
    return slice?.nodes.map((n) => n.id) ?? [];
  }

  it('keeps a hub’s strongest links first and says it cut the rest', async () => {
    const slice = await around('country:h', 1, 4);
    expect(ids(slice)).toEqual([
      'Actor:country:h',
      'Article:hub10',
      'Article:hub9',
      'Article:hub8',
    ]);
    expect(slice?.truncated).toBe(true);
    expect(slice?.nodes.find((n) => n.id === 'Article:hub10')?.degree).toBe(3);
    const mentions = slice?.edges.filter((e) => e.type === 'MENTIONS') ?? [];
    expect(mentions.map((e) => [e.source, e.weight])).toEqual(
      expect.arrayContaining([
        ['Article:hub10', 10],
        ['Article:hub9', 9],
        ['Article:hub8', 8],
      ]),
    );
    expect(mentions[0]?.evidence[0]).toMatchObject({ sentence: 'evidence', start: 0, end: 8 });
  });

  it('counts a neighbour shared by the whole frontier once', async () => {
    const slice = await around('country:h', 2, 6);
    const found = ids(slice);
    expect(found.slice(0, 4)).toEqual([
      'Actor:country:h',
      'Article:hub10',
      'Article:hub9',
      'Article:hub8',
    ]);
    expect(found.filter((id) => id === 'Actor:country:x')).toHaveLength(1);
    expect(found).toHaveLength(6);
    expect(new Set(found).size).toBe(6);
    const nodes = new Set(found);
    expect(slice?.edges.every((e) => nodes.has(e.source) && nodes.has(e.target))).toBe(true);
    expect(slice?.truncated).toBe(true);
  });

  it('returns the whole neighbourhood when it fits, untruncated', async () => {
    const slice = await around('country:c', 2, 10);
    expect(ids(slice)).toEqual(['Actor:country:c', 'Actor:country:d']);
    expect(slice?.truncated).toBe(false);
    expect(slice?.edges).toHaveLength(1);
  });

  it('applies kind, date and source filters to what it keeps', async () => {
    const actorsOnly = await around('country:a', 2, 50, { ...allFilters, nodeKinds: ['Actor'] });
    expect(ids(actorsOnly)).toEqual(['Actor:country:a']);
    const dated = await around('country:a', 1, 50, {
      ...allFilters,
      from: '2020-02-02',
      to: '2020-02-03',
    });
    expect(ids(dated).sort()).toEqual(['Actor:country:a', 'Article:art2', 'Article:art3']);
    const published = await around('country:a', 1, 50, { ...allFilters, sourceKeys: ['src'] });
    expect(ids(published).sort()).toEqual(['Actor:country:a', 'Article:art3']);
  });
});

describe('forViewState', () => {
  it('reads a group expansion as one grouped neighbourhood of all its ids, as the explorer does', async () => {
    const group = ['Actor:country:a', 'Actor:country:h'];
    const state: ViewState = {
      ...EMPTY_VIEW_STATE,
      seeds: ['Actor:country:c'],
      expansions: [{ ids: group, depth: 1 }],
    };
    const slice = await exploreRepository.forViewState(state, 6);
    // What the explorer's two requests for the same state return (fetchPlan is shared): a box
    // selection's expansion is one grouped read of all its ids, like a node's.
    const grouped = (keys: string[]) =>
      neighborGroupRepository.groupedNeighborhood({
        seeds: keys.map((key) => ({ kind: 'Actor' as const, key })),
        top: groupedTop(1),
        depth: 1,
      });
    const seeds = await grouped(['country:c']);
    const expanded = await grouped(['country:a', 'country:h']);
    const idsOf = (s: GraphSlice | undefined) => s?.nodes.map((n) => n.id).sort() ?? [];
    expect(idsOf(slice)).toEqual([...new Set([...idsOf(seeds), ...idsOf(expanded)])].sort());
  });
});

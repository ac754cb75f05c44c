import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '../driver';
import { NEIGHBOR_GROUP_LIMITS, groupFoldId, neighborGroupId } from '../../model/neighbor-groups';
import { closeDriver, connectTestDatabase, resetDatabase } from '../testing/test-database';
import { neighborGroupRepository } from './neighbor-group-repository';

connectTestDatabase();

const EVIDENCE = `sentence: 'evidence', start: 0, end: 8, extractor: 'test', confidence: 0.9`;
const HUB = 'Actor:country:h';
const ARTICLES = neighborGroupId(HUB, 'MENTIONS', 'in', 'Article');
const EVENTS = neighborGroupId(HUB, 'INVOLVES', 'in', 'Event');

/**
 * Hub H: mentioned by 90 articles (article i mentions it i times, dated 2020-01-01 + i days),
 * involved in 30 events, with 3 actors part of it. Article a1 also mentions actor S, which has
 * no other link: a small neighbourhood.
 */
async function buildGraph(): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.run(`
      CREATE (h:Actor {key: 'country:h', name: 'H', kind: 'country'})
      CREATE (s:Actor {key: 'country:s', name: 'S', kind: 'country'})
      WITH h, s
      UNWIND range(1, 90) AS i
      CREATE (a:Article {key: 'a' + i, title: 'Article ' + i, stub: false,
                         date: toString(date('2020-01-01') + duration({days: i}))})
      CREATE (a)-[:MENTIONS {count: i, ${EVIDENCE}}]->(h)
      FOREACH (_ IN CASE WHEN i = 1 THEN [1] ELSE [] END |
        CREATE (a)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(s))`);
    await tx.run(`
      MATCH (h:Actor {key: 'country:h'})
      UNWIND range(1, 30) AS i
      CREATE (e:Event {key: 'e' + i, description: 'Event ' + i, precision: 'day',
                       date: toString(date('2019-01-01') + duration({days: i}))})
      CREATE (e)-[:INVOLVES {articleKey: 'a1', ${EVIDENCE}}]->(h)`);
    await tx.run(`
      MATCH (h:Actor {key: 'country:h'})
      UNWIND range(1, 3) AS i
      CREATE (p:Actor {key: 'person:p' + i, name: 'P' + i, kind: 'person'})-[:PART_OF {${EVIDENCE}}]->(h)`);
  });
}

beforeAll(async () => {
  await resetDatabase();
  await buildGraph();
});

afterAll(async () => {
  await closeDriver();
});

describe('groupedNeighborhood', () => {
  it('keeps a hub’s strongest neighbours, shared among its groups, and groups the rest', async () => {
    const slice = await neighborGroupRepository.groupedNeighborhood({
      seeds: [{ kind: 'Actor', key: 'country:h' }],
      top: 40,
    });
    const ids = new Set(slice?.nodes.map((n) => n.id));
    const articles = [...ids].filter((id) => id.startsWith('Article:'));
    const events = [...ids].filter((id) => id.startsWith('Event:'));
    expect({
      nodes: slice?.nodes.length,
      hub: ids.has(HUB),
      partOf: ['Actor:person:p1', 'Actor:person:p2', 'Actor:person:p3'].every((id) => ids.has(id)),
      // 40 shared by three groups: the 3 actors, then 18 and 19 of the others.
      articles: articles.length,
      events: events.length,
      // The strongest articles: the most mentions.
      strongest: articles.every(
        (id) => Number(id.slice('Article:a'.length)) > 90 - articles.length,
      ),
      // The most recent events (all weigh 1).
      recent: events.every((id) => Number(id.slice('Event:e'.length)) > 30 - events.length),
      groups: slice?.groups?.map((g) => [g.id, g.count, g.shown]),
      edgesToHub: slice?.edges.filter((e) => e.target === HUB).length,
    }).toEqual({
      nodes: 41,
      hub: true,
      partOf: true,
      articles: 19,
      events: 18,
      strongest: true,
      recent: true,
      groups: [
        [ARTICLES, 90, 19],
        [EVENTS, 30, 18],
      ],
      edgesToHub: 40,
    });
  });

  it('returns a small neighbourhood whole, without groups', async () => {
    const slice = await neighborGroupRepository.groupedNeighborhood({
      seeds: [{ kind: 'Actor', key: 'country:s' }],
      top: 40,
    });
    expect({
      nodes: slice?.nodes.map((n) => n.id).sort(),
      groups: slice?.groups,
    }).toEqual({ nodes: ['Actor:country:s', 'Article:a1'], groups: undefined });
  });

  it('groups each further hop around the nodes the hop before kept, within one budget', async () => {
    // a1 has two neighbours (H and S): the first hop takes both; the second reads around them,
    // and H's 122 other neighbours share the 8 places left as a hub's first view would.
    const slice = await neighborGroupRepository.groupedNeighborhood({
      seeds: [{ kind: 'Article', key: 'a1' }],
      top: 10,
      depth: 2,
    });
    expect({
      nodes: slice?.nodes.map((n) => n.id).sort(),
      groups: slice?.groups?.map((g) => [g.id, g.count, g.shown]),
    }).toEqual({
      nodes: [
        'Actor:country:h',
        'Actor:country:s',
        'Actor:person:p1',
        'Actor:person:p2',
        'Article:a1',
        'Article:a88',
        'Article:a89',
        'Article:a90',
        'Event:e28',
        'Event:e29',
        'Event:e30',
      ],
      // Shown counts what each group kept (a1, H's weakest article, is not among them).
      groups: [
        [ARTICLES, 90, 3],
        [EVENTS, 30, 3],
        [neighborGroupId(HUB, 'PART_OF', 'in', 'Actor'), 3, 2],
      ],
    });
  });

  it('draws the strongest groups on their own and folds the rest into one node of the read', async () => {
    // The same read as above, drawing two groups: H's smallest group (3 actors) folds.
    const slice = await neighborGroupRepository.groupedNeighborhood({
      seeds: [{ kind: 'Article', key: 'a1' }],
      top: 10,
      depth: 2,
      maxGroups: 2,
    });
    expect(slice?.groups?.map((g) => [g.id, g.count, g.folded ?? null])).toEqual([
      [ARTICLES, 90, null],
      [EVENTS, 30, null],
      [neighborGroupId(HUB, 'PART_OF', 'in', 'Actor'), 3, groupFoldId(['Article:a1'], 2)],
    ]);
  });

  it('reads more than ten seeds in one grouped read, small ones whole', async () => {
    // A box selection of 12 articles: each mentions H (a1 also S), 13 links in all.
    const slice = await neighborGroupRepository.groupedNeighborhood({
      seeds: Array.from({ length: 12 }, (_, i) => ({ kind: 'Article' as const, key: `a${i + 1}` })),
      top: NEIGHBOR_GROUP_LIMITS.defaultTop,
    });
    expect({
      nodes: slice?.nodes.map((n) => n.id).sort(),
      mentions: slice?.edges.filter((e) => e.type === 'MENTIONS').length,
      groups: slice?.groups,
    }).toEqual({
      nodes: [
        'Actor:country:h',
        'Actor:country:s',
        ...Array.from({ length: 12 }, (_, i) => `Article:a${i + 1}`).sort(),
      ],
      mentions: 13,
      groups: undefined,
    });
  });

  it('finds nothing for unknown seeds', async () => {
    expect(
      await neighborGroupRepository.groupedNeighborhood({
        seeds: [{ kind: 'Actor', key: 'country:nowhere' }],
        top: 40,
      }),
    ).toBeUndefined();
  });
});

describe('groupPage', () => {
  it('pages a group’s members strongest first, with its count', async () => {
    const page = (offset: number) =>
      neighborGroupRepository.groupPage({
        group: ARTICLES,
        offset,
        first: NEIGHBOR_GROUP_LIMITS.pageSize,
        from: null,
        to: null,
      });
    const [one, four] = await Promise.all([page(0), page(75)]);
    const members = (slice: typeof one) =>
      slice?.nodes.filter((n) => n.id !== HUB).map((n) => n.id) ?? [];
    expect({
      first: members(one),
      last: members(four),
      groups: [one?.groups, four?.groups].map((g) => g?.map((x) => [x.id, x.count, x.shown])),
      hub: one?.nodes.some((n) => n.id === HUB),
      edges: one?.edges.length,
    }).toEqual({
      first: Array.from({ length: 25 }, (_, i) => `Article:a${90 - i}`),
      last: Array.from({ length: 15 }, (_, i) => `Article:a${15 - i}`),
      groups: [[[ARTICLES, 90, 25]], [[ARTICLES, 90, 90]]],
      hub: true,
      edges: 25,
    });
  });

  it('counts and pages only the members inside a date window', async () => {
    // Articles a10..a19 are dated 2020-01-11..2020-01-20.
    const slice = await neighborGroupRepository.groupPage({
      group: ARTICLES,
      offset: 0,
      first: 5,
      from: '2020-01-11',
      to: '2020-01-20',
    });
    expect({
      members: slice?.nodes.filter((n) => n.id !== HUB).map((n) => n.id),
      group: slice?.groups?.map((g) => [g.count, g.shown]),
    }).toEqual({
      members: ['Article:a19', 'Article:a18', 'Article:a17', 'Article:a16', 'Article:a15'],
      group: [[10, 5]],
    });
  });

  it('answers nothing for a malformed group or an unknown hub', async () => {
    const ask = (group: string) =>
      neighborGroupRepository.groupPage({ group, offset: 0, first: 5, from: null, to: null });
    expect([
      await ask('group:MENTIONS:in:Article'),
      await ask('group:DROP:in:Article:Actor:country:h'),
      await ask(neighborGroupId('Actor:country:nowhere', 'MENTIONS', 'in', 'Article')),
    ]).toEqual([undefined, undefined, undefined]);
  });
});

describe('a 20,000-neighbour hub', () => {
  const BIG = 'Actor:country:big';

  beforeAll(async () => {
    await writeTransaction((tx) =>
      tx.run(`
        CREATE (big:Actor {key: 'country:big', name: 'Big', kind: 'country'})
        WITH big
        UNWIND range(1, 22000) AS i
        CREATE (a:Article {key: 'big' + i, title: 'Big article ' + i, stub: false,
                           date: toString(date('2000-01-01') + duration({days: i}))})
        CREATE (a)-[:MENTIONS {count: 1 + i % 7, ${EVIDENCE}}]->(big)`),
    );
  });

  it('opens as an overview: its strongest neighbours and one group, never 20,000 nodes', async () => {
    const slice = await neighborGroupRepository.groupedNeighborhood({
      seeds: [{ kind: 'Actor', key: 'country:big' }],
      top: NEIGHBOR_GROUP_LIMITS.defaultTop,
      evidence: false,
    });
    const group = slice?.groups?.[0];
    expect({
      nodes: slice?.nodes.length,
      // Heaviest links first (count 7: i % 7 = 6), then the most recent.
      strongest: slice?.nodes
        .filter((n) => n.id !== BIG)
        .every((n) => Number(n.id.slice('Article:big'.length)) % 7 === 6),
      group: [group?.id, group?.count, group?.shown],
      // The scan stopped at its cap: the count is a lower bound, and the slice says so.
      truncated: slice?.truncated,
      evidence: slice?.edges.every((e) => e.evidence.length === 0),
    }).toEqual({
      nodes: NEIGHBOR_GROUP_LIMITS.defaultTop + 1,
      strongest: true,
      group: [
        neighborGroupId(BIG, 'MENTIONS', 'in', 'Article'),
        NEIGHBOR_GROUP_LIMITS.scanCap,
        NEIGHBOR_GROUP_LIMITS.defaultTop,
      ],
      truncated: true,
      evidence: true,
    });
  });
});

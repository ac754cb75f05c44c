import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '../driver';
import { closeDriver, connectTestDatabase, resetDatabase } from '../testing/test-database';
import { analyticsRepository, type TimelineRequest } from './analytics-repository';

connectTestDatabase();

const EVIDENCE = `sentence: 'evidence', start: 0, end: 8, extractor: 'test', confidence: 0.9`;

/**
 * Narrative n1 is advanced by four dated articles (p1..p4), a stub and an undated article; p1..p3
 * are by source s1, p4 by s2. p1 and p2 both cite event e1 (2020-01-01), p3 cites e2 (2020-03-01).
 * q1 (no narrative) cites e1 too and mentions actor x, as does p4.
 */
async function buildGraph(): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.run(`
      CREATE (n:Narrative {key: 'n1', label: 'narrative one', kind: 'slogan'})
      CREATE (s1:Source {key: 's1', name: 'One'}), (s2:Source {key: 's2', name: 'Two'})
      CREATE (x:Actor {key: 'country:x', name: 'X', kind: 'country'})
      CREATE (e1:Event {key: 'e1', date: '2020-01-01', precision: 'day', description: 'first'})
      CREATE (e2:Event {key: 'e2', date: '2020-03-01', precision: 'day', description: 'second'})
      CREATE (p1:Article {key: 'p1', title: 'P1', date: '2020-01-11', stub: false})
      CREATE (p2:Article {key: 'p2', title: 'P2', date: '2020-01-31', stub: false})
      CREATE (p3:Article {key: 'p3', title: 'P3', date: '2020-03-04', stub: false})
      CREATE (p4:Article {key: 'p4', title: 'P4', date: '2020-05-20', stub: false})
      CREATE (stub:Article {key: 'stub', title: 'Stub', date: '2020-01-15', stub: true})
      CREATE (undated:Article {key: 'undated', title: 'Undated', stub: false})
      CREATE (q1:Article {key: 'q1', title: 'Q1', date: '2020-01-21', stub: false})
      FOREACH (a IN [p1, p2, p3, p4, stub, undated] | CREATE (a)-[:ADVANCES {${EVIDENCE}}]->(n))
      FOREACH (a IN [p1, p2, p3] | CREATE (a)-[:PUBLISHED_BY {${EVIDENCE}}]->(s1))
      CREATE (p4)-[:PUBLISHED_BY {${EVIDENCE}}]->(s2)
      FOREACH (a IN [p1, p2, q1] | CREATE (a)-[:CITES {localKey: 'e0', ${EVIDENCE}}]->(e1))
      CREATE (p3)-[:CITES {localKey: 'e0', ${EVIDENCE}}]->(e2)
      FOREACH (a IN [p4, q1] | CREATE (a)-[:MENTIONS {count: 1, ${EVIDENCE}}]->(x))`);
  });
}

const none: TimelineRequest = {
  ids: null,
  kinds: null,
  sourceKeys: null,
  narrativeKey: null,
  from: null,
  to: null,
  bucket: 'MONTH',
};

beforeAll(async () => {
  await resetDatabase();
  await buildGraph();
});

afterAll(async () => {
  await closeDriver();
});

describe('timeline', () => {
  it('counts a narrative’s dated articles, its distinct cited events and citation lags', async () => {
    const timeline = await analyticsRepository.timeline({ ...none, narrativeKey: 'n1' });
    expect(timeline.totalArticles).toBe(4);
    expect(timeline.buckets).toEqual([
      // p1 and p2 cite the same event: one cited event, lags 10 and 30 days.
      { start: '2020-01-01', articles: 2, citedEvents: 1, medianLagDays: 20 },
      { start: '2020-03-01', articles: 1, citedEvents: 1, medianLagDays: 3 },
      { start: '2020-05-01', articles: 1, citedEvents: 0, medianLagDays: null },
    ]);
    expect(timeline.lag).toEqual({
      citations: 3,
      medianDays: 10,
      p90Days: 26,
      // Neo4j sums in no fixed order: the mean may differ in its last bit.
      meanDays: expect.closeTo((10 + 30 + 3) / 3, 9) as number,
      maxDays: 30,
    });
  });

  it('combines the narrative with dates, sources, kinds and node ids', async () => {
    const from = await analyticsRepository.timeline({
      ...none,
      narrativeKey: 'n1',
      from: '2020-02-01',
      to: '2020-04-30',
    });
    expect(from.totalArticles).toBe(1);
    const bySource = await analyticsRepository.timeline({
      ...none,
      narrativeKey: 'n1',
      sourceKeys: ['s2'],
    });
    expect(bySource.totalArticles).toBe(1);
    const withActors = await analyticsRepository.timeline({
      ...none,
      narrativeKey: 'n1',
      kinds: ['Actor'],
    });
    expect(withActors.totalArticles).toBe(1);
    const linkedToEvent = await analyticsRepository.timeline({
      ...none,
      ids: [{ kind: 'Event', key: 'e1' }],
    });
    expect(linkedToEvent.totalArticles).toBe(3);
    const linkedAndAdvancing = await analyticsRepository.timeline({
      ...none,
      ids: [{ kind: 'Event', key: 'e1' }],
      narrativeKey: 'n1',
    });
    expect(linkedAndAdvancing.totalArticles).toBe(2);
  });

  it('counts every dated full article without a filter, and nothing for unknown ids', async () => {
    const all = await analyticsRepository.timeline({ ...none, bucket: 'YEAR' });
    expect(all.totalArticles).toBe(5);
    expect(all.buckets).toEqual([
      { start: '2020-01-01', articles: 5, citedEvents: 2, medianLagDays: 15 },
    ]);
    const unknown = await analyticsRepository.timeline({
      ...none,
      ids: [{ kind: 'Actor', key: 'country:atlantis' }],
    });
    expect(unknown.totalArticles).toBe(0);
    expect(unknown.buckets).toEqual([]);
  });
});

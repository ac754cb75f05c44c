import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/ingest/run-ingest';
import { readTransaction } from '../driver';
import { NODE_KINDS, RELATION_TYPES } from '../model/graph-model';
import { readDataVersion } from '../queries/analytics.cypher';
import { createReadCache } from '../read-cache';
import {
  closeDriver,
  connectTestDatabase,
  ingestRecordsElsewhere,
  resetDatabase,
} from '../testing/test-database';
import { analyticsRepository } from './analytics-repository';
import { exploreRepository } from './explore-repository';
import { ingestRepository } from './ingest-repository';
import { uncachedRepositories, withReadCache } from './index';

connectTestDatabase();

const seed = path.resolve(__dirname, '../../../shared/seeds/kcna-watch-page-2021-08-01.txt');
// The same write another process (the ingest CLI) would make: it bypasses this process's cache.
const writeElsewhere = ingestRepository.writeBatch.bind(ingestRepository);

const aroundChina = {
  seeds: [{ kind: 'Actor' as const, key: 'country:china' }],
  depth: 1 as const,
  limit: 100,
  filters: {
    relationTypes: [...RELATION_TYPES],
    nodeKinds: [...NODE_KINDS],
    sourceKeys: null,
    from: null,
    to: null,
  },
};

function cachedRepositories() {
  const cache = createReadCache({
    maxBytes: 16 * 1024 * 1024,
    readVersion: () => readTransaction(readDataVersion),
  });
  return { cache, db: withReadCache(uncachedRepositories, cache) };
}

const articleTitles = (slice: { nodes: readonly { kind: string; label: string }[] } | undefined) =>
  (slice?.nodes ?? [])
    .filter((node) => node.kind === 'Article')
    .map((node) => node.label)
    .sort();

describe('the read cache against Neo4j', () => {
  beforeAll(async () => {
    if (!existsSync(seed)) throw new Error(`the seed page is missing at ${seed}`);
    await resetDatabase();
    await runIngest([seed], { write: writeElsewhere });
  });
  afterAll(closeDriver);

  it('checks the same data version the stats report, without computing the stats', async () => {
    const stats = await analyticsRepository.stats();
    expect(await readTransaction(readDataVersion)).toBe(stats.dataVersion);
  });

  it('answers a repeated neighbourhood from memory, equal to what Neo4j answers', async () => {
    const { cache, db } = cachedRepositories();
    const first = await db.explore.neighborhood(aroundChina);
    const second = await db.explore.neighborhood(aroundChina);
    expect(second).toBe(first);
    expect(second).toEqual(await exploreRepository.neighborhood(aroundChina));
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('sees an ingest made by another process through the data version', async () => {
    const { cache, db } = cachedRepositories();
    const before = await db.explore.neighborhood(aroundChina);
    expect(articleTitles(before)).not.toContain('China and Russia Hold Talks');
    const versionBefore = await readTransaction(readDataVersion);
    expect(
      await ingestRecordsElsewhere([
        {
          title: 'China and Russia Hold Talks',
          date: '2021-08-02',
          source: 'KCNA',
          text: 'China and Russia held talks in Beijing on Monday, KCNA said.',
        },
      ]),
    ).toBe(1);
    expect(await readTransaction(readDataVersion)).not.toBe(versionBefore);
    const after = await db.explore.neighborhood(aroundChina);
    expect(articleTitles(after)).toContain('China and Russia Hold Talks');
    expect(cache.stats().hits).toBe(0);
  });

  it('drops its entries when this process ingests', async () => {
    const { cache, db } = cachedRepositories();
    await db.explore.neighborhood(aroundChina);
    expect(cache.stats().entries).toBe(1);
    await db.ingest.writeBatch([]);
    expect(cache.stats().entries).toBe(0);
  });
});

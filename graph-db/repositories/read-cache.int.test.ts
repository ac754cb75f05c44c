import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/ingest/run-ingest';
import { readDataVersionMaxAgeMs } from '../../config/server';
import { localWriteCount, readTransaction } from '../driver';
import { EMPTY_VIEW_STATE, type ViewState } from '../../model/view-state';
import { readDataVersion } from '../queries/analytics.cypher';
import { createReadCache } from '../read-cache';
import {
  closeDriver,
  connectTestDatabase,
  ingestRecordsElsewhere,
  resetDatabase,
  testDatabaseEnv,
} from '../testing/test-database';
import { analyticsRepository } from './analytics-repository';
import { UNFILTERED, exploreRepository } from './explore-repository';
import { ingestRepository } from './ingest-repository';
import { uncachedRepositories, withReadCache } from './index';

connectTestDatabase();

const seed = path.resolve(__dirname, '../../../shared/seeds/kcna-watch-page-2021-08-01.txt');
// The same write another process (the ingest CLI) would make: it bypasses this process's cache.
const writeElsewhere = ingestRepository;

/** The explorer's view of China (a neighbourhood read through the cached `forViewState`). */
const aroundChina: ViewState = { ...EMPTY_VIEW_STATE, seeds: ['Actor:country:china'] };

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
    await runIngest([seed], { sink: writeElsewhere });
  });
  afterAll(closeDriver);

  it('checks the same data version the stats report, without computing the stats', async () => {
    const stats = await analyticsRepository.stats();
    expect(await readTransaction(readDataVersion)).toBe(stats.dataVersion);
  });

  it('answers a repeated view slice from memory, equal to what Neo4j answers', async () => {
    const { cache, db } = cachedRepositories();
    const first = await db.explore.forViewState(aroundChina);
    const second = await db.explore.forViewState(aroundChina);
    expect(second).toBe(first);
    expect(second).toEqual(await exploreRepository.forViewState(aroundChina));
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('keeps no neighbourhood slice (the response cache keeps its answer), but shares one in flight', async () => {
    const { cache, db } = cachedRepositories();
    const request = {
      seeds: [{ kind: 'Actor' as const, key: 'country:china' }],
      depth: 1 as const,
      limit: 100,
      filters: UNFILTERED,
    };
    const [a, b] = await Promise.all([
      db.explore.neighborhood(request),
      db.explore.neighborhood(request),
    ]);
    expect({ shared: a === b, stats: cache.stats() }).toMatchObject({
      shared: true,
      stats: { hits: 0, joined: 1, entries: 0 },
    });
  });

  it('sees an ingest made by another process through the data version', async () => {
    const { cache, db } = cachedRepositories();
    const before = await db.explore.forViewState(aroundChina);
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
    const after = await db.explore.forViewState(aroundChina);
    expect(articleTitles(after)).toContain('China and Russia Hold Talks');
    expect(cache.stats().hits).toBe(0);
  });

  it('drops its entries when this process ingests', async () => {
    const { cache, db } = cachedRepositories();
    await db.explore.forViewState(aroundChina);
    expect(cache.stats().entries).toBe(1);
    await db.ingest.writeBatch([]);
    expect(cache.stats().entries).toBe(0);
  });
});

const article = (title: string, date: string) => ({
  title,
  date,
  source: 'KCNA',
  text: `${title}. China and its partners met in Beijing on Monday, KCNA said.`,
});

/**
 * The data version is trusted for NARRAGRAPH_DATA_VERSION_MAX_AGE_MS from the moment its read
 * began, and read again in the background past half of it. A write of this process must still be
 * seen by the next read; a write of another process (the ingest CLI, spawned here) may be seen
 * late, but not by a request that starts more than that max age after it.
 */
describe('the data version, trusted for its max age', () => {
  const maxAgeMs = readDataVersionMaxAgeMs();
  const root = path.resolve(__dirname, '../..');
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'narragraph-staleness-'));
  });
  afterAll(async () => {
    await closeDriver();
    await rm(dir, { recursive: true, force: true });
  });

  /** The production wiring of the read cache, on a clock the test moves. */
  function productionCache() {
    const clock = { now: 0, versionReads: 0 };
    const cache = createReadCache({
      maxBytes: 16 * 1024 * 1024,
      readVersion: () => {
        clock.versionReads += 1;
        return readTransaction(readDataVersion);
      },
      versionMaxAgeMs: maxAgeMs,
      localWrites: localWriteCount,
      now: () => clock.now,
    });
    const db = withReadCache(uncachedRepositories, cache);
    const hasArticle = async (title: string) =>
      articleTitles(await db.explore.forViewState(aroundChina)).includes(title);
    return { clock, hasArticle };
  }

  /** `npm run ingest` of one record, in a process of its own. */
  async function ingestInAnotherProcess(record: object): Promise<void> {
    const file = path.join(dir, 'record.jsonl');
    await writeFile(file, `${JSON.stringify(record)}\n`);
    await promisify(execFile)(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/ingest.ts', file],
      {
        cwd: root,
        env: testDatabaseEnv(),
      },
    );
  }

  it('sees a write of this process at once, with the clock standing still', async () => {
    const { hasArticle } = productionCache();
    const title = 'China and Cuba Sign an Accord';
    const before = await hasArticle(title);
    // The plain repository, not the cache's wrapper: only the driver's write count tells the cache.
    await ingestRecordsElsewhere([article(title, '2021-08-02')]);
    expect({ before, after: await hasArticle(title) }).toEqual({ before: false, after: true });
  });

  it('sees a write of another process no later than the max age after it, and never waits for the version before', async () => {
    const { clock, hasArticle } = productionCache();
    const title = 'China and Laos Open a Railway';
    const before = await hasArticle(title);
    await ingestInAnotherProcess(article(title, '2021-08-03'));
    clock.now = maxAgeMs / 2 - 1;
    const young = await hasArticle(title);
    const readsYoung = clock.versionReads;
    // Past half its age the version is still served (a wait for the new one would find the
    // article), and read again in the background.
    clock.now = maxAgeMs - 1;
    const refreshing = await hasArticle(title);
    const readsRefreshing = clock.versionReads;
    // The first version read is too old now; the one that began at maxAgeMs - 1, after the write,
    // is answered or joined.
    clock.now = maxAgeMs;
    const atMaxAge = await hasArticle(title);
    expect({ before, young, readsYoung, refreshing, readsRefreshing, atMaxAge }).toEqual({
      before: false,
      // Stale, as documented: the version was not read again.
      young: false,
      readsYoung: 1,
      refreshing: false,
      readsRefreshing: 2,
      atMaxAge: true,
    });
  }, 60_000);
});

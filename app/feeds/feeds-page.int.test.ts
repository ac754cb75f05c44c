import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedRepository } from '@/graph-db/repositories/feed-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import FeedsPage from './page';

connectTestDatabase();

beforeAll(async () => {
  await resetDatabase();
});
afterAll(async () => {
  await closeDriver();
});

describe('the feeds page', () => {
  it('says how to add a feed when there is none', async () => {
    const html = renderToStaticMarkup(await FeedsPage());
    expect(html).toContain('No feeds yet. Add one under <code>collect.feeds</code>');
    expect(html).toContain('a folder under <code>collect.folders</code>');
  });

  it('lists each feed with its status, last fetch, counts and last error', async () => {
    const url = 'https://feeds.example/rss';
    await feedRepository.upsert([
      { key: url, url, intervalMinutes: 15, origin: 'api', kind: 'feed' },
    ]);
    await feedRepository.recordPoll(url, {
      status: 'error',
      httpStatus: 503,
      error: `${url}: HTTP 503 Service Unavailable`,
      etag: null,
      lastModified: null,
      contentHash: null,
      title: null,
      failures: 2,
      fetchedAt: '2026-12-06T10:00:00.000Z',
      nextDueAt: '2026-12-06T10:02:00.000Z',
      seen: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    const html = renderToStaticMarkup(await FeedsPage());
    const row = /<tr data-status="error">(.*?)<\/tr>/.exec(html)?.[1];
    expect(row?.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toBe(
      `|${url}|feed|failing 2× (HTTP 503)|2026-12-06 10:00 UTC|2026-12-06 10:02 UTC|0 / 0 / 0|0|0|2026-12-06 10:00 UTC: ${url}: HTTP 503 Service Unavailable|`,
    );
  });

  it('shows a folder by its path, with the bad file its last poll rejected', async () => {
    const folder = '/data/inbox';
    const key = 'file:///data/inbox';
    await feedRepository.upsert([
      { key, url: folder, intervalMinutes: 15, origin: 'config', kind: 'folder' },
    ]);
    await feedRepository.recordPoll(key, {
      status: 'ok',
      httpStatus: null,
      error: 'bad.json: cannot read file: Unexpected token',
      etag: null,
      lastModified: null,
      contentHash: null,
      title: null,
      failures: 0,
      fetchedAt: '2026-12-06T11:00:00.000Z',
      nextDueAt: '2026-12-06T11:15:00.000Z',
      seen: 3,
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: 1,
    });
    const html = renderToStaticMarkup(await FeedsPage());
    const row = /<tr data-status="ok">(.*?)<\/tr>/.exec(html)?.[1];
    expect(row?.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toBe(
      `|${folder}|folder|ok|2026-12-06 11:00 UTC|2026-12-06 11:15 UTC|2 / 0 / 1|2|1|2026-12-06 11:00 UTC: bad.json: cannot read file: Unexpected token|`,
    );
  });
});

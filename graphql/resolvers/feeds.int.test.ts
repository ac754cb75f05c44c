import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { FEED_INTERVAL_MINUTES } from '@/ingest/collect/collect-config';
import { createApolloServer } from '../server';
import { ANONYMOUS_CALLER, codes, execute } from '../testing/execute';

connectTestDatabase();

const server = createApolloServer();

const ADD = `mutation($url: String!, $minutes: Int) {
  addFeed(url: $url, intervalMinutes: $minutes) { url key status paused intervalMinutes origin itemsStored }
}`;
const ADD_KIND = `mutation($url: String!, $kind: FeedKind) {
  addFeed(url: $url, kind: $kind) { url key kind }
}`;
const PAUSE = `mutation($url: String!, $paused: Boolean) { pauseFeed(url: $url, paused: $paused) { key paused } }`;
const REMOVE = `mutation($url: String!) { removeFeed(url: $url) { key removed } }`;
const FEEDS = `query($first: Int, $after: String) {
  feeds(first: $first, after: $after) { totalCount edges { cursor node { key status paused } } pageInfo { hasNextPage endCursor } }
}`;

let root = '';
beforeAll(async () => {
  await resetDatabase();
  root = await mkdtemp(path.join(tmpdir(), 'narragraph-folders-'));
});
afterAll(async () => {
  delete process.env.NARRAGRAPH_COLLECT_FOLDER_ROOT;
  await rm(root, { recursive: true, force: true });
  await closeDriver();
});

describe('the feeds API', () => {
  it('adds a feed under its normalized URL, due at once, and sets the interval of one that exists', async () => {
    const first = await execute(server, ADD, { url: 'https://Feeds.example/rss/?utm_source=x' });
    expect(first.data).toEqual({
      addFeed: {
        url: 'https://feeds.example/rss/?utm_source=x',
        key: 'https://feeds.example/rss',
        status: 'NEW',
        paused: false,
        intervalMinutes: FEED_INTERVAL_MINUTES.default,
        origin: 'api',
        itemsStored: 0,
      },
    });
    const again = await execute(server, ADD, { url: 'https://feeds.example/rss', minutes: 60 });
    expect(again.data).toMatchObject({
      addFeed: { key: 'https://feeds.example/rss', intervalMinutes: 60 },
    });
    await execute(server, ADD, { url: 'https://feeds.example/atom' });
  });

  it('lists feeds oldest first, paged', async () => {
    const page = await execute<{
      feeds: { totalCount: number; edges: { node: { key: string } }[]; pageInfo: unknown };
    }>(server, FEEDS, { first: 1 });
    expect(page.data?.feeds.totalCount).toBe(2);
    expect(page.data?.feeds.edges.map((e) => e.node.key)).toEqual(['https://feeds.example/rss']);
    expect(page.data?.feeds.pageInfo).toMatchObject({ hasNextPage: true });
  });

  it('pauses, resumes and removes; NOT_FOUND for a feed that is not there', async () => {
    expect((await execute(server, PAUSE, { url: 'https://feeds.example/rss' })).data).toEqual({
      pauseFeed: { key: 'https://feeds.example/rss', paused: true },
    });
    expect(
      (await execute(server, PAUSE, { url: 'https://feeds.example/rss', paused: false })).data,
    ).toEqual({ pauseFeed: { key: 'https://feeds.example/rss', paused: false } });
    expect((await execute(server, REMOVE, { url: 'https://feeds.example/atom' })).data).toEqual({
      removeFeed: { key: 'https://feeds.example/atom', removed: true },
    });
    expect(codes(await execute(server, REMOVE, { url: 'https://feeds.example/atom' }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('refuses bad URLs and intervals with BAD_USER_INPUT', async () => {
    const results = await Promise.all([
      execute(server, ADD, { url: 'javascript:alert(1)' }),
      execute(server, ADD, { url: 'https://feeds.example/x', minutes: 1 }),
      execute(server, PAUSE, { url: 'ftp://feeds.example/x' }),
    ]);
    expect(results.map(codes)).toEqual([
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
    ]);
  });

  it('needs a write key for every feed mutation, but not to list', async () => {
    const results = await Promise.all([
      execute(server, ADD, { url: 'https://feeds.example/new' }, ANONYMOUS_CALLER),
      execute(server, PAUSE, { url: 'https://feeds.example/rss' }, ANONYMOUS_CALLER),
      execute(server, REMOVE, { url: 'https://feeds.example/rss' }, ANONYMOUS_CALLER),
      execute(server, FEEDS, {}, ANONYMOUS_CALLER),
    ]);
    expect(results.map(codes)).toEqual([
      ['UNAUTHENTICATED'],
      ['UNAUTHENTICATED'],
      ['UNAUTHENTICATED'],
      [],
    ]);
  });

  it('adds pages, and folders only inside NARRAGRAPH_COLLECT_FOLDER_ROOT', async () => {
    const inbox = path.join(root, 'inbox');
    delete process.env.NARRAGRAPH_COLLECT_FOLDER_ROOT;
    const unset = await execute(server, ADD_KIND, { url: inbox, kind: 'FOLDER' });
    expect(unset.errors?.[0]?.message).toMatch(/NARRAGRAPH_COLLECT_FOLDER_ROOT, which is unset/);
    process.env.NARRAGRAPH_COLLECT_FOLDER_ROOT = root;
    const results = await Promise.all([
      execute(server, ADD_KIND, { url: 'https://pages.example/statement', kind: 'PAGE' }),
      execute(server, ADD_KIND, { url: `${inbox}/`, kind: 'FOLDER' }),
      execute(server, ADD_KIND, { url: path.join(root, '..', 'elsewhere'), kind: 'FOLDER' }),
      execute(server, ADD_KIND, { url: '/etc', kind: 'FOLDER' }),
    ]);
    expect(results.map((r) => r.data ?? codes(r))).toEqual([
      {
        addFeed: {
          url: 'https://pages.example/statement',
          key: 'https://pages.example/statement',
          kind: 'PAGE',
        },
      },
      { addFeed: { url: inbox, key: `file://${inbox}`, kind: 'FOLDER' } },
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
    ]);
    // One URL is one source: adding it as another kind is refused, not silently switched.
    const clash = await execute(server, ADD_KIND, { url: 'https://pages.example/statement' });
    expect(clash.errors?.[0]?.message).toMatch(/collected as a page; remove it first/);
    expect((await execute(server, PAUSE, { url: `file://${inbox}` })).data).toEqual({
      pauseFeed: { key: `file://${inbox}`, paused: true },
    });
    expect((await execute(server, REMOVE, { url: inbox })).data).toEqual({
      removeFeed: { key: `file://${inbox}`, removed: true },
    });
  });
});

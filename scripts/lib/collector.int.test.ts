import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTransaction } from '@/graph-db/driver';
import { toStringValue } from '@/graph-db/neo4j-values';
import { feedRepository } from '@/graph-db/repositories/feed-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { DEFAULT_COLLECT_SETTINGS } from '@/ingest/collect/collect-config';
import { createCollector, type CollectStore, type PollReport } from '@/ingest/collect/collector';
import { wireStory } from '@/ingest/testing/wire-story';
import { collectStore } from './collect-store';

/**
 * The collector against the real Neo4j and a feed server on 127.0.0.1 that changes over time,
 * answers 304 to a matching ETag, fails with 500 (and 503 with Retry-After), answers too slowly, serves 10 MB and malformed
 * XML. The clock is the test's, so every poll's due time is exact.
 */

connectTestDatabase();

const TEN_MB = 10 * 1024 * 1024;

interface Entry {
  readonly id: string;
  readonly title: string;
  readonly link: string;
  readonly text: string;
  readonly date?: string;
}

function rss(entries: readonly Entry[]): string {
  const items = entries
    .map(
      (e) =>
        `<item><title>${e.title}</title><link>${e.link}</link><guid>${e.link}</guid><pubDate>${e.date ?? 'Mon, 01 Dec 2026 08:00:00 GMT'}</pubDate><description><![CDATA[${e.text}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Test Agency News</title><link>http://127.0.0.1/</link>\n${items}\n</channel></rss>`;
}

const PAGE_D = `<!doctype html><html lang="en"><head><title>Summary story D in full</title></head><body>
<article><h1>Summary story D in full</h1>
<p>Pyongyang, December 2 (KCNA) -- The full text of story D says that the United States sent a carrier group to the region.</p>
<p>The page goes on for several paragraphs, which the feed entry only summarised in one line.</p>
</article></body></html>`;

let server: Server;
/** Built once: the 10 MB bodies. */
let hugeFeed: string | undefined;
let hugePage: string | undefined;
let base = '';
/** The news feed's version: each adds entries. */
let version = 1;
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];

function newsEntries(): Entry[] {
  const link = (path: string) => `${base}${path}`;
  const a = { id: 'a', title: 'Story A', link: link('/articles/a'), text: wireStory('Story A') };
  const b = { id: 'b', title: 'Story B', link: link('/articles/b'), text: wireStory('Story B') };
  const v2: Entry[] = [
    { id: 'c', title: 'Story C', link: link('/articles/c'), text: wireStory('Story C') },
    { id: 'd', title: 'Story D', link: link('/pages/d.html'), text: 'Summary of story D.' },
    { id: 'e', title: 'Story E', link: link('/pages/huge.html'), text: 'Summary of story E.' },
    // Title and link only: still an entry, whose page robots.txt refuses.
    { id: 'f', title: 'Story F', link: link('/private/f.html'), text: '' },
    {
      id: 'g',
      title: 'Story G',
      link: link('/articles/g'),
      text: wireStory('Story G'),
      date: 'sometime soon',
    },
  ];
  const v3: Entry[] = [
    { id: 'h', title: 'Story H', link: link('/articles/h'), text: wireStory('Story H') },
  ];
  return [...(version >= 3 ? v3 : []), ...(version >= 2 ? v2 : []), a, b];
}

beforeAll(async () => {
  await resetDatabase();
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push({ path, headers: req.headers });
    if (path === '/robots.txt') {
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('User-agent: *\nDisallow: /private/\n');
    } else if (path === '/news.rss') {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res
        .writeHead(200, {
          'content-type': 'application/rss+xml',
          etag,
          'last-modified': `Mon, 0${version} Dec 2026 09:00:00 GMT`,
        })
        .end(rss(newsEntries()));
    } else if (path === '/broken.rss') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
    } else if (path === '/busy.rss') {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '600' }).end('busy');
    } else if (path === '/slow.rss') {
      const timer = setTimeout(() => res.writeHead(200).end(rss([])), 10 * settings.timeoutMs);
      res.on('close', () => clearTimeout(timer));
    } else if (path === '/malformed.rss') {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</title><description>cut off</channel></rss>',
        );
    } else if (path === '/huge.rss') {
      // No Content-Length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write(
        (hugeFeed ??= rss([
          { id: 'x', title: 'Huge', link: `${base}/x`, text: 'x'.repeat(TEN_MB) },
        ])),
      );
      res.end();
    } else if (path === '/pages/d.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_D);
    } else if (path === '/pages/huge.html') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end((hugePage ??= `<html>${'y'.repeat(TEN_MB)}</html>`));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await feedRepository.upsert(
    ['news', 'broken', 'busy', 'slow', 'malformed', 'huge'].map((name) => ({
      key: `${base}/${name}.rss`,
      url: `${base}/${name}.rss`,
      intervalMinutes: 15,
      origin: 'config' as const,
      kind: 'feed' as const,
    })),
  );
  now = Date.now();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await closeDriver();
});

/** Time cap: ample for 5 MB on a busy machine; the slow feed answers after ten of them. */
const settings = { ...DEFAULT_COLLECT_SETTINGS, timeoutMs: 3_000, allowPrivateAddresses: true };
/** The test's clock, set once the feeds are added (they are due from the real time they were). */
let now = 0;
const log: string[] = [];
/** The poll lines logged when `afterStored` ran (it runs after the line is logged). */
const afterStoredAt: string[] = [];

function collector(store: CollectStore = collectStore) {
  return createCollector({
    settings,
    store,
    clock: () => now,
    random: () => 0.5,
    hostIntervalMs: 0,
    log: (line) => log.push(line),
    afterStored: () => {
      afterStoredAt.push(log.findLast((line) => / entries: /.test(line)) ?? '');
      return Promise.resolve();
    },
  });
}

/** One collector across polls, as the daemon runs: robots.txt answers stay cached. */
const daemon = collector();

async function storedArticles(): Promise<string[]> {
  return readTransaction(async (tx) =>
    (await tx.run('MATCH (a:Article {stub: false}) RETURN a.key AS key ORDER BY key')).records.map(
      (r) => toStringValue(r.get('key')).slice(base.length),
    ),
  );
}

function byFeed(reports: readonly PollReport[]): Record<string, PollReport> {
  return Object.fromEntries(reports.map((r) => [r.key.slice(base.length + 1), r]));
}

describe('collecting feeds from a local server', () => {
  it('first poll: stores the news entries and records each failure with its reason', async () => {
    const reports = byFeed(await daemon.pollDue());
    expect(Object.keys(reports).sort()).toEqual([
      'broken.rss',
      'busy.rss',
      'huge.rss',
      'malformed.rss',
      'news.rss',
      'slow.rss',
    ]);
    expect(reports['news.rss']).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      seen: 2,
      created: 2,
      unchanged: 0,
      rejected: 0,
      etag: '"v1"',
      lastModified: 'Mon, 01 Dec 2026 09:00:00 GMT',
      nextDueAt: new Date(now + 15 * 60_000).toISOString(),
    });
    expect(await storedArticles()).toEqual(['/articles/a', '/articles/b']);

    // Half of the first 60 s backoff fixed, half jittered (random() = 0.5 here).
    const retry = new Date(now + 45_000).toISOString();
    expect(reports['broken.rss']).toMatchObject({
      status: 'error',
      httpStatus: 500,
      error: `${base}/broken.rss: HTTP 500 Internal Server Error`,
      failures: 1,
      nextDueAt: retry,
    });
    expect(reports['slow.rss']).toMatchObject({
      status: 'error',
      error: `${base}/slow.rss: timed out after ${settings.timeoutMs} ms`,
      nextDueAt: retry,
    });
    // A Retry-After longer than the backoff is honoured.
    expect(reports['busy.rss']).toMatchObject({
      status: 'error',
      httpStatus: 503,
      nextDueAt: new Date(now + 600_000).toISOString(),
    });
    // Asserted once: later polls need not wait for them.
    await feedRepository.setPaused(`${base}/slow.rss`, true);
    await feedRepository.setPaused(`${base}/busy.rss`, true);
    expect(reports['malformed.rss']).toMatchObject({
      status: 'error',
      httpStatus: 200,
      error:
        "malformed XML: Expected closing tag 'description' (opened in line 1, col 104) instead of closing tag 'channel'. (line 1, column 124)",
    });
    expect(reports['huge.rss']).toMatchObject({
      status: 'error',
      error: `${base}/huge.rss: body exceeds the ${settings.maxBytes}-byte cap`,
    });
  });

  it('stores the feed state in Neo4j after the poll', async () => {
    const feed = await feedRepository.get(`${base}/news.rss`);
    expect(feed).toMatchObject({
      status: 'ok',
      title: 'Test Agency News',
      lastHttpStatus: 200,
      lastError: null,
      failures: 0,
      itemsSeen: 2,
      itemsStored: 2,
      itemsRejected: 0,
      lastNew: 2,
      paused: false,
      origin: 'config',
    });
    const broken = await feedRepository.get(`${base}/broken.rss`);
    expect(broken).toMatchObject({
      status: 'error',
      lastHttpStatus: 500,
      lastError: `${base}/broken.rss: HTTP 500 Internal Server Error`,
      failures: 1,
      lastSuccessAt: null,
    });
  });

  it('second poll: a conditional GET answered 304 stores nothing; failures back off further', async () => {
    now += 16 * 60_000;
    requests.length = 0;
    const reports = byFeed(await daemon.pollDue());
    expect(reports['news.rss']).toMatchObject({
      status: 'not-modified',
      httpStatus: 304,
      seen: 0,
      created: 0,
      etag: '"v1"',
    });
    const asked = requests.find((r) => r.path === '/news.rss');
    expect(asked?.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Mon, 01 Dec 2026 09:00:00 GMT',
    });
    expect(reports['broken.rss']).toMatchObject({
      failures: 2,
      nextDueAt: new Date(now + 90_000).toISOString(),
    });
    // robots.txt was read once, on the first poll, and is cached for the host.
    expect(requests.filter((r) => r.path === '/robots.txt')).toEqual([]);
    expect(await storedArticles()).toEqual(['/articles/a', '/articles/b']);
  });

  it('third poll: a changed feed stores the new entries; bad ones are rejected, not the rest', async () => {
    version = 2;
    now += 16 * 60_000;
    const reports = byFeed(await daemon.pollDue());
    expect(reports['news.rss']).toMatchObject({
      status: 'ok',
      seen: 7,
      created: 2,
      updated: 0,
      unchanged: 2,
      rejected: 3,
      // Kept from the last clean poll, so the next poll retries the rejected entries.
      etag: '"v1"',
    });
    expect(reports['news.rss']?.rejections).toEqual([
      `#3: link page: ${base}/pages/huge.html: body exceeds the ${settings.maxBytes}-byte cap`,
      `#4: link page: disallowed by ${base}/robots.txt`,
      "#5: bad date 'sometime soon'",
    ]);
    expect(await storedArticles()).toEqual([
      '/articles/a',
      '/articles/b',
      '/articles/c',
      '/pages/d.html',
    ]);
  });

  it('runs afterStored (alert webhooks) after each poll that stored articles, and only then', () => {
    const storing = log.filter((line) =>
      / entries: ([1-9]\d* new|\d+ new, [1-9]\d* updated)/.test(line),
    );
    expect(afterStoredAt).toEqual(storing);
  });

  it('takes a summary entry from its link page, with the sentences as evidence', async () => {
    // An article's edge keeps its sentence as offsets into the text it reads (docs/ingest.md).
    const [row] = await readTransaction(async (tx) =>
      (
        await tx.run(
          `MATCH (a:Article {key: $key})
           OPTIONAL MATCH (a)-[m:MENTIONS]->(x:Actor {name: 'United States'})
           RETURN a.title AS title, a.date AS date,
                  coalesce(m.sentence, substring(a.text, m.start, m.end - m.start)) AS sentence`,
          { key: `${base}/pages/d.html` },
        )
      ).records.map((r) => r.toObject()),
    );
    expect(row).toEqual({
      title: 'Summary story D in full',
      date: '2026-12-01',
      sentence:
        'Pyongyang, December 2 (KCNA) -- The full text of story D says that the United States sent a carrier group to the region.',
    });
  });

  it('a restart after items were stored but before the state was written duplicates nothing', async () => {
    version = 3;
    now += 16 * 60_000;
    const crashing: CollectStore = {
      ...collectStore,
      write: async (batch) => {
        await collectStore.write(batch);
        throw new Error('process killed');
      },
    };
    const before = await feedRepository.get(`${base}/news.rss`);
    const crashed = byFeed(await collector(crashing).pollDue());
    expect(crashed['news.rss']).toBeUndefined();
    // The feed is as it was: same validators and counts, due now, not held by the dead run.
    expect(await feedRepository.get(`${base}/news.rss`)).toEqual(before);

    const restarted = byFeed(await collector().pollDue());
    expect(restarted['news.rss']).toMatchObject({
      status: 'ok',
      seen: 8,
      created: 0,
      unchanged: 5,
      rejected: 3,
      etag: '"v1"',
    });
    expect(await storedArticles()).toEqual([
      '/articles/a',
      '/articles/b',
      '/articles/c',
      '/articles/h',
      '/pages/d.html',
    ]);
    expect(await feedRepository.get(`${base}/news.rss`)).toMatchObject({
      itemsSeen: 2 + 7 + 8,
      itemsStored: 4,
      itemsRejected: 6,
      lastUnchanged: 5,
    });
  });

  it('skips paused feeds and feeds not yet due', async () => {
    await feedRepository.setPaused(`${base}/broken.rss`, true);
    // The failing feeds' fourth backoff (6 min) is over; the news feed's interval is not.
    now += 10 * 60_000;
    const reports = await collector().pollDue();
    expect(reports.map((r) => r.key.slice(base.length + 1)).sort()).toEqual([
      'huge.rss',
      'malformed.rss',
    ]);
  });

  it('as a daemon, stops when told and gives back the feeds it claimed but did not poll', async () => {
    const copies = Array.from({ length: 8 }, (_, i) => `${base}/news.rss?copy=${i}`);
    await feedRepository.upsert(
      copies.map((url) => ({
        key: url,
        url,
        intervalMinutes: 15,
        origin: 'api' as const,
        kind: 'feed' as const,
      })),
    );
    await Promise.all(
      ['huge', 'malformed'].map((name) => feedRepository.setPaused(`${base}/${name}.rss`, true)),
    );
    now = Date.now();
    const stop = new AbortController();
    await createCollector({
      settings,
      store: collectStore,
      clock: () => now,
      hostIntervalMs: 0,
      log: () => stop.abort(),
    }).run(stop.signal);
    const states = await Promise.all(copies.map((url) => feedRepository.get(url)));
    const polled = states.filter((feed) => feed !== undefined && feed.status !== 'new').length;
    const unpolled = states.filter((feed) => feed?.status === 'new').length;
    const claimable = await feedRepository.claimDue(
      new Date(now).toISOString(),
      new Date(now).toISOString(),
      60_000,
      100,
      'test',
    );
    expect({
      all: polled + unpolled,
      claimable: claimable.length,
      some: polled > 0 && unpolled > 0,
    }).toEqual({
      all: copies.length,
      claimable: unpolled,
      some: true,
    });
  });
});

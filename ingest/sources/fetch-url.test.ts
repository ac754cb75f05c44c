import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHostRateLimiter,
  DEFAULT_USER_AGENT,
  documentKind,
  fetchAndParse,
  FetchError,
  fetchUrl,
  type HostRateLimiter,
} from './fetch-url';

/** No waiting between test requests; the limiter itself is tested with a fake clock. */
const noWait: HostRateLimiter = { acquire: async () => {} };

const ARTICLE_HTML = `<html lang="en"><body><h1>Local Article</h1>
  <div class="article-content"><p>Comrade<span>Kim Jong Un</span>was at the local fixture server today.</p></div></body></html>`;
const RSS = `<rss version="2.0"><channel><title>Local Feed</title>
  <item><title>Feed Item</title><link>http://127.0.0.1/x</link><pubDate>Mon, 02 Aug 2021 10:00:00 GMT</pubDate>
  <description>The feed item body text.</description></item></channel></rss>`;

let server: Server;
let base = '';
const userAgents: string[] = [];

function handler(req: IncomingMessage, res: ServerResponse): void {
  userAgents.push(req.headers['user-agent'] ?? '');
  const path = req.url ?? '/';
  switch (path) {
    case '/article.html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML);
      return;
    case '/feed':
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
      return;
    case '/data.json':
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify([
            { title: 'Json One', text: 'The first JSON article text.' },
            { text: 'untitled' },
          ]),
        );
      return;
    case '/latin1':
      res
        .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
        .end(
          Buffer.from(
            '<h1>Caf\u00e9</h1><article><p>Le caf\u00e9 est ouvert et les clients sont l\u00e0.</p></article>',
            'latin1',
          ),
        );
      return;
    case '/redirect':
      res.writeHead(302, { location: '/article.html' }).end();
      return;
    case '/loop':
      res.writeHead(301, { location: '/loop' }).end();
      return;
    case '/missing':
      res.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
      return;
    case '/slow':
      // Never answers: the client's timeout must fire.
      return;
    case '/big-declared':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10_000) });
      res.end('x'.repeat(10_000));
      return;
    case '/big-chunked': {
      // No Content-Length: the cap must be enforced while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      let sent = 0;
      const timer = setInterval(() => {
        if (sent > 100_000 || res.destroyed) {
          clearInterval(timer);
          res.end();
          return;
        }
        res.write('y'.repeat(1000));
        sent += 1000;
      }, 1);
      return;
    }
    case '/binary':
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([137, 80, 78, 71]));
      return;
    default:
      res.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchUrl', () => {
  it('fetches, decodes and names itself in the User-Agent', async () => {
    const document = await fetchUrl(`${base}/article.html`, { rateLimiter: noWait });
    expect(document).toMatchObject({
      status: 200,
      contentType: 'text/html',
      url: `${base}/article.html`,
    });
    expect(document.body).toContain('Local Article');
    expect(userAgents.at(-1)).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/Narragraph/);
  });

  it('decodes the declared charset', async () => {
    const document = await fetchUrl(`${base}/latin1`, { rateLimiter: noWait });
    expect(document.body).toContain('Café');
  });

  it('follows redirects up to the limit', async () => {
    const document = await fetchUrl(`${base}/redirect`, { rateLimiter: noWait });
    expect(document.url).toBe(`${base}/article.html`);
    expect(document.requestedUrl).toBe(`${base}/redirect`);
    await expect(
      fetchUrl(`${base}/loop`, { rateLimiter: noWait, maxRedirects: 3 }),
    ).rejects.toMatchObject({
      reason: 'too-many-redirects',
      message: `${base}/loop: more than 3 redirects`,
    });
  });

  it('fails with the URL and HTTP status', async () => {
    const error = await fetchUrl(`${base}/missing`, { rateLimiter: noWait }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      reason: 'http-status',
      status: 404,
      message: `${base}/missing: HTTP 404 Not Found`,
    });
  });

  it('times out', async () => {
    await expect(
      fetchUrl(`${base}/slow`, { rateLimiter: noWait, timeoutMs: 150 }),
    ).rejects.toMatchObject({
      reason: 'timeout',
      message: `${base}/slow: timed out after 150 ms`,
    });
  });

  it('refuses bodies over the cap, declared or streamed', async () => {
    await expect(
      fetchUrl(`${base}/big-declared`, { rateLimiter: noWait, maxBytes: 5000 }),
    ).rejects.toMatchObject({
      reason: 'too-large',
      message: expect.stringContaining('10000 bytes exceeds the 5000-byte cap') as string,
    });
    await expect(
      fetchUrl(`${base}/big-chunked`, { rateLimiter: noWait, maxBytes: 20_000 }),
    ).rejects.toMatchObject({
      reason: 'too-large',
      message: `${base}/big-chunked: body exceeds the 20000-byte cap`,
    });
  });

  it('rejects non-http URLs and network failures with the URL', async () => {
    await expect(fetchUrl('file:///etc/passwd', { rateLimiter: noWait })).rejects.toMatchObject({
      reason: 'bad-url',
    });
    await expect(fetchUrl('not a url', { rateLimiter: noWait })).rejects.toMatchObject({
      reason: 'bad-url',
    });
    // A port nobody listens on: take one from a server we close at once.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(
      fetchUrl(`http://127.0.0.1:${port}/`, { rateLimiter: noWait }),
    ).rejects.toMatchObject({
      reason: 'network',
      message: expect.stringContaining(`http://127.0.0.1:${port}/: request failed`) as string,
    });
  });
});

describe('fetchAndParse', () => {
  it('dispatches HTML to the page parser (with the final URL) and never glues names', async () => {
    const [result] = await fetchAndParse(`${base}/redirect`, { rateLimiter: noWait });
    expect(result?.ok).toBe(true);
    if (result?.ok) {
      expect(result.article).toMatchObject({
        title: 'Local Article',
        url: `${base}/article.html`,
        text: 'Comrade Kim Jong Un was at the local fixture server today.',
        origin: { location: `${base}/redirect` },
      });
    }
  });

  it('dispatches feeds and JSON', async () => {
    const feed = await fetchAndParse(`${base}/feed`, { rateLimiter: noWait });
    expect(feed).toHaveLength(1);
    expect(feed[0]?.ok && feed[0].article.date).toBe('2021-08-02');
    const json = await fetchAndParse(`${base}/data.json`, { rateLimiter: noWait });
    expect(json.map((r) => r.ok)).toEqual([true, false]);
  });

  it('turns failures and unsupported types into rejections naming the URL', async () => {
    expect(await fetchAndParse(`${base}/missing`, { rateLimiter: noWait })).toEqual([
      {
        ok: false,
        rejected: {
          origin: { location: `${base}/missing` },
          reason: `${base}/missing: HTTP 404 Not Found`,
        },
      },
    ]);
    expect(await fetchAndParse(`${base}/binary`, { rateLimiter: noWait })).toEqual([
      {
        ok: false,
        rejected: {
          origin: { location: `${base}/binary` },
          reason: "unsupported content type 'image/png'",
        },
      },
    ]);
  });
});

describe('createHostRateLimiter', () => {
  it('spaces requests to one host and leaves other hosts alone', async () => {
    let now = 10_000;
    const sleeps: number[] = [];
    const limiter = createHostRateLimiter({
      minIntervalMs: 1000,
      clock: () => now,
      sleep: (ms) => {
        sleeps.push(ms);
        now += ms;
        return Promise.resolve();
      },
    });
    await limiter.acquire('a.example');
    await limiter.acquire('b.example');
    expect(sleeps).toEqual([]);
    now += 300;
    await limiter.acquire('a.example');
    expect(sleeps).toEqual([700]);
    now += 5000;
    await limiter.acquire('a.example');
    expect(sleeps).toEqual([700]);
  });

  it('reserves slots so concurrent callers queue up', async () => {
    const now = 0;
    const sleeps: number[] = [];
    const limiter = createHostRateLimiter({
      minIntervalMs: 1000,
      clock: () => now,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
    await Promise.all([limiter.acquire('h'), limiter.acquire('h'), limiter.acquire('h')]);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('is used by fetchUrl for every hop, with the default 1000 ms interval', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const limiter = createHostRateLimiter({
      clock: () => now,
      sleep: (ms) => {
        sleeps.push(ms);
        now += ms;
        return Promise.resolve();
      },
    });
    await fetchUrl(`${base}/redirect`, { rateLimiter: limiter });
    expect(sleeps).toEqual([1000]);
  });
});

describe('documentKind', () => {
  it('sniffs generic content types', () => {
    expect(documentKind('text/plain', '<rss><channel/></rss>')).toBe('feed');
    expect(documentKind('', '<!DOCTYPE html><html></html>')).toBe('html');
    expect(documentKind('application/octet-stream', '[{"title":"x"}]')).toBe('json');
    expect(documentKind('text/plain', 'Title\nDate: 01/08/2021 | Source: KCNA\nBody')).toBe(
      'page-text',
    );
    expect(documentKind('text/xml', '<note/>')).toBeUndefined();
    expect(documentKind('application/ld+json', '{}')).toBe('json');
  });
});

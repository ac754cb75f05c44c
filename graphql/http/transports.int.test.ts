import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { FIXED_RESPONSE_HEADERS } from '@/config/security-headers';
import { connectTestDatabase } from '@/graph-db/testing/test-database';
import { serveGraphQLPerFile } from '../testing/node-server';
import { LIMITS } from '../limits/limits';
import { GZIP_MIN_BYTES, GZIP_SYNC_MAX_BYTES } from './node-transport';

/**
 * The endpoint's two transports against the real database: the Next route (Fetch API, `next dev`)
 * and the Node server's handler (`npm start`). Both must give the same answers, byte for byte.
 */

connectTestDatabase();

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

type Send = (
  method: string,
  options?: { body?: string; search?: string; headers?: Record<string, string> },
) => Promise<Answer>;

const served = serveGraphQLPerFile();

const viaNextRoute: Send = async (method, options = {}) => {
  const route = await import('@/app/api/graphql/route');
  const request = new NextRequest(`http://localhost/api/graphql${options.search ?? ''}`, {
    method,
    headers: options.headers ?? {},
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  const response = await (method === 'GET' ? route.GET(request) : route.POST(request));
  return { status: response.status, headers: response.headers, text: await response.text() };
};

const viaNodeServer: Send = async (method, options = {}) => {
  const response = await fetch(`${served.origin}/api/graphql${options.search ?? ''}`, {
    method,
    headers: { 'accept-encoding': 'identity', ...options.headers },
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

/** A raw request, for what fetch will not send: a chunked body without Content-Length. */
function rawPost(
  chunks: readonly string[],
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${served.origin}/api/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(parts),
          }),
        );
      },
    );
    // The server may answer and close before the whole body is sent.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

const json = { 'content-type': 'application/json' };
const health = JSON.stringify({ query: '{ health { nodeCount } }' });

// Node's own header limit (16 KiB by default) refuses a URL over 100 kB with 431 before the
// Node server's handler runs; the Next route, called directly, gets to apply the endpoint's bound.
describe.each([
  ['the Next route', viaNextRoute, 413],
  ['the Node server', viaNodeServer, 431],
])('%s', (_name, send, longUrlStatus) => {
  it(`answers 413 PAYLOAD_TOO_LARGE over ${LIMITS.maxBodyBytes} bytes`, async () => {
    const big = JSON.stringify({
      query: '{ health { nodeCount } }',
      variables: { pad: 'x'.repeat(LIMITS.maxBodyBytes) },
    });
    const response = await send('POST', { body: big, headers: json });
    expect(response.status).toBe(413);
    const body = JSON.parse(response.text) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const longQuery = `?query=${'x'.repeat(LIMITS.maxBodyBytes)}`;
    expect((await send('GET', { search: longQuery })).status).toBe(longUrlStatus);
  });

  it('answers 400 BAD_REQUEST to a body that is not JSON, and takes JSON with a charset', async () => {
    const broken = await send('POST', {
      body: '{"query": "{ health { nodeCount } }"',
      headers: json,
    });
    expect(broken.status).toBe(400);
    const body = JSON.parse(broken.text) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    const charset = await send('POST', {
      body: health,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(charset.status).toBe(200);
  });

  it('passes queries through to Apollo over POST and GET, in the accepted media type', async () => {
    const post = await send('POST', {
      body: health,
      headers: { ...json, accept: 'application/graphql-response+json' },
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect((JSON.parse(post.text) as { data: unknown }).data).toEqual({
      health: { nodeCount: expect.any(Number) as number },
    });
    const get = await send('GET', {
      search: `?query=${encodeURIComponent('{ health { nodeCount } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(get.text).toBe(post.text);
    // Apollo's CSRF rule holds on both: a GET without a preflight-forcing header is refused.
    expect((await send('GET', { search: '?query=%7Bhealth%7BnodeCount%7D%7D' })).status).toBe(400);
  });

  it('refuses a bad API key with UNAUTHENTICATED before running anything', async () => {
    const response = await send('POST', {
      body: health,
      headers: { ...json, authorization: 'Bearer not-a-key' },
    });
    expect(JSON.parse(response.text)).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

describe('both transports', () => {
  it('give byte-identical answers, errors included', async () => {
    const cases = [
      { body: health, headers: json },
      { body: JSON.stringify({ query: '{ nope }' }), headers: json },
      { body: JSON.stringify({ query: '{ node(id: "Actor:x") { id } }' }), headers: json },
      { body: 'not json', headers: json },
    ];
    for (const request of cases) {
      const [next, node] = await Promise.all([
        viaNextRoute('POST', request),
        viaNodeServer('POST', request),
      ]);
      expect(node.status).toBe(next.status);
      expect(node.headers.get('content-type')).toBe(next.headers.get('content-type'));
      expect(node.text).toBe(next.text);
    }
  });
});

describe('the Node server', () => {
  it('sends the API security headers on every answer', async () => {
    for (const method of ['POST', 'OPTIONS', 'PUT']) {
      const response = await viaNodeServer(
        method,
        method === 'POST' ? { body: health, headers: json } : {},
      );
      for (const { key, value } of FIXED_RESPONSE_HEADERS) {
        expect(response.headers.get(key), `${method} ${key}`).toBe(value);
      }
    }
  });

  it('answers OPTIONS with Allow and other methods with 405', async () => {
    const options = await viaNodeServer('OPTIONS');
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
    const put = await viaNodeServer('PUT', { body: health, headers: json });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
  });

  it('refuses an oversized chunked body while reading it, and closes the connection', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    const chunks = [
      '{"query":"{ health { nodeCount } }","variables":{"pad":"',
      ...Array.from({ length: 10 }, () => chunk),
      '"}}',
    ];
    const response = await rawPost(chunks);
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe('close');
    expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    // A body in several chunks within the bound is read whole.
    const split = await rawPost([health.slice(0, 10), health.slice(10)]);
    expect(split.status).toBe(200);
  });

  it('drops a client that leaves mid-body quietly, and goes on serving', async () => {
    const errors = vi.spyOn(console, 'error');
    try {
      await new Promise<void>((resolve) => {
        const request = httpRequest(`${served.origin}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        });
        request.on('error', () => resolve());
        request.write('{"query":"{ health');
        setTimeout(() => {
          request.destroy();
          resolve();
        }, 100);
      });
      // Give the server a moment to see the reset.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await viaNodeServer('POST', { body: health, headers: json })).status).toBe(200);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('gzips answers from GZIP_MIN_BYTES on for clients that accept it, and only those', async () => {
    const types = '__schema { types { name description fields { name description } } }';
    const answers = {
      // About 2 kB: one round trip either way, so sent as it is.
      small: '{ __schema { types { name } } }',
      // About 42 kB: gzipped on the event loop.
      loop: `{ ${types} }`,
      // About 85 kB: gzipped on the thread pool.
      pool: `{ a: ${types} b: ${types} }`,
    };
    const seen: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(answers)) {
      const body = JSON.stringify({ query });
      const zipped = await rawPost([body], { 'accept-encoding': 'gzip' });
      const plain = await rawPost([body], { 'accept-encoding': 'gzip;q=0' });
      const encoding = zipped.headers['content-encoding'];
      seen[name] = {
        encoding,
        vary: zipped.headers.vary,
        refused: plain.headers['content-encoding'],
        same: (encoding === 'gzip' ? gunzipSync(zipped.body) : zipped.body).equals(plain.body),
        size:
          plain.body.length < GZIP_MIN_BYTES
            ? 'small'
            : plain.body.length <= GZIP_SYNC_MAX_BYTES
              ? 'loop'
              : 'pool',
      };
    }
    const expected = (size: string, encoding: string | undefined) => ({
      encoding,
      vary: 'Accept-Encoding',
      refused: undefined,
      same: true,
      size,
    });
    expect(seen).toEqual({
      small: expected('small', undefined),
      loop: expected('loop', 'gzip'),
      pool: expected('pool', 'gzip'),
    });
  });
});

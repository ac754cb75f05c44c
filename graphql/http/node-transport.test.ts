import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { GraphQLHttpHandler } from './endpoint';
import { acceptsGzip, createNodeGraphQLHandler } from './node-transport';

describe('acceptsGzip', () => {
  it('reads Accept-Encoding by name, wildcard and q-value', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('x-gzip-not')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('createNodeGraphQLHandler', () => {
  it('sends an answer sent again (from the gzip memo) as the same bytes, decoding to the answer', async () => {
    const body = JSON.stringify({ data: { rows: Array.from({ length: 5000 }, (_, i) => i) } });
    const endpoint: GraphQLHttpHandler = () =>
      Promise.resolve({
        status: 200,
        headers: new HeaderMap(),
        body: { kind: 'complete', string: body },
      });
    const server = createServer(createNodeGraphQLHandler(endpoint, { headers: [] }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const fetchRaw = () =>
      new Promise<Buffer>((done, fail) => {
        const request = httpRequest(
          {
            port,
            method: 'POST',
            headers: { 'accept-encoding': 'gzip', 'content-type': 'application/json' },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => done(Buffer.concat(chunks)));
          },
        );
        request.on('error', fail);
        request.end('{"query":"{ __typename }"}');
      });
    try {
      const first = await fetchRaw();
      const second = await fetchRaw();
      expect([gunzipSync(first).toString(), second.equals(first)]).toEqual([body, true]);
    } finally {
      server.close();
    }
  });
});

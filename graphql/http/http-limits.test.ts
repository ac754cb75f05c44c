import { describe, expect, it } from 'vitest';
import { toFetchResponse } from './fetch-transport';
import {
  payloadTooLarge,
  queryStringWithinLimit,
  readBoundedBody,
  readBoundedText,
} from './http-limits';

describe('readBoundedBody', () => {
  it('returns a body within the bound', async () => {
    expect(
      await readBoundedBody(new Request('http://x/', { method: 'POST', body: 'hello' }), 5),
    ).toBe('hello');
  });

  it('refuses by declared length without reading, and by actual size', async () => {
    const declared = new Request('http://x/', {
      method: 'POST',
      body: 'hi',
      headers: { 'content-length': '999' },
    });
    expect(await readBoundedBody(declared, 10)).toBeUndefined();
    expect(
      await readBoundedBody(new Request('http://x/', { method: 'POST', body: 'x'.repeat(11) }), 10),
    ).toBeUndefined();
    const bogus = new Request('http://x/', {
      method: 'POST',
      body: 'hi',
      headers: { 'content-length': 'abc' },
    });
    expect(await readBoundedBody(bogus, 10)).toBeUndefined();
  });
});

describe('readBoundedText', () => {
  const reads = (...parts: string[]) => {
    const queue = parts.map((part) => Buffer.from(part));
    let calls = 0;
    return {
      read: () => {
        calls += 1;
        const value = queue.shift();
        return Promise.resolve(value === undefined ? { done: true } : { value });
      },
      calls: () => calls,
    };
  };

  it('joins chunks, and stops at the first chunk over the bound', async () => {
    expect(await readBoundedText(undefined, reads('he', 'llo').read, 5)).toBe('hello');
    const over = reads('abc', 'def', 'ghi');
    expect(await readBoundedText(undefined, over.read, 5)).toBeUndefined();
    expect(over.calls()).toBe(2);
  });

  it('refuses by a declared length over the bound or not a number, without reading', async () => {
    const source = reads('hi');
    expect(await readBoundedText('6', source.read, 5)).toBeUndefined();
    expect(await readBoundedText('5x', source.read, 5)).toBeUndefined();
    expect(source.calls()).toBe(0);
    expect(await readBoundedText('2', source.read, 5)).toBe('hi');
  });
});

describe('payloadTooLarge', () => {
  it('is a 413 with a GraphQL error in the accepted media type', async () => {
    const response = toFetchResponse(
      payloadTooLarge(new Headers({ accept: 'application/graphql-response+json' }), 10),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request is larger than 10 bytes.',
          extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 10 },
        },
      ],
    });
  });
});

describe('queryStringWithinLimit', () => {
  it('measures the query string of a GET', () => {
    expect(queryStringWithinLimit('http://x/api?query=abc', 20)).toBe(true);
    expect(queryStringWithinLimit(`http://x/api?query=${'a'.repeat(30)}`, 20)).toBe(false);
    expect(queryStringWithinLimit('http://x/api', 1)).toBe(true);
  });
});

import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { GraphQLHttpHandler, GraphQLHttpRequest } from './endpoint';
import { readBoundedBody } from './http-limits';

/**
 * The endpoint over the Fetch API (Next route handlers): a `Request` in, a `Response` out. The
 * body is read once, up to the size bound, and handed over as text.
 */

function headerMapOf(headers: Headers): HeaderMap {
  const map = new HeaderMap();
  headers.forEach((value, key) => map.set(key, value));
  return map;
}

export async function fromFetchRequest(request: Request): Promise<GraphQLHttpRequest> {
  const method = request.method.toUpperCase();
  const url = request.url;
  const base = {
    method,
    search: url.includes('?') ? url.slice(url.indexOf('?')) : '',
    headers: headerMapOf(request.headers),
  };
  if (method !== 'POST') return base;
  const body = await readBoundedBody(request);
  return body === undefined ? { ...base, bodyTooLarge: true } : { ...base, body };
}

export function toFetchResponse(answer: HTTPGraphQLResponse): Response {
  const headers = new Headers();
  for (const [key, value] of answer.headers) headers.set(key, value);
  const status = answer.status ?? 200;
  if (answer.body.kind === 'complete') return new Response(answer.body.string, { status, headers });
  // Incremental delivery (@defer): chunks as Apollo produces them.
  const chunks = answer.body.asyncIterator;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, { status, headers });
}

/** A route handler: GET and POST of the same endpoint. */
export function fetchHandlerOf(
  endpoint: GraphQLHttpHandler,
): (request: Request) => Promise<Response> {
  return async (request) => toFetchResponse(await endpoint(await fromFetchRequest(request)));
}

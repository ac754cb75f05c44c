import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { ERROR_CODES } from '../errors';
import { LIMITS } from '../limits/limits';

/**
 * Request size bound of the HTTP endpoint, applied before Apollo parses anything: the declared
 * Content-Length is checked first, then the body is read only up to the bound. Answers here are
 * Apollo's transport-neutral HTTP responses, so the Next route and the Node server send the same.
 */

/** What these answers read from a request's headers: Fetch `Headers` and Apollo's `HeaderMap` both fit. */
export interface HeaderReader {
  get(name: string): string | null | undefined;
}

/**
 * An HTTP answer with one GraphQL error, for requests refused before Apollo sees them, in the
 * media type the client accepts (GraphQL over HTTP's, or plain JSON).
 */
export function graphqlErrorResponse(
  requestHeaders: HeaderReader,
  status: number,
  error: { readonly message: string; readonly extensions: Record<string, unknown> },
  headers: Readonly<Record<string, string>> = {},
): HTTPGraphQLResponse {
  const accept = requestHeaders.get('accept') ?? '';
  const type = accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
  return {
    status,
    headers: new HeaderMap([['content-type', type], ...Object.entries(headers)]),
    body: { kind: 'complete', string: JSON.stringify({ errors: [error] }) },
  };
}

/** A 413 with a GraphQL error body, in the media type the client accepts. */
export function payloadTooLarge(
  requestHeaders: HeaderReader,
  maxBytes: number = LIMITS.maxBodyBytes,
): HTTPGraphQLResponse {
  return graphqlErrorResponse(requestHeaders, 413, {
    message: `The request is larger than ${maxBytes} bytes.`,
    extensions: { code: ERROR_CODES.PAYLOAD_TOO_LARGE, maxBytes },
  });
}

/** One read of a body's bytes, in the shape of a stream reader's `read()` and an iterator's `next()`. */
export type ChunkRead = () => Promise<{ readonly done?: boolean; readonly value?: Uint8Array }>;

/**
 * A body as text, or undefined when it is over `maxBytes`: by its declared Content-Length (then
 * nothing is read) or by the bytes `read` yields (reading stops at the first chunk over). The
 * caller cancels or closes what is left.
 */
export async function readBoundedText(
  declaredLength: string | null | undefined,
  read: ChunkRead,
  maxBytes: number = LIMITS.maxBodyBytes,
): Promise<string | undefined> {
  if (
    declaredLength !== null &&
    declaredLength !== undefined &&
    (!/^\d+$/.test(declaredLength) || Number(declaredLength) > maxBytes)
  ) {
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await read();
    if (done === true || value === undefined) break;
    size += value.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A Fetch request's body as text, or undefined when it is over `maxBytes` (declared or actual). */
export async function readBoundedBody(
  request: Request,
  maxBytes: number = LIMITS.maxBodyBytes,
): Promise<string | undefined> {
  if (!request.body) {
    const none: ChunkRead = () => Promise.resolve({ done: true });
    return readBoundedText(request.headers.get('content-length'), none, maxBytes);
  }
  const reader = request.body.getReader();
  const text = await readBoundedText(
    request.headers.get('content-length'),
    () => reader.read(),
    maxBytes,
  );
  if (text === undefined) await reader.cancel();
  return text;
}

/** True when a GET's query string (of a URL, or the string itself from its '?') is within the bound. */
export function queryStringWithinLimit(
  url: string,
  maxBytes: number = LIMITS.maxBodyBytes,
): boolean {
  const index = url.indexOf('?');
  return index < 0 || Buffer.byteLength(url.slice(index), 'utf8') <= maxBytes;
}

import { ERROR_CODES } from './errors';
import { LIMITS } from './limits';

/**
 * Request size bound of the HTTP endpoint, applied before Apollo parses anything: the declared
 * Content-Length is checked first, then the body is read only up to the bound.
 */

/**
 * An HTTP answer with one GraphQL error, for requests refused before Apollo sees them, in the
 * media type the client accepts (GraphQL over HTTP's, or plain JSON).
 */
export function graphqlErrorResponse(
  request: Request,
  status: number,
  error: { readonly message: string; readonly extensions: Record<string, unknown> },
  headers: Readonly<Record<string, string>> = {},
): Response {
  const accept = request.headers.get('accept') ?? '';
  const type = accept.includes('application/graphql-response+json')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
  return new Response(JSON.stringify({ errors: [error] }), {
    status,
    headers: { 'content-type': type, ...headers },
  });
}

/** A 413 with a GraphQL error body, in the media type the client accepts. */
export function payloadTooLarge(
  request: Request,
  maxBytes: number = LIMITS.maxBodyBytes,
): Response {
  return graphqlErrorResponse(request, 413, {
    message: `The request is larger than ${maxBytes} bytes.`,
    extensions: { code: ERROR_CODES.PAYLOAD_TOO_LARGE, maxBytes },
  });
}

/** The body as text, or undefined when it is over `maxBytes` (declared or actual). */
export async function readBoundedBody(
  request: Request,
  maxBytes: number = LIMITS.maxBodyBytes,
): Promise<string | undefined> {
  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) {
    return undefined;
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True when a GET's query string is within the bound. */
export function queryStringWithinLimit(
  url: string,
  maxBytes: number = LIMITS.maxBodyBytes,
): boolean {
  const index = url.indexOf('?');
  return index < 0 || Buffer.byteLength(url.slice(index), 'utf8') <= maxBytes;
}

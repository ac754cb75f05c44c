import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ERROR_CODES } from './errors';
import { graphqlErrorResponse } from './http-limits';

/**
 * Apollo behind a Fetch API route handler: a `Request` becomes Apollo's HTTP request and its
 * answer a `Response`. The route has already read the body (to bound its size), so it hands the
 * text over and nothing is read, copied or parsed twice.
 */
export type FetchGraphQLHandler = (request: Request, body?: string) => Promise<Response>;

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json' || mediaType?.endsWith('+json') === true;
}

export function createFetchHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (request: Request) => Promise<TContext>,
): FetchGraphQLHandler {
  server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  return async (request, text) => {
    const headers = new HeaderMap();
    request.headers.forEach((value, key) => headers.set(key, value));
    let body: unknown = text;
    // Apollo takes a JSON body parsed and answers other types itself (CSRF rule, 400s).
    if (text !== undefined && text !== '' && isJson(headers.get('content-type'))) {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        return graphqlErrorResponse(request, 400, {
          message: 'The request body is not valid JSON.',
          extensions: { code: ERROR_CODES.BAD_REQUEST },
        });
      }
    }
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method.toUpperCase(), headers, search, body },
      context: () => context(request),
    });
    const responseHeaders = new Headers();
    for (const [key, value] of answer.headers) responseHeaders.set(key, value);
    const status = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      return new Response(answer.body.string, { status, headers: responseHeaders });
    }
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
    return new Response(stream, { status, headers: responseHeaders });
  };
}

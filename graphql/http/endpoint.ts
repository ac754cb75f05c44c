import type { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';
import type { Repositories } from '@/graph-db/repositories/process-repositories';
import type { ReadCache } from '@/graph-db/read-cache';
import { readAdmissionSettings, type AdmissionSettings } from '@/config/server';
import { Admission, serverBusy, type AdmissionTicket } from '../limits/admission';
import type { CostRateLimiter } from '../limits/rate-limit';
import type { GraphQLContext } from '../context';
import { ERROR_CODES } from '../errors';
import { graphqlErrorResponse, payloadTooLarge, queryStringWithinLimit } from './http-limits';
import { callerFromHeaders } from './request-context';
import { createApolloServer } from '../server';
import type { RequestTrace } from '../execution/request-trace';

/**
 * The GraphQL HTTP endpoint, apart from any HTTP server: a request as its transport read it in, an
 * answer in Apollo's transport-neutral shape out. Two transports carry it: the Next route
 * (app/api/graphql, Fetch API; `next dev`) and the production Node server (scripts/serve.ts, which
 * answers /api/graphql before Next's router). Everything that decides an answer lives here, so the
 * two cannot drift apart.
 */

export interface GraphQLHttpRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The query string from its '?', or ''. */
  readonly search: string;
  readonly headers: HeaderMap;
  /** The body as text; undefined without one. */
  readonly body?: string;
  /** The transport stopped reading the body at the size bound (or its declared length was over). */
  readonly bodyTooLarge?: boolean;
  /** The transport's trace of this request, for benchmarks (request-trace.ts). */
  readonly trace?: RequestTrace;
}

export type GraphQLHttpHandler = (request: GraphQLHttpRequest) => Promise<HTTPGraphQLResponse>;

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json' || mediaType?.endsWith('+json') === true;
}

/** Apollo behind the transport-neutral request: parses a JSON body once, and 400s one that is not. */
function createApolloHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (request: GraphQLHttpRequest, ticket: AdmissionTicket) => Promise<TContext>,
): (request: GraphQLHttpRequest, ticket: AdmissionTicket) => Promise<HTTPGraphQLResponse> {
  server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  return async (request, ticket) => {
    const { headers, body: text } = request;
    let body: unknown = text;
    // Apollo takes a JSON body parsed and answers other types itself (CSRF rule, 400s).
    if (text !== undefined && text !== '' && isJson(headers.get('content-type'))) {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        return graphqlErrorResponse(headers, 400, {
          message: 'The request body is not valid JSON.',
          extensions: { code: ERROR_CODES.BAD_REQUEST },
        });
      }
    }
    request.trace?.mark('json');
    return server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search: request.search, body },
      context: () => context(request, ticket),
    });
  };
}

export interface EndpointOptions {
  readonly db: Repositories;
  readonly readCache?: ReadCache;
  readonly admission?: AdmissionSettings;
  /** The callers' cost budgets; from the environment when undefined (tests pass their own). */
  readonly limiter?: CostRateLimiter;
}

/**
 * The endpoint: size bounds, then Apollo with this request's caller and admission ticket. The
 * request counts against the server-wide bound from here on, but takes an operation slot only
 * after Apollo's checks and the response cache (admissionPlugin). One per process and transport
 * (each holds its Apollo server and admission slots).
 */
export function createGraphQLEndpoint(options: EndpointOptions): GraphQLHttpHandler {
  const { db } = options;
  const handler = createApolloHandler(
    createApolloServer({ responseCache: options.readCache, limiter: options.limiter }),
    // A fresh object per request: the per-request loaders are keyed by it.
    async (request, admission): Promise<GraphQLContext> => {
      const caller = await callerFromHeaders(request.headers, db.apiKeys);
      request.trace?.mark('context');
      return { db, caller, admission, trace: request.trace };
    },
  );
  const admission = new Admission(options.admission ?? readAdmissionSettings());
  return (request) => {
    if (request.bodyTooLarge === true || !queryStringWithinLimit(request.search)) {
      return Promise.resolve(payloadTooLarge(request.headers));
    }
    return admission.enter(
      (ticket) => handler(request, ticket),
      () => serverBusy(request.headers),
    );
  };
}

import { readCache, repositories } from '@/graph-db/repositories';
import { createGraphQLEndpoint } from '@/graphql/http/endpoint';
import { fetchHandlerOf } from '@/graphql/http/fetch-transport';

// `next dev` and plain `next start` answer /api/graphql here; `npm start`'s server
// (scripts/serve.ts) answers it before Next's router, with the same endpoint. Built on the first
// request: Next loads every route at start-up, and under `npm start` this one is never asked.
let handler: ((request: Request) => Promise<Response>) | undefined;

function handle(request: Request): Promise<Response> {
  handler ??= fetchHandlerOf(createGraphQLEndpoint({ db: repositories, readCache }));
  return handler(request);
}

export const GET = handle;
export const POST = handle;

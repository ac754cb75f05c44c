import { readCache, repositories } from '@/graph-db/repositories';
import { createGraphQLEndpoint } from '@/graphql/endpoint';
import { fetchHandlerOf } from '@/graphql/fetch-transport';

// `next dev` and plain `next start` answer /api/graphql here; `npm start`'s server
// (scripts/serve.ts) answers it before Next's router, with the same endpoint.
const handle = fetchHandlerOf(createGraphQLEndpoint({ db: repositories, readCache }));

export const GET = handle;
export const POST = handle;

import type { NextRequest } from 'next/server';
import { readCache, repositories } from '@/graph-db/repositories';
import { Admission, readAdmissionSettings, serverBusy } from '@/graphql/admission';
import { createFetchHandler } from '@/graphql/fetch-handler';
import { payloadTooLarge, queryStringWithinLimit, readBoundedBody } from '@/graphql/http-limits';
import { callerFromHeaders } from '@/graphql/request-context';
import { createApolloServer } from '@/graphql/server';

const handler = createFetchHandler(
  createApolloServer({ responseCache: readCache }),
  // A fresh object per request: the per-request loaders are keyed by it.
  async (request) => ({
    db: repositories,
    caller: await callerFromHeaders(request.headers, repositories.apiKeys),
  }),
);

const admission = new Admission(readAdmissionSettings());

export async function GET(request: NextRequest): Promise<Response> {
  if (!queryStringWithinLimit(request.url)) return payloadTooLarge(request);
  return admission.run(
    () => handler(request),
    () => serverBusy(request),
  );
}

export async function POST(request: NextRequest): Promise<Response> {
  const body = await readBoundedBody(request);
  if (body === undefined) return payloadTooLarge(request);
  return admission.run(
    () => handler(request, body),
    () => serverBusy(request),
  );
}

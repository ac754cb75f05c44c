import { startServerAndCreateNextHandler } from '@as-integrations/next';
import type { NextRequest } from 'next/server';
import { repositories } from '@/graph-db/repositories';
import type { GraphQLContext } from '@/graphql/context';
import { createApolloServer } from '@/graphql/server';

const handler = startServerAndCreateNextHandler<NextRequest, GraphQLContext>(createApolloServer(), {
  context: () => Promise.resolve({ db: repositories }),
});

export async function GET(request: NextRequest): Promise<Response> {
  return handler(request);
}

export async function POST(request: NextRequest): Promise<Response> {
  return handler(request);
}

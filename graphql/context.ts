import type { Repositories } from '@/graph-db/repositories';

/** Per-request context: the data-access layer, nothing else; resolvers never see the driver. */
export interface GraphQLContext {
  readonly db: Repositories;
}

import type { QueryResolvers } from '../generated/resolvers-types';

export const healthQueries: Pick<QueryResolvers, 'health'> = {
  health: (_parent, _args, { db }) => db.health.health(),
};

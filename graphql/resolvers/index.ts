import type { Resolvers } from '../generated/resolvers-types';
import { healthQueries } from './health-resolvers';

export const resolvers: Resolvers = {
  Query: {
    ...healthQueries,
  },
};

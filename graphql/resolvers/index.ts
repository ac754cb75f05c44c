import type { Resolvers } from '../generated/resolvers-types';
import { analyticsResolvers } from './analytics-resolvers';
import { citationResolvers } from './citation-resolvers';
import { exploreResolvers } from './explore-resolvers';
import { feedResolvers } from './feed-resolvers';
import { healthQueries } from './health-resolvers';
import { ingestResolvers } from './ingest-resolvers';
import { neighborGroupResolvers } from './neighbor-group-resolvers';
import { nodeResolvers } from './node-resolvers';
import { reuseResolvers } from './reuse-resolvers';
import { savedViewResolvers } from './saved-view-resolvers';
import { searchResolvers } from './search-resolvers';
import { watchResolvers } from './watch-resolvers';

const domains: readonly Resolvers[] = [
  nodeResolvers,
  searchResolvers,
  exploreResolvers,
  neighborGroupResolvers,
  analyticsResolvers,
  savedViewResolvers,
  ingestResolvers,
  citationResolvers,
  reuseResolvers,
  watchResolvers,
  feedResolvers,
];

/** Merges per-domain resolver maps type by type (each domain owns different fields). */
function merge(parts: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...merged[type], ...fields };
    }
  }
  return merged;
}

export const resolvers: Resolvers = merge([{ Query: { ...healthQueries } }, ...domains]);

import 'server-only';
import { analyticsRepository, type AnalyticsRepository } from './analytics-repository';
import { apiKeyRepository, type ApiKeyRepository } from './api-key-repository';
import { exploreRepository, type ExploreRepository } from './explore-repository';
import { healthRepository, type HealthRepository } from './health-repository';
import { ingestRepository, type IngestRepository } from './ingest-repository';
import { nodeRepository, type NodeRepository } from './node-repository';
import { savedViewRepository, type SavedViewRepository } from './saved-view-repository';
import { searchRepository, type SearchRepository } from './search-repository';

/** The data-access layer handed to GraphQL resolvers and server components. */
export interface Repositories {
  readonly health: HealthRepository;
  readonly savedViews: SavedViewRepository;
  readonly nodes: NodeRepository;
  readonly search: SearchRepository;
  readonly explore: ExploreRepository;
  readonly analytics: AnalyticsRepository;
  readonly ingest: IngestRepository;
  readonly apiKeys: ApiKeyRepository;
}

export const repositories: Repositories = {
  health: healthRepository,
  savedViews: savedViewRepository,
  nodes: nodeRepository,
  search: searchRepository,
  explore: exploreRepository,
  analytics: analyticsRepository,
  ingest: ingestRepository,
  apiKeys: apiKeyRepository,
};

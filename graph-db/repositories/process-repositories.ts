/**
 * The process's data-access layer. Import it through `@/graph-db/repositories` (index.ts), which
 * adds Next's `server-only` guard; only the production Node server (scripts/serve.ts), loaded by
 * Node outside Next's bundles where that guard always throws, imports this module directly.
 */
import { readCacheBytes, readDataVersionMaxAgeMs } from '../../config/server';
import { localWriteCount } from '../driver';
import { createReadCache, type ReadCache } from '../read-cache';
import { analyticsRepository, type AnalyticsRepository } from './analytics-repository';
import { apiKeyRepository, type ApiKeyRepository } from './api-key-repository';
import { citationRepository, type CitationRepository } from './citation-repository';
import { exploreRepository, type ExploreRepository } from './explore-repository';
import { feedRepository, type FeedRepository } from './feed-repository';
import { healthRepository, type HealthRepository } from './health-repository';
import { ingestRepository, type IngestRepository } from './ingest-repository';
import { nodeRepository, type NodeRepository } from './node-repository';
import { neighborGroupRepository, type NeighborGroupRepository } from './neighbor-group-repository';
import { reuseRepository, type ReuseRepository } from './reuse-repository';
import { savedViewRepository, type SavedViewRepository } from './saved-view-repository';
import { searchRepository, type SearchRepository } from './search-repository';
import { alertRepository, type AlertRepository } from './alert-repository';
import { watchRepository, type WatchRepository } from './watch-repository';

/** The data-access layer handed to GraphQL resolvers and server components. */
export interface Repositories {
  readonly health: HealthRepository;
  readonly savedViews: SavedViewRepository;
  readonly nodes: NodeRepository;
  readonly search: SearchRepository;
  readonly explore: ExploreRepository;
  /** Grouped neighbourhoods around hubs, and pages of their groups. */
  readonly groups: NeighborGroupRepository;
  readonly analytics: AnalyticsRepository;
  readonly ingest: IngestRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly citations: CitationRepository;
  readonly reuse: ReuseRepository;
  readonly watches: WatchRepository;
  readonly alerts: AlertRepository;
  readonly feeds: FeedRepository;
}

/** Every read goes to Neo4j. */
export const uncachedRepositories: Repositories = {
  health: healthRepository,
  savedViews: savedViewRepository,
  nodes: nodeRepository,
  search: searchRepository,
  explore: exploreRepository,
  groups: neighborGroupRepository,
  analytics: analyticsRepository,
  ingest: ingestRepository,
  apiKeys: apiKeyRepository,
  citations: citationRepository,
  reuse: reuseRepository,
  watches: watchRepository,
  alerts: alertRepository,
  feeds: feedRepository,
};

/**
 * The repositories with their expensive graph reads (search, slices, timelines, spread) answered
 * from `cache` while the data version is unchanged; `neighborhood` and `search`, whose answers the
 * response cache keeps, only share identical reads in flight. Saved views, keys and health are never cached;
 * an ingest in this process drops the cache at once (another process's is seen by the version).
 */
export function withReadCache(base: Repositories, cache: ReadCache): Repositories {
  return {
    ...base,
    search: {
      // The response cache keeps the page: its rows carry each hit's whole text (about 25 kB a
      // page against a 5 kB answer), so storing them too filled the cache with copies.
      search: cache.share('search', base.search.search.bind(base.search)),
      count: cache.wrap('search.count', base.search.count.bind(base.search)),
    },
    explore: {
      // The response cache keeps the answer: storing the slice too held a 500-node neighbourhood
      // twice, the slice (about 570 kB) more than twice the answer's bytes.
      neighborhood: cache.share(
        'explore.neighborhood',
        base.explore.neighborhood.bind(base.explore),
      ),
      paths: cache.wrap('explore.paths', base.explore.paths.bind(base.explore)),
      forViewState: cache.wrap(
        'explore.forViewState',
        base.explore.forViewState.bind(base.explore),
      ),
      edgeEvidence: cache.wrap(
        'explore.edgeEvidence',
        base.explore.edgeEvidence.bind(base.explore),
      ),
    },
    groups: {
      groupedNeighborhood: cache.wrap(
        'groups.groupedNeighborhood',
        base.groups.groupedNeighborhood.bind(base.groups),
      ),
      groupPage: cache.wrap('groups.groupPage', base.groups.groupPage.bind(base.groups)),
    },
    analytics: {
      ...base.analytics,
      timeline: cache.wrap('analytics.timeline', base.analytics.timeline.bind(base.analytics)),
      narrativeSpread: cache.wrap(
        'analytics.narrativeSpread',
        base.analytics.narrativeSpread.bind(base.analytics),
      ),
    },
    citations: {
      ...base.citations,
      network: cache.wrap('citations.network', base.citations.network.bind(base.citations)),
      days: cache.wrap('citations.days', base.citations.days.bind(base.citations)),
    },
    ingest: {
      ...base.ingest,
      writeBatch: async (articles) => {
        try {
          return await base.ingest.writeBatch(articles);
        } finally {
          cache.invalidate();
        }
      },
    },
  };
}

const cacheBytes = readCacheBytes();

/**
 * This module instance's read cache (undefined when NARRAGRAPH_READ_CACHE_MB=0); the GraphQL layer
 * keeps whole responses in it too, under the same data version. The production server loads this
 * module twice (Next's bundle for pages, Node for the API), so it holds two, each bounded and each
 * reading the data version at most once per NARRAGRAPH_DATA_VERSION_MAX_AGE_MS, and again after any
 * write of the process (the driver's count is shared by both).
 */
export const readCache: ReadCache | undefined =
  cacheBytes === 0
    ? undefined
    : createReadCache({
        maxBytes: cacheBytes,
        readVersion: () => analyticsRepository.dataVersion(),
        versionMaxAgeMs: readDataVersionMaxAgeMs(),
        localWrites: localWriteCount,
      });

export const repositories: Repositories = readCache
  ? withReadCache(uncachedRepositories, readCache)
  : uncachedRepositories;

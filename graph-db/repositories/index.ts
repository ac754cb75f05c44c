import 'server-only';
import { healthRepository, type HealthRepository } from './health-repository';
import { savedViewRepository, type SavedViewRepository } from './saved-view-repository';

/** The data-access layer handed to GraphQL resolvers and server components. */
export interface Repositories {
  readonly health: HealthRepository;
  readonly savedViews: SavedViewRepository;
}

export const repositories: Repositories = {
  health: healthRepository,
  savedViews: savedViewRepository,
};

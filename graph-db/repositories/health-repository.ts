import { readTransaction } from '../driver';
import { readHealth, type HealthRow } from '../queries/health.cypher';

export interface HealthRepository {
  health(): Promise<HealthRow>;
}

export const healthRepository: HealthRepository = {
  health: () => readTransaction(readHealth),
};

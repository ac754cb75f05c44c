import { readTransaction } from '../driver';
import { ping, readHealth, type HealthRow } from '../queries/health.cypher';

/** A ping that takes longer than this finds Neo4j too slow to call it back. */
const PING_TIMEOUT_MS = 2_000;

export interface HealthRepository {
  health(): Promise<HealthRow>;
  /** Resolves once Neo4j answered a read; the outage breaker's probe. */
  ping(): Promise<void>;
}

export const healthRepository: HealthRepository = {
  health: () => readTransaction(readHealth),
  ping: () => readTransaction(ping, { timeoutMs: PING_TIMEOUT_MS }),
};

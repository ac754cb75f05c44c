import type { LocalNeo4jConfig } from '../../config/neo4j';
import {
  processAlive,
  startLocalNeo4j,
  type RunningNeo4j,
} from '../../graph-db/server/local-neo4j';

/** How often the owned Neo4j's process is checked. */
const CHECK_MS = 1_000;
/** Backoff between failed restarts: doubling from the first, up to the last. */
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export interface Neo4jSupervisor {
  /** The instance running now (a restart replaces it). */
  current(): RunningNeo4j;
  /** Stops watching, then stops the instance. */
  stop(): Promise<void>;
}

/**
 * Keeps the local Neo4j that `npm start` started running: when its process dies (killed, out of
 * memory), it is started again on the same port and data directory, with backoff between failed
 * attempts, each step logged. The web server's driver reconnects by itself; meanwhile the API
 * answers 503 with Retry-After (graphql/limits/outage.ts). A reused instance is not ours to restart.
 */
export function superviseLocalNeo4j(
  config: LocalNeo4jConfig,
  initial: RunningNeo4j,
  log: (line: string) => void = console.log,
): Neo4jSupervisor {
  let running = initial;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const restart = async (): Promise<void> => {
    const diedAt = Date.now();
    log(`[neo4j] The local Neo4j (pid ${running.pid}) has exited; starting it again.`);
    let wait = FIRST_RETRY_MS;
    while (!stopped) {
      try {
        running = await startLocalNeo4j(config, log);
        // Stopped while it was starting: the new instance is ours to stop too.
        if (stopped) {
          await running.stop();
          return;
        }
        log(
          `[neo4j] The local Neo4j is back on ${running.uri} (pid ${running.pid}) after ${((Date.now() - diedAt) / 1000).toFixed(1)} s.`,
        );
        return;
      } catch (error) {
        log(
          `[neo4j] Restarting the local Neo4j failed (${error instanceof Error ? error.message : String(error)}); next attempt in ${wait / 1000} s.`,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, MAX_RETRY_MS);
      }
    }
  };

  const check = () => {
    timer = undefined;
    if (stopped) return;
    const next = () => {
      if (!stopped) timer = setTimeout(check, CHECK_MS);
    };
    if (processAlive(running.pid)) next();
    else void restart().then(next);
  };
  if (!initial.reused) timer = setTimeout(check, CHECK_MS);

  return {
    current: () => running,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.stop();
    },
  };
}

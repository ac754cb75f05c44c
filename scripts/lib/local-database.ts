import { EnvError } from '../../config/env';
import {
  readConnectDeadlineMs,
  readLocalNeo4jConfig,
  readNeo4jConfig,
  type LocalNeo4jConfig,
} from '../../config/neo4j';
import {
  ConnectDeadlineError,
  connectWithRetry,
  describeConnectError,
} from '../../graph-db/connect-with-retry';
import { Neo4jUnavailableError, verifyDriver } from '../../graph-db/driver';
import {
  LocalNeo4jError,
  startLocalNeo4j,
  type LocalNeo4jStartOptions,
  type RunningNeo4j,
} from '../../graph-db/server/local-neo4j';

/**
 * When NEO4J_URI is unset, starts (or reuses) the project's own Neo4j and sets NEO4J_URI for this
 * process and its children. Returns the running instance, or undefined when an external Neo4j is used.
 */
export async function ensureDatabase(
  config: LocalNeo4jConfig = readLocalNeo4jConfig(),
  options: LocalNeo4jStartOptions = {},
): Promise<RunningNeo4j | undefined> {
  const external = readNeo4jConfig().uri;
  if (external !== undefined) {
    console.log(`Using the Neo4j at NEO4J_URI=${external}.`);
    return undefined;
  }
  const started = Date.now();
  const running = await startLocalNeo4j(config, console.log, options);
  if (!running.reused) {
    console.log(
      `Local Neo4j ${running.version} is ready on ${running.uri} after ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${config.dataDir}).`,
    );
  }
  process.env.NEO4J_URI = running.uri;
  process.env.NEO4J_USERNAME ??= 'neo4j';
  process.env.NEO4J_PASSWORD ??= '';
  return running;
}

/**
 * Waits until the Neo4j at NEO4J_URI answers and returns its agent string (`Neo4j/5.26.x`). A
 * server that is down or still starting gets one line per attempt (URI, reason, next wait) and
 * exponential backoff up to NEO4J_CONNECT_TIMEOUT_MS; then ConnectDeadlineError. Errors that
 * waiting cannot fix (authentication) are thrown at once.
 */
export function waitForNeo4j(
  options: { readonly log?: (line: string) => void; readonly deadlineMs?: number } = {},
): Promise<string> {
  return connectWithRetry(verifyDriver, {
    target: readNeo4jConfig().uri ?? '(NEO4J_URI unset)',
    deadlineMs: options.deadlineMs ?? readConnectDeadlineMs(),
    // Without a URI there is nothing to wait for: getDriver's own message says what to do.
    isRetryable: (error) =>
      error instanceof Neo4jUnavailableError && readNeo4jConfig().uri !== undefined,
    log: options.log ?? console.log,
  });
}

/** Prints an expected fault without a stack and exits; rethrows anything unexpected. */
export function exitOnKnownError(error: unknown): never {
  if (
    error instanceof LocalNeo4jError ||
    error instanceof ConnectDeadlineError ||
    error instanceof EnvError
  ) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof Neo4jUnavailableError) {
    console.error(
      `\nNeo4j at ${readNeo4jConfig().uri ?? '(NEO4J_URI unset)'} is unavailable: ${describeConnectError(error)}\n`,
    );
    process.exit(1);
  }
  throw error;
}

import { readLocalNeo4jConfig, type LocalNeo4jConfig } from '../../graph-db/config';
import {
  LocalNeo4jError,
  startLocalNeo4j,
  type RunningNeo4j,
} from '../../graph-db/server/local-neo4j';

/** The test database: its own port and data directory, so tests never touch the demo data. */
export function testNeo4jConfig(env: NodeJS.ProcessEnv = process.env): LocalNeo4jConfig {
  return readLocalNeo4jConfig({
    NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT ?? '7688',
    NEO4J_DATA_DIR: env.NEO4J_TEST_DATA_DIR ?? 'var/neo4j-test',
    NEO4J_HEAP_MB: env.NEO4J_HEAP_MB ?? '1536',
    NEO4J_PAGECACHE_MB: env.NEO4J_PAGECACHE_MB ?? '512',
  });
}

/**
 * When NEO4J_URI is unset, starts (or reuses) the project's own Neo4j and sets NEO4J_URI for this
 * process and its children. Returns the running instance, or undefined when an external Neo4j is used.
 */
export async function ensureDatabase(
  config: LocalNeo4jConfig = readLocalNeo4jConfig(),
): Promise<RunningNeo4j | undefined> {
  if (process.env.NEO4J_URI) {
    console.log(`Using the Neo4j at NEO4J_URI=${process.env.NEO4J_URI}.`);
    return undefined;
  }
  const started = Date.now();
  const running = await startLocalNeo4j(config);
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

/** Prints an expected fault without a stack and exits; rethrows anything unexpected. */
export function exitOnKnownError(error: unknown): never {
  if (error instanceof LocalNeo4jError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

import path from 'node:path';
import { envInt, envMs, envString, type Env } from './env';

/** Where and how to reach Neo4j: read by every process that talks to it (server and CLIs). */
export interface Neo4jConfig {
  /** Bolt/neo4j URI; undefined means "start and use the project's own local Neo4j". */
  readonly uri: string | undefined;
  readonly username: string;
  readonly password: string;
  /** Database name; undefined lets the server pick its default (Aura and clusters differ). */
  readonly database: string | undefined;
  /** Per-transaction timeout for reads, in milliseconds. */
  readonly readTimeoutMs: number;
}

/** Settings of the project's own embedded Neo4j (used only when NEO4J_URI is unset). */
export interface LocalNeo4jConfig {
  readonly boltPort: number;
  readonly dataDir: string;
  readonly heapMb: number;
  readonly pageCacheMb: number;
}

/** Total time to wait for Neo4j at start, unless NEO4J_CONNECT_TIMEOUT_MS says otherwise. */
export const DEFAULT_CONNECT_DEADLINE_MS = 180_000;

/** Reads the Neo4j connection settings. Pure: pass `env` in tests. */
export function readNeo4jConfig(env: Env = process.env): Neo4jConfig {
  return {
    uri: envString(env, 'NEO4J_URI'),
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: envString(env, 'NEO4J_DATABASE'),
    readTimeoutMs: envMs(env, 'NEO4J_READ_TIMEOUT_MS', 15_000, 1),
  };
}

/** NEO4J_CONNECT_TIMEOUT_MS, the total time to wait for Neo4j at start. */
export function readConnectDeadlineMs(env: Env = process.env): number {
  return envMs(env, 'NEO4J_CONNECT_TIMEOUT_MS', DEFAULT_CONNECT_DEADLINE_MS);
}

/** Reads the local Neo4j settings. Relative paths resolve from the repository root. */
export function readLocalNeo4jConfig(
  env: Env = process.env,
  root: string = process.cwd(),
): LocalNeo4jConfig {
  return {
    boltPort: envInt(env, 'NEO4J_BOLT_PORT', 7687),
    dataDir: path.resolve(root, envString(env, 'NEO4J_DATA_DIR') ?? 'var/neo4j'),
    heapMb: envInt(env, 'NEO4J_HEAP_MB', 2048),
    pageCacheMb: envInt(env, 'NEO4J_PAGECACHE_MB', 1024),
  };
}

/** The test database: its own port and data directory, so tests never touch the demo data. */
export function testNeo4jConfig(env: Env = process.env): LocalNeo4jConfig {
  return readLocalNeo4jConfig({
    NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT ?? '7688',
    NEO4J_DATA_DIR: env.NEO4J_TEST_DATA_DIR ?? 'var/neo4j-test',
    NEO4J_HEAP_MB: env.NEO4J_HEAP_MB ?? '1536',
    NEO4J_PAGECACHE_MB: env.NEO4J_PAGECACHE_MB ?? '512',
  });
}

import path from 'node:path';

/** Where and how to reach Neo4j, read from the environment once. */
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

function intFromEnv(
  name: string,
  fallback: number,
  env: Readonly<Record<string, string | undefined>>,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got '${raw}'`);
  }
  return value;
}

/** Reads the Neo4j connection settings. Pure: pass `env` in tests. */
export function readNeo4jConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Neo4jConfig {
  const uri = env.NEO4J_URI?.trim() || undefined;
  return {
    uri,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE?.trim() || undefined,
    readTimeoutMs: intFromEnv('NEO4J_READ_TIMEOUT_MS', 15_000, env),
  };
}

/** Reads the local Neo4j settings. Relative paths resolve from the repository root. */
export function readLocalNeo4jConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  root: string = process.cwd(),
): LocalNeo4jConfig {
  return {
    boltPort: intFromEnv('NEO4J_BOLT_PORT', 7687, env),
    dataDir: path.resolve(root, env.NEO4J_DATA_DIR ?? 'var/neo4j'),
    heapMb: intFromEnv('NEO4J_HEAP_MB', 2048, env),
    pageCacheMb: intFromEnv('NEO4J_PAGECACHE_MB', 1024, env),
  };
}

/** The test database: its own port and data directory, so tests never touch the demo data. */
export function testNeo4jConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): LocalNeo4jConfig {
  return readLocalNeo4jConfig({
    NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT ?? '7688',
    NEO4J_DATA_DIR: env.NEO4J_TEST_DATA_DIR ?? 'var/neo4j-test',
    NEO4J_HEAP_MB: env.NEO4J_HEAP_MB ?? '1536',
    NEO4J_PAGECACHE_MB: env.NEO4J_PAGECACHE_MB ?? '512',
  });
}

/**
 * Bytes of read results the server keeps between two ingests (NARRAGRAPH_READ_CACHE_MB, default
 * 64); 0 turns the read cache off, so every read goes to Neo4j.
 */
export function readCacheBytes(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const raw = env.NARRAGRAPH_READ_CACHE_MB;
  if (raw === undefined || raw === '') return 64 * 1024 * 1024;
  const megabytes = Number(raw);
  if (!Number.isFinite(megabytes) || megabytes < 0) {
    throw new Error(
      `NARRAGRAPH_READ_CACHE_MB must be a number of megabytes (0 for off), got '${raw}'`,
    );
  }
  return Math.floor(megabytes * 1024 * 1024);
}

/**
 * How long a data version read from Neo4j is trusted before it is read again
 * (NARRAGRAPH_DATA_VERSION_MAX_AGE_MS, default 1000; 0 reads it on every request). It bounds how
 * late a write by another process (the ingest CLI) is seen; this process's own writes are seen at
 * once whatever it is.
 */
export function readDataVersionMaxAgeMs(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const raw = env.NARRAGRAPH_DATA_VERSION_MAX_AGE_MS;
  if (raw === undefined || raw === '') return 1_000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(
      `NARRAGRAPH_DATA_VERSION_MAX_AGE_MS must be a whole number of milliseconds (0 reads the version on every request), got '${raw}'`,
    );
  }
  return ms;
}

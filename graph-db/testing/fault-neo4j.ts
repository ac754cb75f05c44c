import { rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { readLocalNeo4jConfig, type LocalNeo4jConfig } from '../../config/neo4j';
import { HEALTH_CYPHER } from '../queries/health.cypher';
import { portAnswers, stopLocalNeo4j } from '../server/local-neo4j';

/**
 * Helpers for fault tests that start, stop and kill a Neo4j of their own (never the shared test
 * database): a small instance on its own port and data directory under var/.
 */

/** A small local Neo4j on `port` with data in `dataDir` (relative to the repository root). */
export function faultNeo4jConfig(port: number, dataDir: string): LocalNeo4jConfig {
  return readLocalNeo4jConfig({
    NEO4J_BOLT_PORT: String(port),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP_MB: '512',
    NEO4J_PAGECACHE_MB: '128',
  });
}

/**
 * Stops what an earlier, aborted run of the same test left on this data directory, optionally
 * empties it, and fails clearly when something else holds the port.
 */
export async function prepareFaultNeo4j(
  config: LocalNeo4jConfig,
  options: { readonly wipe: boolean; readonly portEnv: string },
): Promise<void> {
  await stopLocalNeo4j(config);
  if (options.wipe) rmSync(config.dataDir, { recursive: true, force: true });
  if (await portAnswers(config.boltPort)) {
    throw new Error(
      `Port ${config.boltPort} is taken by another program; set ${options.portEnv} to a free port.`,
    );
  }
}

/** Resolves once nothing accepts connections on the port any more (a stopped or killed Neo4j). */
export async function waitUntilPortClosed(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await portAnswers(port)) {
    if (Date.now() > deadline) throw new Error(`port ${port} still answers after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs the cold parts of the API's usual reads (counts, the full-text index) through a separate,
 * short-lived driver. After a restart Neo4j rebuilds counts and plans lazily, which on a loaded
 * machine can exceed the read timeout of whichever request comes first; warming through another
 * client keeps that server-side cost out of what a test asserts about the application's driver.
 */
export async function warmUpNeo4j(uri: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  try {
    await driver.executeQuery(HEALTH_CYPHER);
    await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('search_entities', 'hacking empire') YIELD node RETURN count(node)",
    );
  } finally {
    await driver.close();
  }
}

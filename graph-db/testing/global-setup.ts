import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type RunningNeo4j } from '../server/local-neo4j';
import { testNeo4jConfig } from '../../config/neo4j';

let running: RunningNeo4j | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jTestUri: string;
  }
}

/**
 * Integration tests run against a real Neo4j: NEO4J_TEST_URI when set (npm test sets it), else the
 * project's own test instance, started here. NEO4J_URI is deliberately ignored: tests wipe the data.
 */
export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    running = await startLocalNeo4j(testNeo4jConfig());
    uri = running.uri;
  }
  project.provide('neo4jTestUri', uri);
}

export async function teardown(): Promise<void> {
  await running?.stop();
}

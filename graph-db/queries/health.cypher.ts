import type { ManagedTransaction } from 'neo4j-driver';
import { toNumber, toStringValue } from '../neo4j-values';

export const HEALTH_CYPHER = `
CALL dbms.components() YIELD name, versions, edition
WITH versions[0] AS version, edition
CALL () { MATCH (n) RETURN count(n) AS nodeCount }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
OPTIONAL MATCH (schema:NarragraphSchema {id: 1})
RETURN version, edition, nodeCount, relationshipCount, coalesce(schema.migrations, []) AS migrations
`;

export interface HealthRow {
  readonly neo4jVersion: string;
  readonly neo4jEdition: string;
  readonly nodeCount: number;
  readonly relationshipCount: number;
  readonly migrations: string[];
}

/** Server version and graph size; counts come from the count store, so this is cheap at any size. */
export async function readHealth(tx: ManagedTransaction): Promise<HealthRow> {
  const result = await tx.run(HEALTH_CYPHER);
  const record = result.records[0];
  if (!record) throw new Error('dbms.components() returned no row');
  return {
    neo4jVersion: toStringValue(record.get('version')),
    neo4jEdition: toStringValue(record.get('edition')),
    nodeCount: toNumber(record.get('nodeCount')),
    relationshipCount: toNumber(record.get('relationshipCount')),
    migrations: (record.get('migrations') as unknown[]).map(toStringValue),
  };
}

/** One round trip that needs the database to be serving, and nothing more. */
export async function ping(tx: ManagedTransaction): Promise<void> {
  await tx.run('RETURN 1 AS ok');
}

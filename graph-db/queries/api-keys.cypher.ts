import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { toStringValue } from '../neo4j-values';

/**
 * API keys. Only the SHA-256 of a key is stored (`hash`); the key itself is shown once, at creation.
 * Keys are 256-bit random strings, so a fast hash is enough: there is nothing to brute-force.
 */

/** What a key may do: `read` queries, or `write` (mutations and reads). */
export type ApiKeyScope = 'read' | 'write';

/** A key as listed (never with its hash). */
export interface ApiKeyRow {
  readonly id: string;
  readonly name: string;
  readonly scope: ApiKeyScope;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

const ROW = `k.id AS id, k.name AS name, k.scope AS scope, toString(k.createdAt) AS createdAt,
  toString(k.lastUsedAt) AS lastUsedAt, toString(k.revokedAt) AS revokedAt`;

export const CREATE_API_KEY_CYPHER = `
CREATE (k:ApiKey {id: $id, name: $name, scope: $scope, hash: $hash, createdAt: datetime()})
RETURN ${ROW}`;

export const LIST_API_KEYS_CYPHER = `
MATCH (k:ApiKey)
RETURN ${ROW}
ORDER BY k.createdAt DESC`;

export const REVOKE_API_KEY_CYPHER = `
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN ${ROW}`;

export const FIND_ACTIVE_API_KEY_CYPHER = `
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN ${ROW}`;

export const TOUCH_API_KEY_CYPHER = `
MATCH (k:ApiKey {id: $id})
SET k.lastUsedAt = datetime()`;

function toRow(record: Neo4jRecord): ApiKeyRow {
  const optional = (field: string) => {
    const value = toStringValue(record.get(field));
    return value === '' ? null : value;
  };
  const scope = toStringValue(record.get('scope'));
  return {
    id: toStringValue(record.get('id')),
    name: toStringValue(record.get('name')),
    scope: scope === 'read' ? 'read' : 'write',
    createdAt: toStringValue(record.get('createdAt')),
    lastUsedAt: optional('lastUsedAt'),
    revokedAt: optional('revokedAt'),
  };
}

export async function createApiKey(
  tx: ManagedTransaction,
  fields: { id: string; name: string; scope: ApiKeyScope; hash: string },
): Promise<ApiKeyRow> {
  const record = (await tx.run(CREATE_API_KEY_CYPHER, fields)).records[0];
  if (!record) throw new Error('API key was not created');
  return toRow(record);
}

export async function listApiKeys(tx: ManagedTransaction): Promise<ApiKeyRow[]> {
  return (await tx.run(LIST_API_KEYS_CYPHER)).records.map(toRow);
}

/** Marks a key revoked (keeping the first revocation time); undefined when no such key. */
export async function revokeApiKey(
  tx: ManagedTransaction,
  id: string,
): Promise<ApiKeyRow | undefined> {
  const record = (await tx.run(REVOKE_API_KEY_CYPHER, { id })).records[0];
  return record ? toRow(record) : undefined;
}

export async function findActiveApiKey(
  tx: Pick<ManagedTransaction, 'run'>,
  hash: string,
): Promise<ApiKeyRow | undefined> {
  const record = (await tx.run(FIND_ACTIVE_API_KEY_CYPHER, { hash })).records[0];
  return record ? toRow(record) : undefined;
}

export async function touchApiKey(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(TOUCH_API_KEY_CYPHER, { id });
}

import { describe, expect, it } from 'vitest';
import { readConnectDeadlineMs, readLocalNeo4jConfig, readNeo4jConfig } from './neo4j';

describe('readNeo4jConfig', () => {
  it('leaves the URI unset so the local Neo4j is used', () => {
    const config = readNeo4jConfig({});
    expect(config.uri).toBeUndefined();
    expect(config.username).toBe('neo4j');
    expect(config.database).toBeUndefined();
  });
  it('takes Aura-style routing URIs unchanged', () => {
    const config = readNeo4jConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'neo4j',
    });
    expect(config).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'u',
      password: 'p',
      database: 'neo4j',
    });
  });
  it('rejects a malformed timeout with the variable name', () => {
    expect(() => readNeo4jConfig({ NEO4J_READ_TIMEOUT_MS: 'soon' })).toThrow(
      /NEO4J_READ_TIMEOUT_MS/,
    );
  });
});

describe('readLocalNeo4jConfig', () => {
  it('defaults to port 7687 and var/neo4j under the root', () => {
    const config = readLocalNeo4jConfig({}, '/repo');
    expect(config).toMatchObject({ boltPort: 7687, dataDir: '/repo/var/neo4j' });
  });
  it('rejects a port that is not a number', () => {
    expect(() => readLocalNeo4jConfig({ NEO4J_BOLT_PORT: 'x' })).toThrow(/NEO4J_BOLT_PORT/);
  });
});

describe('readConnectDeadlineMs', () => {
  it('defaults to three minutes and reads NEO4J_CONNECT_TIMEOUT_MS', () => {
    expect(readConnectDeadlineMs({})).toBe(180_000);
    expect(readConnectDeadlineMs({ NEO4J_CONNECT_TIMEOUT_MS: '' })).toBe(180_000);
    expect(readConnectDeadlineMs({ NEO4J_CONNECT_TIMEOUT_MS: '5000' })).toBe(5_000);
    expect(readConnectDeadlineMs({ NEO4J_CONNECT_TIMEOUT_MS: '0' })).toBe(0);
  });

  it('rejects a value that is not a whole number of milliseconds', () => {
    expect(() => readConnectDeadlineMs({ NEO4J_CONNECT_TIMEOUT_MS: '3s' })).toThrow(
      /NEO4J_CONNECT_TIMEOUT_MS/,
    );
    expect(() => readConnectDeadlineMs({ NEO4J_CONNECT_TIMEOUT_MS: '-1' })).toThrow();
  });
});

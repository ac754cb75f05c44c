import { describe, expect, it } from 'vitest';
import { readDataVersionMaxAgeMs, readLocalNeo4jConfig, readNeo4jConfig } from './config';

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

describe('readDataVersionMaxAgeMs', () => {
  it('takes 0 (read every time) and whole milliseconds, and refuses anything else by name', () => {
    const read = (raw: string) => {
      try {
        return readDataVersionMaxAgeMs({ NARRAGRAPH_DATA_VERSION_MAX_AGE_MS: raw });
      } catch (error) {
        return (error as Error).message.split(' ')[0];
      }
    };
    expect([read('0'), read('250'), read('-1'), read('0.5'), read('soon')]).toEqual([
      0,
      250,
      'NARRAGRAPH_DATA_VERSION_MAX_AGE_MS',
      'NARRAGRAPH_DATA_VERSION_MAX_AGE_MS',
      'NARRAGRAPH_DATA_VERSION_MAX_AGE_MS',
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHealth } from './queries/health.cypher';
import { readTransaction, verifyDriver } from './driver';
import { MIGRATIONS } from './migrations/migrations';
import { closeDriver, resetDatabase, connectTestDatabase } from './testing/test-database';

connectTestDatabase();

describe('local Neo4j', () => {
  beforeAll(resetDatabase);
  afterAll(closeDriver);

  it('is Neo4j 5.26 and answers over Bolt', async () => {
    expect(await verifyDriver()).toMatch(/^Neo4j\/5\.26\./);
  });

  it('reports an empty, migrated graph', async () => {
    const health = await readTransaction(readHealth);
    expect(health.neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(health.nodeCount).toBe(1); // the schema-version node only
    expect(health.migrations).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('has every uniqueness constraint and the full-text indexes', async () => {
    const rows = await readTransaction(async (tx) => {
      const result = await tx.run('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
      return result.records.map((r) => ({
        name: r.get('name') as string,
        type: r.get('type') as string,
        state: r.get('state') as string,
      }));
    });
    const names = rows.map((r) => r.name);
    for (const name of [
      'article_key',
      'source_key',
      'actor_key',
      'event_key',
      'narrative_key',
      'saved_view_slug',
      'search_entities',
    ]) {
      expect(names).toContain(name);
    }
    expect(rows.every((r) => r.state === 'ONLINE')).toBe(true);
  });

  it('applies migrations idempotently', async () => {
    const before = await readTransaction(readHealth);
    const { applyMigrations } = await import('./migrations/migrations');
    await applyMigrations();
    const after = await readTransaction(readHealth);
    expect(after.nodeCount).toBe(before.nodeCount);
  });
});

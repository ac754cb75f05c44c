import { afterAll, describe, expect, it } from 'vitest';
import { localWriteCount, Neo4jTimeoutError, readStatement, writeTransaction } from './driver';
import { toNumber } from './neo4j-values';
import { closeDriver, connectTestDatabase } from './testing/test-database';

connectTestDatabase();

describe('readStatement', () => {
  afterAll(closeDriver);

  it('answers one statement in a read session', async () => {
    const answer = await readStatement(async (tx) => {
      const result = await tx.run('UNWIND range(1, $n) AS x RETURN sum(x) AS total', { n: 100 });
      return toNumber(result.records[0]?.get('total'));
    });
    expect(answer).toBe(5050);
  });

  it('refuses a write, as a read transaction does', async () => {
    const refused = await readStatement((tx) => tx.run('CREATE (:ReadStatementProbe)')).then(
      () => '',
      (error: unknown) => String((error as { code?: unknown }).code),
    );
    expect(refused).toMatch(/AccessMode|Forbidden/);
  });

  it('is cut off at the read timeout', async () => {
    const slow = readStatement(
      (tx) => tx.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS none'),
      { timeoutMs: 200 },
    );
    await expect(slow).rejects.toBeInstanceOf(Neo4jTimeoutError);
  });
});

describe('writeTransaction', () => {
  afterAll(closeDriver);

  it('counts a write for the read cache unless it is bookkeeping', async () => {
    const write = (options?: { bookkeeping: boolean }) =>
      writeTransaction((tx) => tx.run('MERGE (:DriverWriteProbe {id: 1})'), options);
    const before = localWriteCount();
    await write({ bookkeeping: true });
    const afterBookkeeping = localWriteCount();
    await write();
    expect([afterBookkeeping - before, localWriteCount() - afterBookkeeping]).toEqual([0, 1]);
  });
});

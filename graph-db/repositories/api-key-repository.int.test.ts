import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase } from '../testing/test-database';
import { API_KEY_CACHE_MS, createApiKeyRepository } from './api-key-repository';

connectTestDatabase();
afterAll(closeDriver);

/** This process's keys, on a clock the test moves; `elsewhere` is another process's repository. */
function setup() {
  const clock = { now: 0 };
  const keys = createApiKeyRepository({ now: () => clock.now });
  const elsewhere = createApiKeyRepository();
  return { clock, keys, elsewhere };
}

describe('API key checks, refreshed ahead of expiry', () => {
  it('refuses a key revoked by another process once the check is API_KEY_CACHE_MS old, and answers before that without waiting on Neo4j', async () => {
    const { clock, keys, elsewhere } = setup();
    const { key, row } = await keys.create('revoked elsewhere', 'read');
    const seen: Record<string, string | undefined> = {};
    seen.first = (await keys.verify(key))?.id;
    // `npm run keys -- revoke`: this process's checks are not told.
    await elsewhere.revoke(row.id);
    clock.now = API_KEY_CACHE_MS / 2 - 1;
    seen.young = (await keys.verify(key))?.id;
    // Past half its age the check is still served (a wait for the new one would say revoked),
    // and made again in the background.
    clock.now = API_KEY_CACHE_MS - 1;
    seen.refreshing = (await keys.verify(key))?.id;
    // The check made at the start is now too old: the one that began at API_KEY_CACHE_MS - 1
    // (answered or joined) saw the revocation.
    clock.now = API_KEY_CACHE_MS;
    seen.expired = (await keys.verify(key))?.id;
    expect(seen).toEqual({ first: row.id, young: row.id, refreshing: row.id, expired: undefined });
  });

  it('refuses a key this process revoked at once', async () => {
    const { keys } = setup();
    const { key, row } = await keys.create('revoked here', 'write');
    const before = (await keys.verify(key))?.scope;
    await keys.revoke(row.id);
    expect({ before, after: await keys.verify(key) }).toEqual({
      before: 'write',
      after: undefined,
    });
  });
});

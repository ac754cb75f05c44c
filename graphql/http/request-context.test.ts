import { describe, expect, it } from 'vitest';
import type { ApiKeyRow } from '@/graph-db/repositories/api-key-repository';
import { callerFromHeaders, clientAddress, presentedKey } from './request-context';

const row: ApiKeyRow = {
  id: 'abcdefgh',
  name: 'newsroom',
  scope: 'write',
  createdAt: '2026-11-25T00:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
};
const keys = { verify: (key: string) => Promise.resolve(key === 'good' ? row : undefined) };

describe('request context', () => {
  it('takes the key from the Authorization header, else the sign-in cookie', () => {
    expect(presentedKey(new Headers({ authorization: 'Bearer abc' }))).toBe('abc');
    expect(presentedKey(new Headers({ cookie: 'a=1; narragraph_key=xyz%3D' }))).toBe('xyz=');
    expect(presentedKey(new Headers())).toBeUndefined();
    expect(() => presentedKey(new Headers({ authorization: 'Basic dTpw' }))).toThrow(/Bearer/);
  });

  it('charges anonymous callers by address and keyed callers by key', async () => {
    expect(
      await callerFromHeaders(new Headers({ 'x-forwarded-for': '10.0.0.9, 10.0.0.1' }), keys),
    ).toEqual({
      key: null,
      clientId: 'ip:10.0.0.9',
    });
    expect(await callerFromHeaders(new Headers({ authorization: 'Bearer good' }), keys)).toEqual({
      key: { id: 'abcdefgh', name: 'newsroom', scope: 'write' },
      clientId: 'key:abcdefgh',
    });
    expect(clientAddress(new Headers())).toBe('unknown');
  });

  it('refuses a key that does not verify instead of treating the caller as anonymous', async () => {
    await expect(
      callerFromHeaders(new Headers({ authorization: 'Bearer bad' }), keys),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('request context when the key store is down', () => {
  it('answers SERVICE_UNAVAILABLE with 503, not a bare 500', async () => {
    const down = { verify: () => Promise.reject(new Error('connection refused')) };
    await expect(
      callerFromHeaders(new Headers({ authorization: 'Bearer x' }), down),
    ).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  });
});
